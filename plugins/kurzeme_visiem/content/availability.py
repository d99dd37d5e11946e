"""Service entries of a partner file: which service, and how things stand with it, according to which source.

An item of a partner's ``services:`` list is either a bare service slug (the old form: the partner offers or
plans it, status unknown) or a mapping that states a sourced fact::

    - service: grupu-dzivoklis
      status: available          # available | planned | closed
      since: 2023-07-18          # YYYY-MM-DD, YYYY-MM or YYYY; not in the future when available
      places: 16
      address: 'Dīķu iela 1, Dzelda'
      provider: 'Biedrība “Latvijas Samariešu apvienība”'
      note: 'Kokapstrādes darbnīca.'
      source: https://...        # required: the public document that states it
      checked: 2026-12-03        # the day the source was read

One service may have several entries (two sites; one open, one planned). Problems are reported in Latvian
at their line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .lv.partial_dates import BadPartialDate, PartialDate, parse_partial_date
from .messages import message
from .problems import ContentProblem
from .sourced import FactFields
from .yaml_source import YamlDocument


class Status(str, Enum):
    AVAILABLE = "available"
    PLANNED = "planned"
    CLOSED = "closed"


STATUS_WORDS = {Status.AVAILABLE: "pieejams", Status.PLANNED: "plānots", Status.CLOSED: "slēgts"}


@dataclass(frozen=True)
class ServiceEntry:
    """One item of ``services:``. ``status`` is ``None`` for a bare slug (status unknown, no source)."""

    service: str
    line: int
    status: Status | None = None
    since: PartialDate | None = None
    places: int | None = None
    address: str | None = None
    provider: str | None = None
    note: str | None = None
    source: str | None = None
    checked: dt.date | None = None

    @property
    def sourced(self) -> bool:
        return self.source is not None


ENTRY_FIELDS = tuple(f.name for f in dataclasses.fields(ServiceEntry) if f.name != "line")  # line: where the entry stands


def parse_entries(items: list[Any], document: YamlDocument, today: dt.date) -> tuple[list[ServiceEntry], list[ContentProblem]]:
    """Every valid entry of ``services:``, and the problems of the others (those entries are left out)."""
    entries: list[ServiceEntry] = []
    problems: list[ContentProblem] = []
    for index, item in enumerate(items):
        line = document.line_of(("services", index))
        if isinstance(item, str):
            entries.append(ServiceEntry(item.strip(), line))
        elif isinstance(item, dict):
            entry, found = _parse_mapping(item, document, index, today)
            problems += found
            if entry is not None:
                entries.append(entry)
        else:
            problems.append(ContentProblem.at(document.path, line, message("entry.shape")))
    return entries, problems


def _parse_mapping(item: dict, document: YamlDocument, index: int, today: dt.date) -> tuple[ServiceEntry | None, list[ContentProblem]]:
    fields = FactFields(document, ("services", index), item, ENTRY_FIELDS, message("fact.in_service_entry"))
    fields.check_keys()
    service = fields.text("service", required=True, example="grupu-dzivoklis")
    status = _status(fields)
    since = _since(fields, status, today)
    places = _places(fields)
    texts = {key: fields.text(key) for key in ("address", "provider", "note")}
    source = fields.source()
    checked = fields.checked(today)
    if fields.problems or service is None or status is None:
        return None, fields.problems
    return ServiceEntry(service, fields.line(), status, since, places, source=source, checked=checked, **texts), []


def _status(fields: FactFields) -> Status | None:
    value = fields.data.get("status")
    if value is None:
        fields.report(None, message("entry.status_missing"))
        return None
    try:
        return Status(str(value).strip())
    except ValueError:
        fields.report("status", message("entry.status_unknown", value=value))
        return None


def _since(fields: FactFields, status: Status | None, today: dt.date) -> PartialDate | None:
    value = fields.data.get("since")
    if value is None:
        return None
    try:
        since = parse_partial_date(value)
    except BadPartialDate:
        fields.report("since", message("entry.since_not_date", value=value))
        return None
    if status is Status.AVAILABLE and since.first_day() > today:
        fields.report("since", message("entry.since_in_future", value=value))
        return None
    return since


def _places(fields: FactFields) -> int | None:
    value = fields.data.get("places")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        fields.report("places", message("entry.places_not_count", value=value))
        return None
    return value
