import datetime as dt

import pytest
from hypothesis import given, strategies as st

from kurzeme_visiem.content.lv.partial_dates import (
    BadPartialDate, PartialDate, on_date_lv, parse_partial_date, since_lv)


@pytest.mark.parametrize("text, expected, words", [
    ("2023-07-18", PartialDate(2023, 7, 18), "2023. gada 18. jūlija"),
    ("2021-03", PartialDate(2021, 3), "2021. gada marta"),
    (2021, PartialDate(2021), "2021. gada"),
    ("2022-04-01", PartialDate(2022, 4, 1), "2022. gada 1. aprīļa"),
])
def test_parse_and_genitive(text, expected, words):
    assert parse_partial_date(text) == expected
    assert since_lv(expected) == words


@pytest.mark.parametrize("text", ["2021-13", "2021-02-30", "21-03", "2021-3", "marts", "", True, None, 2021.5])
def test_refused(text):
    with pytest.raises(BadPartialDate):
        parse_partial_date(text)


def test_first_day_and_iso():
    assert PartialDate(2021, 3).first_day() == dt.date(2021, 3, 1)
    assert PartialDate(2021).isoformat() == "2021"
    assert PartialDate(2021, 3, 5).isoformat() == "2021-03-05"


def test_genitive_of_a_full_date():
    assert since_lv(dt.date(2021, 7, 1)) == "2021. gada 1. jūlija"


def test_locative():
    assert on_date_lv(dt.date(2026, 12, 3)) == "2026. gada 3. decembrī"
    assert on_date_lv(dt.date(2021, 7, 1)) == "2021. gada 1. jūlijā"


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)), st.integers(0, 2))
def test_round_trip(day, precision):
    value = PartialDate(day.year, day.month if precision else None, day.day if precision == 2 else None)
    assert parse_partial_date(value.isoformat()) == value
    assert value.first_day() <= day


@given(st.text(max_size=12))
def test_any_text_parses_or_is_refused(text):
    try:
        value = parse_partial_date(text)
    except BadPartialDate:
        return
    assert value.isoformat() == text.strip()
