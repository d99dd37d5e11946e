"""metadata.normalise: empty fields mean "not set", news get the contract slug, Summary is made safe."""

from __future__ import annotations

from markupsafe import Markup
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Author

from kurzeme_visiem.site.metadata import normalise
from kurzeme_visiem.site.readers import MarkdownReader

MARKDOWN = {"extension_configs": {"markdown.extensions.extra": {}}, "output_format": "html"}
SETTINGS = {"SLUG_REGEX_SUBSTITUTIONS": []}


def test_empty_fields_are_dropped():
    metadata = {"title": "Ziņa", "summary": "", "image": "", "tags": [], "author": Author("", SETTINGS),
                "authors": [Author("", SETTINGS)], "partners": "tukuma-novads"}
    normalise(metadata, MARKDOWN, default_slug=False)
    assert metadata == {"title": "Ziņa", "partners": "tukuma-novads"}


def test_news_get_the_transliterated_title_as_slug_unless_given():
    news = {"title": "Tukuma novada dome noslēgusi “līgumu”"}
    normalise(news, MARKDOWN, default_slug=True)
    assert news["slug"] == "tukuma-novada-dome-noslegusi-ligumu"
    given = {"title": "Ziņa", "slug": "mana-zina"}
    normalise(given, MARKDOWN, default_slug=True)
    assert given["slug"] == "mana-zina"
    page = {"title": "Par projektu"}
    normalise(page, MARKDOWN, default_slug=False)
    assert "slug" not in page


def test_summary_keeps_markdown_and_shows_html_as_text():
    metadata = {"title": "x", "summary": "**Svarīgi**: <script>alert(1)</script>"}
    normalise(metadata, MARKDOWN, default_slug=True)
    assert isinstance(metadata["summary"], Markup)
    assert metadata["summary"] == "<p><strong>Svarīgi</strong>: &lt;script&gt;alert(1)&lt;/script&gt;</p>"


def test_wrapped_title_and_summary_read_as_one_value_never_a_list(tmp_path):
    path = tmp_path / "zina.md"
    path.write_text("Title: Kuldīgā notiks seminārs par\n    pakalpojumiem bērniem\nSummary: 2018. gada 27. aprīlī notika\n"
                    "      sapulce.\nPartners: a, b,\n    c\n\nTeksts.\n", encoding="utf-8")
    settings = {**DEFAULT_CONFIG, "FORMATTED_FIELDS": [], "MARKDOWN": {"extension_configs": {}, "output_format": "html"}}
    _, metadata = MarkdownReader(settings).read(str(path))  # the site's reader (site/readers.py)
    normalise(metadata, MARKDOWN | {"extensions": ["kurzeme_visiem.content.lv.date_paragraphs"]}, default_slug=True)
    assert metadata["title"] == "Kuldīgā notiks seminārs par pakalpojumiem bērniem"
    assert metadata["slug"] == "kuldiga-notiks-seminars-par-pakalpojumiem-berniem"
    assert metadata["summary"] == Markup("<p>2018. gada 27. aprīlī notika sapulce.</p>")
    assert metadata["partners"] == "a, b, c"
