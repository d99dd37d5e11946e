"""Dates known to the day, the month or only the year (``since: 2023-07-18``, ``2021-03``, ``2021``), in Latvian.

A source often says "in March 2021" or only "in 2021"; the directory keeps exactly what it says and never
fills in a day. ``since_lv`` writes the genitive that follows "kopš" ("kopš 2021. gada marta"), ``on_date_lv``
the locative of a full date ("2026. gada 3. decembrī").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

GENITIVE_MONTHS = ("janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta",
                   "septembra", "oktobra", "novembra", "decembra")
LOCATIVE_MONTHS = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
                   "septembrī", "oktobrī", "novembrī", "decembrī")


class BadPartialDate(ValueError):
    """Text that is not ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, or a day that does not exist."""


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def first_day(self) -> dt.date:
        """The earliest day the text can mean (2021-03 → 2021-03-01)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def isoformat(self) -> str:
        """The machine form for ``<time datetime>``: as precise as the source."""
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


def parse_partial_date(value: object) -> PartialDate:
    """``2023-07-18``, ``2021-03``, ``2021`` (text, or the number YAML makes of a bare year) or a ``date``."""
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    match = PARTIAL_DATE.match(text)
    if not match:
        raise BadPartialDate(text or repr(value))
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as error:
        raise BadPartialDate(text) from error
    return PartialDate(year, month, day)


def since_lv(value: PartialDate | dt.date) -> str:
    """The words after "kopš": ``2023. gada 18. jūlija``, ``2021. gada marta``, ``2021. gada``."""
    if isinstance(value, dt.date):
        value = PartialDate(value.year, value.month, value.day)
    if value.day:
        return f"{value.year}. gada {value.day}. {GENITIVE_MONTHS[value.month - 1]}"
    if value.month:
        return f"{value.year}. gada {GENITIVE_MONTHS[value.month - 1]}"
    return f"{value.year}. gada"


def on_date_lv(value: dt.date) -> str:
    """A day in the locative: ``2026. gada 3. decembrī`` ("on 3 December 2026")."""
    return f"{value.year}. gada {value.day}. {LOCATIVE_MONTHS[value.month - 1]}"
