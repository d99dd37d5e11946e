"""The schema of partner and service files: what each field may hold, as the content contract says.

Records hold one file's validated fields; linking records to each other is ``directory``'s job.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator

from .contact_values import contact_problem
from .lv.dates import BadDate, parse_contract_date
from .messages import message
from .sourced import source_problem


class PartnerType(str, Enum):
    MUNICIPALITY = "municipality"
    STATE_CARE_CENTRE = "state-care-centre"
    CARE_CENTRE_BRANCH = "care-centre-branch"
    CHILDREN_HOME = "children-home"


class Region(str, Enum):
    KURZEME = "kurzeme"
    OTHER = "other"


class TargetGroup(str, Enum):
    CHILDREN_FT = "children-ft"
    ADULTS_GRT = "adults-grt"
    CHILDREN_IN_CARE = "children-in-care"
    FAMILIES = "families"


LATVIA_LAT = (55.6, 58.1)
LATVIA_LON = (20.9, 28.3)


def _number_as_text(value: object) -> object:
    """A phone written without quotes (``63122238``) arrives as a number: keep it as the text it was."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), Field(strict=True)]
PhoneText = Annotated[Text, BeforeValidator(_number_as_text)]


def _contact_value(value: str | None, info: ValidationInfo) -> str | None:
    """A phone, e-mail or website, checked as everywhere else (``contact_values``)."""
    problem = None if value is None else contact_problem(info.field_name, value)
    if problem:
        raise ValueError(problem)
    return value


class Record(BaseModel):
    # ``defer_build``: each model's validator is made when it first validates, not when this module is imported.
    # The parent of a one-shot FAST_BUILD build never validates (its forked content check does, and sends records
    # back pickled: fast_build/precheck.py), so it no longer pays for building them before Pelican reads.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Contact(Record):
    name: Text
    role: Text | None = None
    phone: PhoneText | None = None
    email: Text | None = None

    _contact = field_validator("phone", "email")(_contact_value)


class Location(Record):
    lat: float
    lon: float

    @field_validator("lat", "lon")
    @classmethod
    def _in_latvia(cls, value: float, info: ValidationInfo) -> float:
        (low, high), what = (LATVIA_LAT, "latitude") if info.field_name == "lat" else (LATVIA_LON, "longitude")
        if not low <= value <= high:
            raise ValueError(message(f"record.{what}", value=value, low=low, high=high))
        return value


class ContactDetails(Record):
    """How an organisation is reached: a partner's own fields, and its social service's (``social_service.py``)."""

    address: Text | None = None
    phone: PhoneText | None = None
    email: Text | None = None
    website: Text | None = None

    _contact = field_validator("phone", "email", "website")(_contact_value)


class PartnerRecord(ContactDetails):
    name: Text
    short_name: Text | None = None
    type: PartnerType
    region: Region | None = None
    parent: Text | None = None
    contact_source: Text | None = None  # the public page that states address, phone, e-mail and website
    contacts: list[Contact] = []
    social_service: Any = None  # a mapping, checked field by field in social_service.py
    # a service slug (status unknown), or a sourced entry checked in availability.py
    services: list[Text | dict[str, Any]] = []
    location: Location | None = None
    location_source: Text | None = None  # the public page that gives the location's coordinates
    agreement_date: dt.date | None = None
    valid_from: dt.date | None = None  # the first day the organisation existed in this form
    valid_to: dt.date | None = None  # the last day (e.g. 2021-06-30 for the municipalities merged on 2021-07-01)
    merged_into: Text | None = None  # the successor's slug; the chain is checked in chain.py
    merged_source: Text | None = None  # the public document that states the merger
    description: Text | None = None

    @field_validator("contact_source", "merged_source", "location_source")
    @classmethod
    def _source_url(cls, value: str | None) -> str | None:
        problem = None if value is None else source_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("agreement_date", "valid_from", "valid_to", mode="before")
    @classmethod
    def _contract_date(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                return parse_contract_date(value, allow_time=False).date()
            except BadDate as error:
                raise ValueError(str(error)) from error
        return value


class ServiceRecord(Record):
    name: Text
    target_groups: Annotated[list[TargetGroup], Field(min_length=1)]
    summary: Text
    description: Text | None = None
    easy_read: Text | None = None  # Markdown: the service in short, easy-to-read sentences ("viegli lasīt")


