"""When the content of a page last changed, as far as the content itself says (never the build time).

Used for ``<meta name="dcterms.modified">`` in the head, which the sitemap reads as ``<lastmod>``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable


def newest(values: Iterable[dt.date | dt.datetime | None]) -> dt.date | None:
    """The latest day of ``values`` (a datetime counts by its date). Inline, not a function per value: list pages
    ask this of every news item."""
    days = [v.date() if isinstance(v, dt.datetime) else v for v in values if v is not None]
    return max(days) if days else None


def last_changed(item: Any) -> dt.date | None:
    """A news item or page: ``Modified`` or ``Date``; a partner or service: its newest news (or agreement date)."""
    if item is None:
        return None
    own = [getattr(item, "modified", None), getattr(item, "date", None), getattr(item, "agreement_date", None)]
    news = getattr(item, "news", None) or []
    return newest([*own, *(getattr(a, "modified", None) or a.date for a in news)])


def newest_of(articles: Iterable[Any] | None) -> dt.date | None:
    """A list page: the newest of the news it shows."""
    return newest(getattr(a, "modified", None) or a.date for a in (articles or []))
