"""content/news_template.py: the text make newpost writes; its notes are comments that no reader takes for fields."""

from __future__ import annotations

from pathlib import Path

import markdown

from kurzeme_visiem.content.markdown_header import parse_header
from kurzeme_visiem.content.news_check import NEWS_FIELDS
from kurzeme_visiem.content.news_template import FIELD_NOTES, PLACEHOLDER_LINES, news_text, placeholder_lines

TEXT = news_text("Jauna ziņa", "2018-04-27")


def test_the_check_and_pelicans_reader_see_the_same_header():
    ours = parse_header(Path("x.md"), TEXT)
    reader = markdown.Markdown(extensions=["meta"])  # what Pelican's MarkdownReader reads metadata with
    html = reader.convert(TEXT)
    assert set(reader.Meta) == set(ours.fields)
    assert {key: " ".join(value) for key, value in reader.Meta.items()} == {k: f.value for k, f in ours.fields.items()}
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
