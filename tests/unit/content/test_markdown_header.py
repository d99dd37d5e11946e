from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kurzeme_visiem.content.markdown_header import HeaderField, markdown_body, parse_header, read_header, split_list
from kurzeme_visiem.content.problems import ContentErrors

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


# --- line separators: a field written after one is not a field, and the line is recorded to be refused -----------
# (the build reads headers with this same parser: tests/unit/site/test_readers.py)

HIDING = ["\u2028", "\u2029", "\x0c", "\x0b", "\x1c", "\x1d", "\x1e", "\x85"]  # str.splitlines() breaks at these


@pytest.mark.parametrize("separator", HIDING)
def test_a_field_hidden_behind_a_line_separator_stays_in_the_title_and_is_recorded(separator):
    header = parse_header(PATH, f"Title: Ziņa{separator}Status: draft\nDate: 2026-01-02\n\nTeksts\n")
    assert set(header.fields) == {"title", "date"}
    assert header.value("title") == f"Ziņa{separator}Status: draft"
    assert header.controls == ((1, separator),)


@pytest.mark.parametrize("separator", ["\r", "\r\n"])
def test_carriage_returns_break_lines_as_markdown_breaks_them(separator):
    header = parse_header(PATH, f"Title: Ziņa{separator}Status: draft\nDate: 2026-01-02\n\nTeksts\n")
    assert header.value("status") == "draft" and header.controls == ()


@pytest.mark.parametrize("character", ["\u2028", "\u2029", "\x0c", "\x0b", "\x1c", "\x85", "\x00", "\x1b", "\x07", "\x7f"])
def test_control_characters_and_line_separators_in_the_header_are_recorded_at_their_line(character):
    header = parse_header(PATH, f"Title: Ziņa\nSummary: a{character}Status: draft\n\nTeksts ar {character}\n")
    assert [line for line, _ in header.controls] == [2]


def test_a_tab_indented_continuation_line_continues_the_field():
    header = parse_header(PATH, "Title: Ziņa\nSummary: viens\n\tdivi\nDate: 2026-01-02\n\nx\n")
    assert set(header.fields) == {"title", "summary", "date"} and header.value("summary") == "viens divi"


def test_read_header_refuses_a_header_with_a_control_character_at_its_line():
    with pytest.raises(ContentErrors) as refused:
        read_header(PATH, "Title: Ziņa\nSummary: a\u2028Status: draft\n\nTeksts\n")
    assert [p.line for p in refused.value.problems] == [2] and "U+2028" in str(refused.value)
    assert read_header(PATH, "Title: Ziņa\n\nTeksts ar \u2028\n").value("title") == "Ziņa"  # the body may have one


@pytest.mark.parametrize(("text", "body"), [
    ("Title: A\n\nPirmā\n\n- a\n", "Pirmā\n\n- a\n"),
    ("---\nTitle: A\n---\nNote: x\n", "Note: x\n"),
    ("Title: A\nTeksts bez tukšas rindas\n", "Teksts bez tukšas rindas\n"),
    ("\ufeffTitle: A\r\n\r\n\tkods\r\n", "    kods\n"),
    ("Teksts bez galvenes\n", "Teksts bez galvenes\n"),
    ("Title: A\n", ""),
])
def test_the_body_is_the_text_after_the_header(text, body):
    assert markdown_body(text, parse_header(PATH, text)) == body


def test_read_markdown_reads_a_file_as_pelican_opens_it(tmp_path):
    from pelican.utils import pelican_open  # noqa: PLC0415

    from kurzeme_visiem.content.markdown_header import read_markdown  # noqa: PLC0415

    path = tmp_path / "zina.md"
    path.write_bytes("\ufeffTitle: Ziņa\r\nTags: a,\r\n    b\r\n\r\nTeksts ar\ttabu.\r\n\r\nOtrā rindkopa.\r\n".encode("utf-8"))
    header, body = read_markdown(path)
    with pelican_open(str(path)) as text:
        expected = read_header(path, text)
        assert (header, body) == (expected, markdown_body(text, expected))
    assert header.value("title") == "Ziņa" and header.value("tags") == "a, b"
    assert body == "Teksts ar   tabu.\n\nOtrā rindkopa.\n"
    path.write_text("Title: x\u2028Status: draft\n\nTeksts.\n", encoding="utf-8")
    with pytest.raises(ContentErrors):
        read_markdown(path)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Title: A", "Tags: a,", "    b", "---", "...", "", "\ufeff", "\t", "\r", "\r\n", "\n",
                                 "  x", "Teksts", "\tkods", "Key:", " ", "\u2028", "\x0c"]), max_size=14).map("".join))
@example("\ufeff\ufeff\tTeksts\n")  # a BOM left in the text after the encoding's: not in the body
def test_read_markdown_is_read_header_and_markdown_body(tmp_path_factory, text):
    from kurzeme_visiem.content.markdown_header import read_markdown  # noqa: PLC0415

    path = tmp_path_factory.mktemp("md") / "zina.md"
    path.write_bytes(text.encode("utf-8"))  # a BOM at the start is the encoding's; a second one is the text's
    with open(path, encoding="utf-8-sig", newline=None) as handle:
        read = handle.read()
    try:
        expected = read_header(path, read)
    except ContentErrors:
        with pytest.raises(ContentErrors):
            read_markdown(path)
        return
    assert read_markdown(path) == (expected, markdown_body(read, expected))
