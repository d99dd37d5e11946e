"""``Partners:`` as the writer sees them: a partner's slug, or its ``short_name`` or ``name`` as written in its
file (spaces and letter case aside). A name two partners share names neither: the writer is asked for the slug.
Suggestions for an unknown partner consider slugs, short names and names (``Ventpils`` → the city,
``ventspils-pilseta``, whose short name is ``Ventspils``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from .suggest import closest


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _names(partner) -> tuple[str, ...]:
    record = partner.record
    return tuple(name for name in (record.short_name, record.name) if name)


class PartnerNames:
    """Every way the partners of one directory may be written in ``Partners:``."""

    def __init__(self, partners: Mapping[str, object]):
        self.partners = partners
        self.by_name: dict[str, set[str]] = defaultdict(set)
        for slug, partner in partners.items():
            for name in _names(partner):
                self.by_name[_key(name)].add(slug)

    def find(self, written: str) -> tuple[str | None, list[str]]:
        """``(slug, [])`` when ``written`` names one partner; ``(None, [slugs])`` when it names several;
        ``(None, [])`` when none."""
        if written in self.partners:
            return written, []
        slugs = sorted(self.by_name.get(_key(written), ()))
        return (slugs[0], []) if len(slugs) == 1 else (None, slugs)

    def suggestion(self, written: str) -> str:
        """``did you mean 'ventspils-pilseta' (Ventspils)?``, or how to find the right name."""
        candidates: dict[str, str] = {}
        for slug, partner in self.partners.items():
            candidates.setdefault(slug, slug)
            for name in _names(partner):
                candidates.setdefault(_key(name), slug)
        match = closest(_key(written), candidates)
        if match is None:
            return "write the file name from content/partners/ (without .yaml) or the partner's name"
        slug = candidates[match]
        return f"did you mean '{slug}' ({self.partners[slug].display_name})?"
