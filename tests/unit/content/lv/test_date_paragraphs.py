"""Date-led paragraphs stay paragraphs; genuine numbered lists stay lists."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown import Markdown

from kurzeme_visiem.content.lv.date_paragraphs import is_date_led

EXTENSION = "kurzeme_visiem.content.lv.date_paragraphs"


def render(text: str, *extensions: str) -> str:
    return Markdown(extensions=["extra", "sane_lists", *extensions], output_format="html").convert(text)


DATE_LED = [
    "2018. gada 27. aprīlī Kurzemes plānošanas reģions noslēdza līgumu.",
    "1. jūlijā sāks darbu grupu dzīvoklis.",
    "15. oktobrī notiks seminārs.",
    "3. vietā ierindojās Talsu novads.",
    "2016. gadā projektā iesaistījās 28 partneri.",
    "2016. g. 20. maijā līgums tika parakstīts.",
    "20. maijs bija svarīga diena.",
    "31. decembrim jābūt gatavam plānam.",
    "2018. un 2019. gadā notika semināri.",
    "1. septembrī, pirmdienā, sākas mācības.",
    "2. nedēļā sāksies pieteikšanās.",
    "5. klasē mācās 20 bērni.",
    "2018. gada 27. aprilī bez garumzīmes.",
    "  12. februārī — ar atkāpi.",
]


@pytest.mark.parametrize("text", DATE_LED)
def test_date_led_line_is_a_paragraph(text):
    html = render(text, EXTENSION)
    assert html.startswith("<p>") and "<ol" not in html, html
    assert text.strip() in html


@pytest.mark.parametrize("text", DATE_LED[:4])
def test_without_the_extension_markdown_makes_a_list(text):
    assert "<ol" in render(text)  # the test above can fail


def test_several_date_led_paragraphs_and_a_list_between():
    text = ("2018. gada 27. aprīlī notika sapulce.\n\n"
            "1. Pirmais punkts\n2. Otrais punkts\n\n"
            "3. vietā ierindojās Talsu novads.\n\n"
            "15. oktobrī notiks seminārs.\n")
    html = render(text, EXTENSION)
    assert html.count("<p>") == 3
    assert html.count("<ol>") == 1 and html.count("<li>") == 2
    assert "<li>Pirmais punkts</li>" in html and "<li>Otrais punkts</li>" in html


GENUINE_LISTS = [
    ("1. Pieteikties sociālajā dienestā\n2. Saņemt lēmumu\n3. Sākt pakalpojumu", 3),
    ("1. gads — plānošana\n2. gads — būvniecība", 0),  # "gads" after an ordinal is a date word: paragraph
    ("2018. gads bija labs.", 0),
    ("1. Kurzemes pašvaldības\n2. Bērnu nami", 2),
    ("3. Talsu novads", 1),
    ("10. punkts: iesniegums", 1),
    ("1. jūlija pasākumi:\n\n- koncerts\n- tirgus", 0),
]


@pytest.mark.parametrize(("text", "items"), GENUINE_LISTS)
def test_genuine_lists_still_work(text, items):
    html = render(text, EXTENSION)
    assert html.count("<li>") == items + (2 if "- koncerts" in text else 0), html
    assert ("<ol" in html) == bool(items)


def test_list_start_number_is_kept():
    assert '<ol start="3">' in render("3. Talsu novads\n4. Tukuma novads", EXTENSION)


def test_nested_list_items_are_untouched():
    html = render("- Punkts\n\n    1. Apakšpunkts\n    2. Otrs", EXTENSION)
    assert "<ol>" in html and html.count("<li>") == 3


MONTHS = ["janvārī", "februāra", "martā", "aprīlis", "maijā", "jūnijā", "jūlijs", "augustā", "septembrī",
          "oktobrī", "novembrim", "decembrī"]


@given(st.integers(1, 31), st.sampled_from(MONTHS), st.text(st.characters(categories=["L", "Zs"]), max_size=30))
def test_any_day_and_month_is_a_paragraph(day, month, rest):
    text = f"{day}. {month} {rest}".rstrip()
    assert is_date_led(text)
    assert "<ol" not in render(text, EXTENSION)


@given(st.integers(1, 99), st.sampled_from(["Pieteikums", "Kontakti", "Talsu novads", "Iesniegt", "Bērni"]))
def test_numbered_items_with_ordinary_words_are_lists(number, words):
    assert not is_date_led(f"{number}. {words}")
    assert "<ol" in render(f"{number}. {words}\n{number + 1}. {words}", EXTENSION)
