"""Municipalities over time: ``valid_from``/``valid_to`` and ``merged_into``, checked as one chain.

A municipality merged into another (``merged_into: dienvidkurzemes-novads``) ends on ``valid_to`` (its last
day) and names the public document that states the merger (``merged_source``). The chain must lead somewhere
that exists, never back to itself, with dates in order: the successor must exist by the day after
``valid_to`` and may not end before its predecessor. Problems are reported at their line (content/messages.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from .lv.partial_dates import on_date_lv
from .messages import language, message
from .problems import ContentProblem
from .suggest import did_you_mean
from .records import PartnerRecord
from .yaml_source import YamlDocument


class Linked(Protocol):
    slug: str
    record: PartnerRecord


def chain_problems(partners: dict[str, Linked], documents: dict[str, YamlDocument],
                   invalid: set[str]) -> list[ContentProblem]:
    """Every problem of every partner's dates and ``merged_into``; ``invalid`` slugs have problems of their own."""
    problems: list[ContentProblem] = []
    for slug, partner in partners.items():
        problems += _own_problems(partner, partners, documents[slug], invalid)
    problems += _cycle_problems(partners, documents)
    return problems


def successor_of(partner: Linked, partners: dict[str, Linked]) -> Linked | None:
    """The partner ``merged_into`` names, when it exists and is not the partner itself."""
    target = partner.record.merged_into
    found = partners.get(target) if target else None
    return found if found is not None and found is not partner else None


def _own_problems(partner: Linked, partners: dict[str, Linked], document: YamlDocument,
                  invalid: set[str]) -> list[ContentProblem]:
    record = partner.record
    problems: list[ContentProblem] = []

    def problem(key: str, message: str) -> None:
        problems.append(ContentProblem.at(document.path, document.line_of((key,)), message))

    if record.valid_from and record.valid_to and record.valid_to < record.valid_from:
        problem("valid_to", message("chain.ends_before_start", valid_to=record.valid_to,
                                    valid_from=record.valid_from))
    if record.merged_into is None:
        if record.merged_source is not None:
            problem("merged_source", message("chain.source_without_merge"))
        return problems
    if record.valid_to is None:
        problem("merged_into", message("chain.merge_without_end"))
    if record.merged_source is None:
        problem("merged_into", message("chain.merge_without_source"))
    if record.merged_into == partner.slug:
        problem("merged_into", message("chain.merged_into_itself", slug=partner.slug))
        return problems
    successor = partners.get(record.merged_into)
    if successor is None:
        if record.merged_into not in invalid:
            hint = did_you_mean(record.merged_into, partners, message("chain.check_partner_files"))
            problem("merged_into", message("chain.unknown_successor", slug=record.merged_into, hint=hint))
        return problems
    if successor.record.type is not record.type:
        problem("merged_into", message("chain.other_type", successor=record.merged_into, slug=partner.slug,
                                       successor_type=successor.record.type.value, type=record.type.value))
    if record.valid_to is None:
        return problems
    first_day_after = record.valid_to + dt.timedelta(days=1)
    if successor.record.valid_from and successor.record.valid_from > first_day_after:
        problem("valid_to", message("chain.gap", successor=successor.slug, slug=partner.slug,
                                    successor_from=_on_date(successor.record.valid_from),
                                    valid_to=_on_date(record.valid_to)))
    if successor.record.valid_to and successor.record.valid_to <= record.valid_to:
        problem("valid_to", message("chain.successor_ends_first", successor=successor.slug, slug=partner.slug,
                                    successor_to=_on_date(successor.record.valid_to),
                                    valid_to=_on_date(record.valid_to)))
    return problems


def _on_date(day: dt.date) -> str:
    """A date as the message's language writes it after "on": ``2021. gada 1. jūlijā`` in Latvian, else ISO."""
    return on_date_lv(day) if language() == "lv" else day.isoformat()


def _cycle_problems(partners: dict[str, Linked], documents: dict[str, YamlDocument]) -> list[ContentProblem]:
    """A chain that comes back to where it began (a → b → a), reported at each member's ``merged_into``."""
    problems: list[ContentProblem] = []
    reported: set[str] = set()
    for start in partners:
        path = [start]
        current = successor_of(partners[start], partners)
        while current is not None and current.slug not in path:
            path.append(current.slug)
            current = successor_of(current, partners)
        if current is None or current.slug != start or start in reported:
            continue
        reported.update(path)
        loop = " → ".join(path + [start])
        for slug in path:
            document = documents[slug]
            problems.append(ContentProblem.at(document.path, document.line_of(("merged_into",)),
                                              message("chain.loop", loop=loop)))
    return problems
