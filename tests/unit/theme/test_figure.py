from bs4 import BeautifulSoup

from unit_helpers import render_component


def test_caption_and_credit_escaped():
    soup = BeautifulSoup(render_component("figure", {"picture": "<picture><img alt='a' src='x'></picture>",
                                                     "caption": "Līgums", "credit": "Tukuma <dome>",
                                                     "credit_label": "Foto"}), "html.parser")
    assert soup.figure.picture is not None
    assert soup.figcaption.get_text(" ", strip=True) == "Līgums Foto: Tukuma <dome>"
    assert "&lt;dome&gt;" in str(soup.figcaption)


def test_no_caption_no_figcaption():
    html = render_component("figure", {"picture": "<picture></picture>", "caption": None, "credit": None})
    assert "<figcaption" not in html
