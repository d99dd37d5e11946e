"""Dates: the contract's input formats and Latvian display through Babel."""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date

CONTRACT_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$")


class BadDate(ValueError):
    """A date that does not follow ``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM``, or does not exist."""


def parse_contract_date(text: str, *, allow_time: bool = True) -> dt.datetime:
    """Parse ``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM`` (naive; the site's time zone is Europe/Riga)."""
    match = CONTRACT_DATE.match(text.strip())
    if not match or (match.group(4) and not allow_time):
        expected = "YYYY-MM-DD or YYYY-MM-DD HH:MM" if allow_time else "YYYY-MM-DD"
        raise BadDate(f"'{text}' is not a date in the form {expected} (e.g. 2016-04-26)")
    year, month, day, hour, minute = (int(g) if g else 0 for g in match.groups())
    try:
        return dt.datetime(year, month, day, hour, minute)
    except ValueError as error:
        raise BadDate(f"'{text}' is not a real date ({error})") from error


def format_date_lv(value: dt.date | dt.datetime) -> str:
    """``2016-04-26`` → ``2016. gada 26. aprīlis``."""
    return format_date(value, format="long", locale="lv")


def iso_date(value: dt.date | dt.datetime) -> str:
    """The machine-readable form for ``<time datetime>``."""
    return value.isoformat()
