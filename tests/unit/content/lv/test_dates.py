import datetime as dt

import pytest

from kurzeme_visiem.content.lv.dates import BadDate, format_date_lv, iso_date, parse_contract_date


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


def test_format_date_lv_contract_example():
    assert format_date_lv(dt.date(2016, 4, 26)) == "2016. gada 26. aprīlis"


def test_format_date_lv_ignores_the_time():
    assert format_date_lv(dt.datetime(2016, 4, 26, 14, 30)) == "2016. gada 26. aprīlis"


@pytest.mark.parametrize(
    ("month", "name"),
    list(enumerate(
        ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
         "augusts", "septembris", "oktobris", "novembris", "decembris"], start=1)),
)
def test_format_date_lv_month_names(month, name):
    assert format_date_lv(dt.date(2017, month, 9)) == f"2017. gada 9. {name}"


def test_iso_date():
    assert iso_date(dt.date(2016, 4, 26)) == "2016-04-26"
    assert iso_date(dt.datetime(2016, 4, 26, 14, 30)) == "2016-04-26T14:30:00"
