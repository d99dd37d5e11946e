"""Components of issue 14, each rendered alone: EU identity, language switch, figure, document list, updated."""

import datetime as dt

from pathlib import Path

from bs4 import BeautifulSoup
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from kurzeme_visiem.content.lv.dates import format_date_lv, iso_date
from kurzeme_visiem.site.documents import document_note
from kurzeme_visiem.site.filters import en_date

TEMPLATES = Path(__file__).resolve().parents[3] / "theme" / "templates"


def render(component: str, macro: str, params: dict) -> BeautifulSoup:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update({"iso_date": iso_date, "lv_date": format_date_lv, "en_date": en_date,
                        "document_note": document_note})
    module = env.get_template(f"components/{component}.html").module
    return BeautifulSoup(str(getattr(module, macro)(params)), "html.parser")
from kurzeme_visiem.content.documents import Document

CSS = Path(__file__).resolve().parents[3] / "theme" / "static" / "css" / "components"


def test_eu_identity_in_latvian_and_english():
    soup = render("eu_identity", "eu_identity", {"siteurl": "https://k.lv", "static": "theme", "lang": "lv"})
    flags = soup.find_all("img")
    assert [f["src"] for f in flags] == ["https://k.lv/theme/images/eu-emblem.svg",
                                         "https://k.lv/theme/images/eu-emblem-mono.svg"]
    assert {f["alt"] for f in flags} == {"Eiropas Savienības karogs"}
    assert all(f["width"] and f["height"] for f in flags)
    assert soup.get_text(" ", strip=True) == "Eiropas Savienība Eiropas Sociālais fonds Ieguldījums tavā nākotnē"
    english = render("eu_identity", "eu_identity", {"siteurl": "", "static": "theme", "lang": "en"})
    assert english.get_text(" ", strip=True) == "European Union European Social Fund Investing in your future"


def test_language_switch():
    link = render("language_switch", "language_switch", {"href": "/en/", "lang": "en", "label": "English"}).a
    assert (link["href"], link["hreflang"], link["lang"], link.text) == ("/en/", "en", "en", "English")


def test_figure_with_caption_and_credit_and_without():
    soup = render("figure", "figure", {"picture": "<picture><img alt='a' src='x'></picture>", "caption": "Līgums",
                                       "credit": "Tukuma <dome>", "credit_label": "Foto"})
    assert soup.figure.picture is not None
    assert soup.figcaption.get_text(" ", strip=True) == "Līgums Foto: Tukuma <dome>"
    assert "&lt;dome&gt;" in str(soup.figcaption)
    bare = render("figure", "figure", {"picture": "<picture></picture>", "caption": None, "credit": None,
                                       "credit_label": None})
    assert bare.figcaption is None


def test_document_list():
    documents = [Document("documents/plans.pdf", 240 * 1024, "DI plāns", dt.date(2017, 6, 30), "Plāns."),
                 Document("documents/report.pdf", 2048, "Report", None, None, "en")]
    soup = render("document_list", "document_list", {"documents": documents, "siteurl": "", "lang": "lv"})
    items = soup.find_all("li")
    assert items[0].a["href"] == "/documents/plans.pdf"
    assert items[0].a.get_text(" ", strip=True) == "DI plāns (PDF, 240\u00a0KB)"
    assert items[0].time["datetime"] == "2017-06-30" and "Plāns." in items[0].get_text()
    assert items[1]["lang"] == "en" and items[1].a["hreflang"] == "en" and items[1].time is None


def test_updated_line():
    lv = render("updated", "updated", {"date": dt.date(2016, 5, 20), "lang": "lv"})
    assert lv.p.get_text(" ", strip=True) == "Atjaunots: 2016. gada 20. maijs"
    en = render("updated", "updated", {"date": dt.date(2016, 5, 20), "lang": "en"})
    assert en.p.get_text(" ", strip=True) == "Updated: 20 May 2016"
    assert render("updated", "updated", {"date": None, "lang": "lv"}).p is None


def test_component_css_uses_colour_tokens_only():
    import re
    for name in ("eu-identity", "language-switch", "figure", "document-list", "updated", "prose"):
        text = (CSS / f"{name}.css").read_text(encoding="utf-8")
        assert not re.search(r"#[0-9a-fA-F]{3,6}\b", text), name
