"""The partner and service directory: load every YAML file, validate it, link partners and services.

``load_directory`` reads ``partners/``, ``services/`` and ``glossary.yaml`` under the content folder and
returns the linked ``Directory`` with every problem found, all in one pass.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from .availability import ServiceEntry, Status, parse_entries
from .chain import chain_problems, successor_of
from .lv.collation import lv_sort_key
from .messages import message
from .problems import ContentProblem
from .records import PartnerRecord, PartnerType, Region, ServiceRecord, TargetGroup
from .schema_errors import validate_record
from .social_service import SocialService, parse_social_service
from .suggest import did_you_mean
from .lv.slugs import is_slug, slugify_lv
from .field_urls import MARKDOWN_FIELDS, field_url_problems
from .yaml_source import ParsedYaml, YamlDocument, load_yaml

PARTNERS_DIR = "partners"
SERVICES_DIR = "services"
GLOSSARY_FILE = "glossary.yaml"
ABBREVIATION = re.compile(r"^[A-Za-zĀ-ž0-9][A-Za-zĀ-ž0-9.-]*$")
CONTENT_TIMEZONE = ZoneInfo("Europe/Riga")  # the contract's dates are Riga dates


@dataclass(frozen=True, eq=False)
class Offer:
    """One service entry of one partner: where (``partner``), what (``service``) and the sourced facts (``entry``)."""

    partner: Partner
    service: Service
    entry: ServiceEntry

    @property
    def status(self) -> Status | None:
        return self.entry.status


@dataclass(eq=False)
class Service:
    """A community-based service type, with the partners that offer it and the news that name it."""

    slug: str
    source: Path
    record: ServiceRecord
    partners: list[Partner] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)
    news: list[Any] = field(default_factory=list)
    url: str = ""
    save_as: str = ""
    description_html: str = ""
    easy_read_html: str = ""

    def offers_with(self, status: Status | None) -> list[Offer]:
        """Entries of this service with ``status`` (``None``: status unknown), by partner name."""
        return [offer for offer in self.offers if offer.status is status]

    def __getattr__(self, name: str) -> Any:  # the record's fields: name, summary, target_groups, description
        if name == "record":
            raise AttributeError(name)
        return getattr(self.record, name)


@dataclass(eq=False)
class Partner:
    """A partner organisation, linked to its parent or branches, its services and the news that name it."""

    slug: str
    source: Path
    record: PartnerRecord
    parent: Partner | None = None
    branches: list[Partner] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)  # each service once, whatever its entries
    offers: list[Offer] = field(default_factory=list)  # every entry of ``services:``, in file order
    social_service: SocialService | None = None
    successor: Partner | None = None  # the partner it was merged into
    predecessors: list[Partner] = field(default_factory=list)  # the partners merged into it
    news: list[Any] = field(default_factory=list)
    url: str = ""
    save_as: str = ""
    description_html: str = ""

    def __getattr__(self, name: str) -> Any:  # the record's fields: name, type, region, phone, contacts, ...
        if name == "record":
            raise AttributeError(name)
        return getattr(self.record, name)

    @property
    def display_name(self) -> str:
        return self.record.short_name or self.record.name

    @property
    def is_current(self) -> bool:
        """Not ended (no ``valid_to``): the municipality or organisation as it is today."""
        return self.record.valid_to is None

    @property
    def merged_on(self) -> dt.date | None:
        """The first day it was part of its successor (the day after ``valid_to``)."""
        if self.successor is None or self.record.valid_to is None:
            return None
        return self.record.valid_to + dt.timedelta(days=1)

    @property
    def current(self) -> Partner:
        """The partner as it is today: itself, or the end of its ``merged_into`` chain."""
        seen = {self.slug}
        found = self
        while found.successor is not None and found.successor.slug not in seen:
            found = found.successor
            seen.add(found.slug)
        return found

    def all_predecessors(self) -> list[Partner]:
        """Every partner merged into this one, directly or through others, by name."""
        found: dict[str, Partner] = {}
        todo = list(self.predecessors)
        while todo:
            partner = todo.pop()
            if partner.slug not in found and partner is not self:
                found[partner.slug] = partner
                todo += partner.predecessors
        return sorted(found.values(), key=lambda p: lv_sort_key(p.display_name))

    def all_offers(self) -> list[Offer]:
        """Its own entries and those of every partner merged into it (a site keeps its place after a merger)."""
        return self.offers + [offer for partner in self.all_predecessors() for offer in partner.offers]

    def offers_with(self, status: Status | None) -> list[Offer]:
        """Own and inherited entries with ``status`` (``None``: status unknown), by service name."""
        found = [offer for offer in self.all_offers() if offer.status is status]
        return sorted(found, key=lambda o: lv_sort_key(o.service.record.name))


@dataclass
class Directory:
    partners: dict[str, Partner] = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)
    glossary: dict[str, str] = field(default_factory=dict)
    # slugs whose file exists but has problems of its own: references to them are not reported again
    invalid_partner_slugs: set[str] = field(default_factory=set)
    invalid_service_slugs: set[str] = field(default_factory=set)

    def partners_of_type(self, kind: PartnerType, region: Region | None = None) -> list[Partner]:
        found = [
            p for p in self.partners.values()
            if p.record.type is kind and (region is None or p.record.region is region)
        ]
        return sorted(found, key=lambda p: lv_sort_key(p.display_name))

    def current_municipalities(self, region: Region | None = None) -> list[Partner]:
        """Municipalities as they are today (no ``valid_to``), by name."""
        return [p for p in self.partners_of_type(PartnerType.MUNICIPALITY, region) if p.is_current]

    def former_municipalities(self) -> list[Partner]:
        """Municipalities that ended (merged in the 2021 reform), by name; ``.current`` is where they are now."""
        return [p for p in self.partners_of_type(PartnerType.MUNICIPALITY) if not p.is_current]

    def services_for(self, group: TargetGroup) -> list[Service]:
        return sorted(
            (s for s in self.services.values() if group in s.record.target_groups),
            key=lambda s: lv_sort_key(s.record.name),
        )

    def sorted_services(self) -> list[Service]:
        return sorted(self.services.values(), key=lambda s: lv_sort_key(s.record.name))


def suggest(unknown: str, known: Iterable[str]) -> str:
    """The hint after an unknown partner or service slug."""
    return did_you_mean(unknown, known, message("hint.check_spelling"))


def riga_today() -> dt.date:
    return dt.datetime.now(CONTENT_TIMEZONE).date()


def load_directory(content_path: Path, today: dt.date | None = None,
                   parsed: ParsedYaml | None = None) -> tuple[Directory, list[ContentProblem]]:
    """``today`` (default: today in Riga) is the day a ``since`` or ``checked`` may not lie after; ``parsed``: the
    partner and service files parsed before, reused while unchanged."""
    today = today or riga_today()
    load = parsed.load if parsed is not None else load_yaml
    directory = Directory()
    problems: list[ContentProblem] = []
    partner_docs: dict[str, YamlDocument] = {}

    for slug, document, found in _load_folder(content_path / PARTNERS_DIR, PartnerRecord, problems, directory.invalid_partner_slugs, load):
        directory.partners[slug] = Partner(slug, document.path, found)
        partner_docs[slug] = document
    service_docs: dict[str, YamlDocument] = {}
    for slug, document, found in _load_folder(content_path / SERVICES_DIR, ServiceRecord, problems, directory.invalid_service_slugs, load):
        directory.services[slug] = Service(slug, document.path, found)
        service_docs[slug] = document

    for slug, partner in directory.partners.items():
        problems += _link_partner(partner, partner_docs[slug], directory, today)
    problems += chain_problems(directory.partners, partner_docs, directory.invalid_partner_slugs)
    _link_chain(directory)
    for service in directory.services.values():
        service.partners.sort(key=lambda p: lv_sort_key(p.display_name))
        service.offers.sort(key=lambda o: lv_sort_key(o.partner.current.display_name))
    for partner in directory.partners.values():
        partner.branches.sort(key=lambda p: lv_sort_key(p.display_name))

    directory.glossary, glossary_problems = _load_glossary(content_path / GLOSSARY_FILE)
    problems += glossary_problems
    return directory, problems


def _load_folder(folder: Path, model, problems: list[ContentProblem], invalid: set[str], load=load_yaml):
    """Yield ``(slug, document, record)`` for each valid file; add the problems of the others to ``problems``
    and their slugs to ``invalid``."""
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.suffix != ".yaml":
            problems.append(ContentProblem.at(path, 1, message("yaml.not_yaml", name=path.name, folder=folder.name)))
            continue
        slug = path.stem
        if not is_slug(slug):
            suggestion = slugify_lv(slug) or "organisation-name"
            problems.append(
                ContentProblem.at(path, 1, message("yaml.name_not_slug", name=path.name, suggestion=suggestion))
            )
            continue
        document, load_problems = load(path)
        problems += load_problems
        found, record_problems = validate_record(model, document) if document is not None else (None, [])
        problems += record_problems
        if document is not None and isinstance(document.data, dict):
            for key in MARKDOWN_FIELDS:
                if isinstance(document.data.get(key), str):
                    problems += field_url_problems(path, document.line_of((key,)), key, document.data[key])
        if found is None or load_problems:
            invalid.add(slug)
        else:
            yield slug, document, found


def _link_chain(directory: Directory) -> None:
    """Each partner's successor and predecessors (a chain with problems links only what is sound)."""
    for partner in directory.partners.values():
        successor = successor_of(partner, directory.partners)
        if successor is not None:
            partner.successor = successor
            successor.predecessors.append(partner)
    for partner in directory.partners.values():
        partner.predecessors.sort(key=lambda p: lv_sort_key(p.display_name))


def _link_partner(partner: Partner, document: YamlDocument, directory: Directory, today: dt.date) -> list[ContentProblem]:
    record = partner.record
    problems: list[ContentProblem] = []

    def problem(key_path: tuple, message: str) -> None:
        problems.append(ContentProblem.at(document.path, document.line_of(key_path), message))

    if record.type is PartnerType.MUNICIPALITY and record.region is None:
        problem(("type",), message("partner.region_missing"))
    if record.type is not PartnerType.MUNICIPALITY and record.region is not None:
        problem(("region",), message("partner.region_only_municipality", type=record.type.value))
    if record.type is PartnerType.CARE_CENTRE_BRANCH and record.parent is None:
        problem(("type",), message("partner.parent_missing"))
    if record.type is not PartnerType.CARE_CENTRE_BRANCH and record.parent is not None:
        problem(("parent",), message("partner.parent_only_branch", type=record.type.value))
    elif record.parent is not None:
        parent = directory.partners.get(record.parent)
        if record.parent in directory.invalid_partner_slugs:
            pass  # its own file's problems are reported
        elif parent is None:
            problem(("parent",), message("partner.unknown_parent", parent=record.parent, hint=suggest(record.parent, directory.partners)))
        elif parent.record.type is not PartnerType.STATE_CARE_CENTRE:
            problem(("parent",), message("partner.parent_not_centre", parent=record.parent, type=parent.record.type.value))
        else:
            partner.parent = parent
            parent.branches.append(partner)

    if record.location_source is not None and record.location is None:
        problem(("location_source",), message("partner.location_source_only_with_location"))

    if record.social_service is not None:
        partner.social_service, social_problems = parse_social_service(record.social_service, document, today)
        problems += social_problems

    entries, entry_problems = parse_entries(record.services, document, today)
    problems += entry_problems
    bare: set[str] = set()
    for entry in entries:
        slug = entry.service
        service = directory.services.get(slug)
        if slug in directory.invalid_service_slugs:
            continue  # its own file's problems are reported
        if service is None:
            problems.append(ContentProblem.at(document.path, entry.line, message("partner.unknown_service", slug=slug, hint=suggest(slug, directory.services))))
            continue
        if entry.status is None and slug in bare:
            problems.append(ContentProblem.at(document.path, entry.line, message("partner.service_twice", slug=slug)))
            continue
        if entry.status is None:
            bare.add(slug)
        offer = Offer(partner, service, entry)
        partner.offers.append(offer)
        service.offers.append(offer)
        if service not in partner.services:
            partner.services.append(service)
            service.partners.append(partner)
    partner.services.sort(key=lambda s: lv_sort_key(s.record.name))
    return problems


def _load_glossary(path: Path) -> tuple[dict[str, str], list[ContentProblem]]:
    if not path.exists():
        return {}, []
    document, problems = load_yaml(path, all_text=True)  # ON, NO, 1.0 are abbreviations, not yes/no/numbers
    if document is None:
        return {}, problems
    if document.data is None:
        return {}, problems
    if not isinstance(document.data, dict):
        return {}, problems + [ContentProblem.at(path, 1, message("glossary.shape"))]
    glossary: dict[str, str] = {}
    for key, value in document.data.items():
        line = document.line_of((str(key),))
        if not isinstance(key, str) or not ABBREVIATION.match(key):
            problems.append(ContentProblem.at(path, line, message("glossary.not_abbreviation", key=key)))
        elif not isinstance(value, str) or not value.strip():
            problems.append(ContentProblem.at(path, line, message("glossary.no_expansion", key=key)))
        else:
            glossary[key] = value.strip()
    return glossary, problems
