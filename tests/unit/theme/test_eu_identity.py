from bs4 import BeautifulSoup

from unit_helpers import render_component


def test_emblem_words_and_slogan_in_latvian():
    soup = BeautifulSoup(render_component("eu-identity", {"siteurl": "https://k.lv", "static": "theme", "lang": "lv"}),
                         "html.parser")
    flags = soup.find_all("img")
    assert [f["src"] for f in flags] == ["https://k.lv/theme/images/eu-emblem.svg",
                                         "https://k.lv/theme/images/eu-emblem-mono.svg"]
    assert {f["alt"] for f in flags} == {"Eiropas Savienības karogs"}
    assert all(f["width"] == "54" and f["height"] == "36" for f in flags)  # the flag's 3:2
    assert soup.get_text(" ", strip=True) == "Eiropas Savienība Eiropas Sociālais fonds Ieguldījums tavā nākotnē"


def test_in_english():
    soup = BeautifulSoup(render_component("eu-identity", {"siteurl": "", "static": "theme", "lang": "en"}), "html.parser")
    assert soup.get_text(" ", strip=True) == "European Union European Social Fund Investing in your future"
    assert soup.img["alt"] == "Flag of the European Union"
