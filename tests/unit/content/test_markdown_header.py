from pathlib import Path

import pytest

from kurzeme_visiem.content.markdown_header import HeaderField, parse_header, split_list

PATH = Path("news/a.md")


def test_fields_with_their_lines_and_the_body_line():
    header = parse_header(PATH, "Title: Līgums “Kurzeme visiem”\nDate: 2016-04-26 14:30\nPartners: a, b\n\nTeksts.\n")
    assert header.fields == {
        "title": HeaderField("title", "Title", "Līgums “Kurzeme visiem”", 1),
        "date": HeaderField("date", "Date", "2016-04-26 14:30", 2),
        "partners": HeaderField("partners", "Partners", "a, b", 3),
    }
    assert header.duplicates == ()
    assert header.body_line == 5
    assert header.path == PATH


def test_keys_are_case_insensitive_and_written_key_is_kept():
    header = parse_header(PATH, "TITLE: A\nimage_ALT: foto\n\nx")
    assert header.value("title") == "A"
    assert header.fields["image_alt"].written_key == "image_ALT"


def test_value_and_line_defaults():
    header = parse_header(PATH, "Title: A\n\nx")
    assert header.value("date") is None
    assert header.line("date") == 1
    assert header.line("date", 7) == 7
    assert header.line("title", 7) == 1


def test_values_are_stripped_and_an_empty_value_means_not_set():
    header = parse_header(PATH, "Title:    A   \nImage_alt:\n\nx")
    assert header.value("title") == "A"
    assert header.value("image_alt") is None
    assert header.fields["image_alt"].value == ""
    assert header.line("image_alt") == 2


def test_fenced_header():
    header = parse_header(PATH, "---\nTitle: A\nDate: 2016-04-26\n---\nTeksts.\n")
    assert {k: f.line for k, f in header.fields.items()} == {"title": 2, "date": 3}
    assert header.body_line == 5


def test_fence_may_end_with_dots():
    header = parse_header(PATH, "---\nTitle: A\n...\nSlug: not-metadata\n")
    assert list(header.fields) == ["title"]
    assert header.body_line == 4


def test_continuation_lines_are_joined_to_the_field_they_continue():
    header = parse_header(PATH, "Title: Ļoti garš\n    virsraksts divās rindās\nDate: 2016-04-26\n\nx")
    assert header.fields["title"] == HeaderField("title", "Title", "Ļoti garš virsraksts divās rindās", 1)
    assert header.line("date") == 3


def test_up_to_three_leading_spaces_are_allowed():
    header = parse_header(PATH, "   Title: A\n\nx")
    assert header.value("title") == "A"


def test_duplicates_keep_the_first_value():
    header = parse_header(PATH, "Title: A\nDate: 2016-04-26\ntitle: B\n\nx")
    assert header.value("title") == "A"
    assert header.duplicates == (HeaderField("title", "title", "B", 3),)


def test_header_ends_at_the_first_line_that_is_not_metadata():
    header = parse_header(PATH, "Title: A\nŠis ir teksts bez tukšas rindas.\nDate: 2016-04-26\n")
    assert list(header.fields) == ["title"]
    assert header.body_line == 2


@pytest.mark.parametrize("text", ["", "# Virsraksts\n\nTitle: A\n", "\nTitle: A\n"])
def test_no_header(text):
    header = parse_header(PATH, text)
    assert header.fields == {}


def test_byte_order_mark_is_ignored():
    header = parse_header(PATH, "\ufeffTitle: A\nDate: 2016-04-26\n\nx")
    assert header.value("title") == "A"
    assert header.line("date") == 2


def test_windows_line_endings():
    header = parse_header(PATH, "Title: A\r\nDate: 2016-04-26\r\n\r\nx\r\n")
    assert (header.value("title"), header.value("date"), header.body_line) == ("A", "2016-04-26", 4)


@pytest.mark.parametrize(
    ("value", "items"),
    [
        ("tukuma-novads, vsac-kurzeme", ["tukuma-novads", "vsac-kurzeme"]),
        ("a ,b,, c ,", ["a", "b", "c"]),
        ("", []),
        (None, []),
        ("  ", []),
    ],
)
def test_split_list(value, items):
    assert split_list(value) == items
