import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurzeme_visiem.content.lv.dates import NoLocative, locative, locative_of_month, nominative

LOCATIVES = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
             "oktobrī", "novembrī", "decembrī"]


def test_nominative_is_the_label_form():
    assert nominative(dt.date(2016, 5, 20)) == "2016. gada 20. maijs"
    assert nominative(dt.datetime(2018, 4, 27, 14, 30)) == "2018. gada 27. aprīlis"


def test_locative_is_the_sentence_form():
    assert locative(dt.date(2016, 5, 20)) == "2016. gada 20. maijā"
    assert locative(dt.datetime(2018, 4, 27, 9, 0)) == "2018. gada 27. aprīlī"
    assert locative(dt.date(2016, 5, 2)) == "2016. gada 2. maijā"


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month(month):
    assert locative(dt.date(2020, month, 1)) == f"2020. gada 1. {LOCATIVES[month - 1]}"


def test_unknown_month_shape_is_an_error():
    with pytest.raises(NoLocative):
        locative_of_month("maija")


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_forms_differ_only_in_the_month_ending(day):
    nom, loc = nominative(day), locative(day)
    assert nom.startswith(f"{day.year}. gada {day.day}. ")
    assert nom.rsplit(" ", 1)[0] == loc.rsplit(" ", 1)[0]
    assert loc.endswith(("ī", "ā"))
