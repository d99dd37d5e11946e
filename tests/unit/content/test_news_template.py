"""content/news_template.py: the text make newpost writes; its notes are comments that no reader takes for fields."""

from __future__ import annotations

from pathlib import Path

from pelican.settings import DEFAULT_CONFIG

from kurzeme_visiem.content.markdown_header import parse_header
from kurzeme_visiem.content.news_check import NEWS_FIELDS
from kurzeme_visiem.content.news_template import FIELD_NOTES, PLACEHOLDER_LINES, news_text, placeholder_lines
from kurzeme_visiem.site.readers import MarkdownReader

TEXT = news_text("Jauna ziņa", "2018-04-27")


def test_the_template_reads_as_its_fields_and_its_notes_stay_comments(tmp_path):
    path = tmp_path / "x.md"
    path.write_text(TEXT, encoding="utf-8")
    settings = {**DEFAULT_CONFIG, "MARKDOWN": {"extension_configs": {}, "output_format": "html"}}
    html, metadata = MarkdownReader(settings).read(str(path))  # the build's reader, with the check's header parser
    assert set(metadata) == set(parse_header(Path("x.md"), TEXT).fields) >= {"title", "date", "status"}
    assert "Lauki" in html and html.count("<!--") == 2  # the notes stay comments in the body


def test_every_field_of_the_template_has_a_note_with_an_example_or_format():
    fields = parse_header(Path("x.md"), TEXT).fields
    noted = {part.strip().lower() for note in FIELD_NOTES for part in note.split(":", 1)[0].split(",")}
    assert set(fields) <= noted <= set(NEWS_FIELDS) | {"tukšs lauks nozīmē"}


def test_placeholder_lines_are_found_and_written_text_is_not():
    lines = list(enumerate(TEXT.splitlines(), start=1))
    found = placeholder_lines(lines)
    assert [lines[n - 1][1] for n in found] == list(PLACEHOLDER_LINES)
    assert placeholder_lines([(1, "Pirmā rindkopa: Tukuma novads atver dienas centru.")]) == []
