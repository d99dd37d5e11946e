"""Fields that state a fact about the real world and must say where it comes from: ``source`` and ``checked``.

A fact block is a YAML mapping (a service entry, a social service). ``FactFields`` reads one such mapping,
checks the keys it allows, and reports each problem at its own line, in Latvian for the content writer (``messages``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .contact_values import WEB_ADDRESS, contact_problem
from .lv.dates import BadDate, parse_contract_date
from .messages import message
from .problems import ContentProblem
from .suggest import did_you_mean
from .yaml_source import KeyPath, YamlDocument


def source_problem(value: object) -> str | None:
    """Why ``value`` is not the web address of a public source, or ``None`` when it is one."""
    if value is None:
        return message("fact.source_missing")
    if not isinstance(value, str) or not value.strip():
        return message("fact.source_not_text")
    if not WEB_ADDRESS.match(value.strip()):
        return message("fact.source_not_url", value=value)
    return None


@dataclass
class FactFields:
    """One mapping of a partner file, read field by field; ``problems`` collects what is wrong, with lines."""

    document: YamlDocument
    path: KeyPath
    data: dict[str, Any]
    allowed: tuple[str, ...]
    where: str  # e.g. message("fact.in_service_entry"): where the fields are, for the messages
    problems: list[ContentProblem] = field(default_factory=list)

    def line(self, key: str | None = None) -> int:
        return self.document.line_of(self.path + ((key,) if key else ()))

    def report(self, key: str | None, text: str) -> None:
        self.problems.append(ContentProblem.at(self.document.path, self.line(key), text))

    def check_keys(self) -> None:
        for key in self.data:
            if key not in self.allowed:
                hint = did_you_mean(str(key), self.allowed, message("hint.allowed_fields", fields=", ".join(self.allowed)))
                self.report(str(key), message("fact.unknown_field", field=key, where=self.where, hint=hint))

    def text(self, key: str, *, required: bool = False, example: str = "...") -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.report(None, message("fact.missing", field=key, where=self.where, example=example))
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.report(key, message("schema.text", name=key))
            return None
        return value.strip()

    def contact(self, key: str) -> str | None:
        """A phone, e-mail or website (``key``), checked as in the partner's own fields."""
        value = self.text(key)
        problem = None if value is None else contact_problem(key, value)
        if problem:
            self.report(key, problem)
            return None
        return value

    def source(self) -> str | None:
        value = self.data.get("source")
        problem = source_problem(value)
        if problem:
            self.report("source" if "source" in self.data else None, problem)
            return None
        return value.strip()

    def checked(self, today: dt.date) -> dt.date | None:
        """The day someone last read the source (``checked: 2026-12-03``); optional, never in the future."""
        value = self.data.get("checked")
        if value is None:
            return None
        try:
            day = parse_contract_date(str(value), allow_time=False).date()
        except BadDate:
            self.report("checked", message("fact.checked_not_date", value=value))
            return None
        if day > today:
            self.report("checked", message("fact.checked_in_future", value=value))
            return None
        return day
