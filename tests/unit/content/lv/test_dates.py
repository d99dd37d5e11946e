import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurzeme_visiem.content.lv.dates import (
    BadDate, NoLocative, iso_date, locative, locative_of_month, nominative, parse_contract_date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-04-26", dt.datetime(2016, 4, 26, 0, 0)),
        ("2016-04-26 14:30", dt.datetime(2016, 4, 26, 14, 30)),
        ("  2016-04-26 ", dt.datetime(2016, 4, 26)),
        ("2016-02-29", dt.datetime(2016, 2, 29)),
        ("2016-12-31 23:59", dt.datetime(2016, 12, 31, 23, 59)),
    ],
)
def test_valid_dates(text, expected):
    parsed = parse_contract_date(text)
    assert parsed == expected
    assert parsed.tzinfo is None


FORM = "YYYY-MM-DD or YYYY-MM-DD HH:MM (e.g. 2016-04-26)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2016-02-30", "'2016-02-30' is not a real date (day is out of range for month)"),
        ("2017-02-29", "'2017-02-29' is not a real date (day is out of range for month)"),
        ("2016-13-01", "'2016-13-01' is not a real date (month must be in 1..12)"),
        ("2016-04-26 24:00", "'2016-04-26 24:00' is not a real date (hour must be in 0..23)"),
        ("26.04.2016", f"'26.04.2016' is not a date in the form {FORM}"),
        ("2016-4-26", f"'2016-4-26' is not a date in the form {FORM}"),
        ("2016-04-26T14:30", f"'2016-04-26T14:30' is not a date in the form {FORM}"),
        ("2016-04-26 14:30:00", f"'2016-04-26 14:30:00' is not a date in the form {FORM}"),
        ("2016-04-26 9:30", f"'2016-04-26 9:30' is not a date in the form {FORM}"),
        ("26. aprīlis", f"'26. aprīlis' is not a date in the form {FORM}"),
        ("", f"'' is not a date in the form {FORM}"),
    ],
)
def test_invalid_dates(text, message):
    with pytest.raises(BadDate) as raised:
        parse_contract_date(text)
    assert str(raised.value) == message


def test_bad_date_is_a_value_error():
    assert issubclass(BadDate, ValueError)


def test_date_only_when_time_not_allowed():
    assert parse_contract_date("2016-04-26", allow_time=False) == dt.datetime(2016, 4, 26)
    with pytest.raises(BadDate) as raised:
        parse_contract_date("2016-04-26 14:30", allow_time=False)
    assert str(raised.value) == "'2016-04-26 14:30' is not a date in the form YYYY-MM-DD (e.g. 2016-04-26)"


def test_nominative_contract_example():
    assert nominative(dt.date(2016, 4, 26)) == "2016. gada 26. aprīlis"


def test_nominative_ignores_the_time():
    assert nominative(dt.datetime(2016, 4, 26, 14, 30)) == "2016. gada 26. aprīlis"


@pytest.mark.parametrize(
    ("month", "name"),
    list(enumerate(
        ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
         "augusts", "septembris", "oktobris", "novembris", "decembris"], start=1)),
)
def test_nominative_month_names(month, name):
    assert nominative(dt.date(2017, month, 9)) == f"2017. gada 9. {name}"


def test_iso_date():
    assert iso_date(dt.date(2016, 4, 26)) == "2016-04-26"
    assert iso_date(dt.datetime(2016, 4, 26, 14, 30)) == "2016-04-26T14:30:00"


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


def test_the_long_date_is_babels_without_parsing_the_locale_for_each_date(monkeypatch):
    import babel  # noqa: PLC0415
    from babel.dates import format_date  # noqa: PLC0415

    from kurzeme_visiem.content.lv import dates  # noqa: PLC0415

    days = [dt.date(2016, 1, 1) + dt.timedelta(days=n) for n in range(0, 800, 7)] + [dt.date(999, 12, 31)]
    expected = [format_date(day, format="long", locale="lv") for day in days]
    dates._long_date.cache_clear()  # every date formatted below, not taken from the cache
    parsed, parse = [], babel.Locale.parse

    def counted(identifier, *args, **kwargs):
        if isinstance(identifier, str):  # (babel passes a Locale object on to Locale.parse too: that costs nothing)
            parsed.append(identifier)
        return parse(identifier, *args, **kwargs)

    monkeypatch.setattr(babel.Locale, "parse", counted)
    assert [nominative(day) for day in days] == expected
    assert parsed in ([], ["lv"]), "the locale parsed once (if not before), not once per date"
    dates._long_date.cache_clear()
