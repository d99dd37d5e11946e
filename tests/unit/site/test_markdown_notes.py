"""The writer's notes (<!-- … --> on lines of their own, as make newpost writes them) never reach the HTML."""

import markdown
from hypothesis import given
from hypothesis import strategies as st

from kurzeme_visiem.site.markdown_notes import WriterNotesExtension, without_notes

NEWPOST_TAIL = ("Pirmā rindkopa.\n\n"
                "<!-- Title: virsraksts, kā to redzēs lasītājs -->\n"
                "<!-- Date: GGGG-MM-DD, piemēram 2018-04-27\n"
                "     (vairākās rindās) -->\n")


def render(text: str) -> str:
    return markdown.markdown(text, extensions=["extra", "meta", "sane_lists", WriterNotesExtension()],
                             output_format="html")


def test_notes_on_their_own_lines_are_dropped():
    assert render(NEWPOST_TAIL) == "<p>Pirmā rindkopa.</p>"
    assert render("Viens.\n<!-- piezīme -->\nDivi.\n") == "<p>Viens.\nDivi.</p>"


def test_comments_in_a_sentence_or_in_code_stay_as_written():
    assert render("Teksts <!-- iekšā --> turpinās.") == "<p>Teksts <!-- iekšā --> turpinās.</p>"
    assert "&lt;!-- kods --&gt;" in render("```\n<!-- kods -->\n```\n")
    assert "&lt;!-- kods --&gt;" in render("Teksts.\n\n    <!-- kods -->\n")
    assert "&lt;!-- kods --&gt;" in render("Teksts.\n\n    kods\n    <!-- kods -->\n")


def test_a_comment_followed_by_text_is_not_a_note_and_hides_nothing_after_it():
    text = "<!-- a --> skatīt zemāk\n\nSvarīga rindkopa.\n\n<!-- b -->\n\nBeigas."
    assert without_notes(text) == "<!-- a --> skatīt zemāk\n\nSvarīga rindkopa.\n\n\nBeigas."
    assert "<p>Svarīga rindkopa.</p>" in render(text)


def test_an_unclosed_comment_is_not_a_note():
    assert without_notes("<!-- sākums bez beigām\nTeksts.\n") == "<!-- sākums bez beigām\nTeksts.\n"


lines = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
                         max_size=30), max_size=12)


@given(lines)
def test_text_without_comments_is_unchanged(text_lines):
    text = "\n".join(line.replace("<", "‹") for line in text_lines)  # no comment can start
    assert without_notes(text) == text


@given(lines, st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=40))
def test_a_note_line_inserted_anywhere_is_removed_again(text_lines, note):
    text_lines = [line.replace("<", "‹") for line in text_lines]
    note = note.replace(">", "›")  # the note cannot end early
    for at in range(len(text_lines) + 1):
        with_note = text_lines[:at] + [f"<!-- {note} -->"] + text_lines[at:]
        assert without_notes("\n".join(with_note) + "\n") == "".join(f"{line}\n" for line in text_lines)
