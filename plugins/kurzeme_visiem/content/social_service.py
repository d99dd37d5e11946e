"""A municipality's social service (sociālais dienests): whom to call, with the source of every contact.

``social_service:`` in a partner file is a mapping: ``name`` and ``source`` are required; ``address``, ``phone``,
``email``, ``hours``, ``website`` and ``checked`` are given only when the source states them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .messages import message
from .problems import ContentProblem
from .records import ContactDetails, Text
from .sourced import FactFields
from .yaml_source import YamlDocument


class SocialService(ContactDetails):
    """Whom to call, as the source states it; address, phone, e-mail and website are declared and checked once,
    for the partner's own fields and for this block alike (``records.ContactDetails``)."""

    name: Text
    hours: Text | None = None
    source: Text
    checked: dt.date | None = None


# In the order a writer fills them in (the "allowed fields" hint lists them so); the test keeps it equal to the model's.
SOCIAL_SERVICE_FIELDS = ("name", "address", "phone", "email", "hours", "website", "source", "checked")


def parse_social_service(data: Any, document: YamlDocument, today: dt.date) -> tuple[SocialService | None, list[ContentProblem]]:
    if not isinstance(data, dict):
        return None, [ContentProblem.at(document.path, document.line_of(("social_service",)), message("social_service.shape"))]
    fields = FactFields(document, ("social_service",), data, SOCIAL_SERVICE_FIELDS, message("fact.in_social_service"))
    fields.check_keys()
    name = fields.text("name", required=True, example="Talsu novada Sociālais dienests")
    values = {key: fields.text(key) for key in ("address", "hours")}
    values |= {key: fields.contact(key) for key in ("phone", "email", "website")}
    source = fields.source()
    checked = fields.checked(today)
    if fields.problems or name is None or source is None:
        return None, fields.problems
    return SocialService(name=name, source=source, checked=checked, **values), []
