"""Pages in two languages: which page is the translation of which, for ``hreflang`` and the language switch.

An English page names its Latvian original with ``Translation_of: <Latvian page slug>``; the link then goes both
ways. Pages without a counterpart switch to the other language's home (``/`` ↔ ``/en/``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..content.messages import message
from ..content.problems import ContentProblem

HOMES = {"lv": "", "en": "en/"}
SWITCH_LABEL = {"lv": "Latviski", "en": "English"}


@dataclass(frozen=True)
class Alternate:
    lang: str
    url: str  # relative to SITEURL, "" for the home


def link_translations(pages: Iterable[Any], default_lang: str = "lv") -> list[ContentProblem]:
    """Give every page ``alternates`` (its own URL first, then the other language's page) and ``switch_to``."""
    pages = list(pages)
    by_slug = {p.slug: p for p in pages if getattr(p, "lang", default_lang) == default_lang}
    problems: list[ContentProblem] = []
    for page in pages:
        page.alternates, page.switch_to = [], None
    for page in pages:
        original_slug = getattr(page, "translation_of", None)
        if not original_slug:
            continue
        original = by_slug.get(original_slug)
        if original is None:
            problems.append(ContentProblem.at(page.source_path, getattr(page, "translation_of_line", 1),
                                              message("page.no_original", slug=original_slug,
                                                      pages=", ".join(sorted(by_slug)))))
            continue
        pair = [Alternate(original.lang, original.url), Alternate(page.lang, page.url)]
        for item, other in ((original, page), (page, original)):
            item.alternates = pair
            item.switch_to = Alternate(other.lang, other.url)
    return problems


def switch_for(item: Any, lang: str) -> Alternate:
    """Where the language switch of a page goes: its translation, else the other language's home."""
    own = getattr(item, "switch_to", None) if item is not None else None
    if own is not None:
        return own
    other = "lv" if lang == "en" else "en"
    return Alternate(other, HOMES[other])
