"""Dates: the contract's input formats, and Latvian display in the two forms the site needs, from Babel's CLDR data.

- nominative, for a bare label: ``2016. gada 20. maijs`` (CLDR's long date, ``y. 'gada' d. MMMM``);
- locative, after a verb or in a sentence: ``Publicēts 2016. gada 20. maijā``.

CLDR gives the pattern and the month names in the nominative only; the locative of a Latvian month name is
regular and derived here: ``-is → -ī`` (janvāris → janvārī, aprīlis → aprīlī), ``-s → -ā`` (marts → martā,
maijs → maijā). The year stays in the genitive (``gada``) in both forms, as the CLDR pattern has it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from babel import Locale
from babel.dates import DateTimePattern, get_date_format, get_month_names

from ..messages import message

CONTRACT_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$")
LOCALE = "lv"


class BadDate(ValueError):
    """A date that does not follow ``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM``, or does not exist."""


class NoLocative(ValueError):
    """A month name whose locative this module cannot derive (CLDR data changed)."""


def parse_contract_date(text: str, *, allow_time: bool = True) -> dt.datetime:
    """Parse ``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM`` (naive; the site's time zone is Europe/Riga)."""
    match = CONTRACT_DATE.match(text.strip())
    if not match or (match.group(4) and not allow_time):
        expected = message("date.format_with_time" if allow_time else "date.format")
        raise BadDate(message("date.not_a_date", text=text, expected=expected))
    year, month, day, hour, minute = (int(g) if g else 0 for g in match.groups())
    try:
        return dt.datetime(year, month, day, hour, minute)
    except ValueError as error:
        raise BadDate(message("date.not_real", text=text, detail=error)) from error


def nominative(value: dt.date | dt.datetime) -> str:
    """``2016. gada 20. maijs`` — for labels and captions (Babel formats a datetime by its date)."""
    return _long_date(dt.date(value.year, value.month, value.day))


@functools.lru_cache(maxsize=4096)  # a list page shows many dates, a site a few thousand different ones
def _long_date(day: dt.date) -> str:
    pattern, locale = _long_format()
    return pattern.apply(day, locale)  # what babel's format_date(day, "long", LOCALE) does after looking both up


@functools.lru_cache(maxsize=1)  # format_date parses the locale and looks its pattern up again for every date
def _long_format() -> tuple[DateTimePattern, Locale]:
    locale = Locale.parse(LOCALE)
    return get_date_format("long", locale=locale), locale




def locative_of_month(name: str) -> str:
    """``maijs`` → ``maijā``, ``aprīlis`` → ``aprīlī``."""
    if name.endswith("is"):
        return name[:-2] + "ī"
    if name.endswith("s"):
        return name[:-1] + "ā"
    raise NoLocative(f"no Latvian locative for the month name {name!r}")


def locative(value: dt.date | dt.datetime) -> str:
    """``2016. gada 20. maijā`` — after a verb: "Publicēts ...", "Atjaunināts ..."."""
    month = _month_name(value.month)
    text = nominative(value)
    if not text.endswith(month):
        raise NoLocative(f"Babel's long Latvian date {text!r} does not end with the month name {month!r}")
    return text[: -len(month)] + locative_of_month(month)


@functools.lru_cache(maxsize=12)  # Babel looks the locale's month names up again on every call
def _month_name(month: int) -> str:
    return get_month_names("wide", "format", LOCALE)[month]


def iso_date(value: dt.date | dt.datetime) -> str:
    """The machine-readable form for ``<time datetime>``."""
    return value.isoformat()
