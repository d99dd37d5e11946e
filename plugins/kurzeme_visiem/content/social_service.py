"""A municipality's social service (sociālais dienests): whom to call, with the source of every contact.

``social_service:`` in a partner file is a mapping: ``name`` and ``source`` are required; ``address``, ``phone``,
``email``, ``hours``, ``website`` and ``checked`` are given only when the source states them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .problems import ContentProblem
from .sourced import FactFields
from .yaml_source import YamlDocument

SOCIAL_SERVICE_FIELDS = ("name", "address", "phone", "email", "hours", "website", "source", "checked")


@dataclass(frozen=True)
class SocialService:
    name: str
    source: str
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    hours: str | None = None
    website: str | None = None
    checked: dt.date | None = None


def parse_social_service(data: Any, document: YamlDocument, today: dt.date) -> tuple[SocialService | None, list[ContentProblem]]:
    if not isinstance(data, dict):
        return None, [ContentProblem.at(document.path, document.line_of(("social_service",)), (
            "'social_service' jābūt laukiem (name, address, phone, email, hours, source), nevis vienam tekstam"))]
    fields = FactFields(document, ("social_service",), data, SOCIAL_SERVICE_FIELDS, "sociālā dienesta aprakstā")
    fields.check_keys()
    name = fields.text("name", required=True, example="Talsu novada Sociālais dienests")
    values = {key: fields.text(key) for key in ("address", "hours")}
    values |= {key: fields.contact(key) for key in ("phone", "email", "website")}
    source = fields.source()
    checked = fields.checked(today)
    if fields.problems or name is None or source is None:
        return None, fields.problems
    return SocialService(name, source, checked=checked, **values), []
