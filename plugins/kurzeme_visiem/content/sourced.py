"""Fields that state a fact about the real world and must say where it comes from: ``source`` and ``checked``.

A fact block is a YAML mapping (a service entry, a social service). ``FactFields`` reads one such mapping,
checks the keys it allows, and reports each problem at its own line, in Latvian, for the content writer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .contact_values import WEB_ADDRESS, contact_problem
from .lv.dates import BadDate, parse_contract_date
from .problems import ContentProblem
from .suggest import closest
from .yaml_source import KeyPath, YamlDocument


def source_problem(value: object) -> str | None:
    """Why ``value`` is not the web address of a public source, or ``None`` when it is one."""
    if value is None:
        return ("trūkst lauka 'source': norādiet publiska dokumenta (preses relīzes, DI plāna, pašvaldības lapas) "
                "adresi, kurā šis fakts minēts, piem., 'source: https://www.kurzemesregions.lv/...'")
    if not isinstance(value, str) or not value.strip():
        return "'source' jābūt publiska dokumenta adresei, piem., 'source: https://www.kurzemesregions.lv/...'"
    if not WEB_ADDRESS.match(value.strip()):
        return f"'{value}' nav derīga avota adrese; tai jāsākas ar https:// vai http:// (piem., https://kurzemevisiem.lv/...)"
    return None


@dataclass
class FactFields:
    """One mapping of a partner file, read field by field; ``problems`` collects what is wrong, with lines."""

    document: YamlDocument
    path: KeyPath
    data: dict[str, Any]
    allowed: tuple[str, ...]
    what: str  # e.g. "pakalpojuma ierakstā": where the field is, for the messages
    problems: list[ContentProblem] = field(default_factory=list)

    def line(self, key: str | None = None) -> int:
        return self.document.line_of(self.path + ((key,) if key else ()))

    def report(self, key: str | None, message: str) -> None:
        self.problems.append(ContentProblem.at(self.document.path, self.line(key), message))

    def check_keys(self) -> None:
        for key in self.data:
            if key not in self.allowed:
                close = closest(str(key), self.allowed)
                hint = f"vai domājāt '{close}'?" if close else f"atļautie lauki: {', '.join(self.allowed)}"
                self.report(str(key), f"nezināms lauks '{key}' {self.what}; {hint}")

    def text(self, key: str, *, required: bool = False, example: str = "...") -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.report(None, f"{self.what} trūkst lauka '{key}'; pievienojiet rindu '{key}: {example}'")
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.report(key, f"'{key}' jābūt tekstam; ierakstiet vērtību aiz kola (ja tajā ir ': ' vai '#', lieciet pēdiņās)")
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
        message = source_problem(value)
        if message:
            self.report("source" if "source" in self.data else None, message)
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
            self.report("checked", f"'checked: {value}' nav datums; rakstiet GGGG-MM-DD, piem., 'checked: 2026-12-03'")
            return None
        if day > today:
            self.report("checked", f"'checked: {value}' ir nākotnē; ierakstiet dienu, kad avotu pārbaudījāt")
            return None
        return day
