"""The news archive by year: ``/jaunumi/2019/`` lists that year's published news, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Any, Iterable

ARCHIVE_URL = "jaunumi/{year}/"
ARCHIVE_SAVE_AS = "jaunumi/{year}/index.html"


@dataclass(frozen=True)
class ArchiveYear:
    year: int
    articles: tuple[Any, ...]  # newest first
    url: str
    save_as: str


def archive_years(articles: Iterable[Any], url: str = ARCHIVE_URL, save_as: str = ARCHIVE_SAVE_AS) -> list[ArchiveYear]:
    """One entry per year that has news, newest year first; each year's news newest first."""
    ordered = sorted(articles, key=lambda a: (a.date, a.source_path), reverse=True)
    return [ArchiveYear(year, tuple(items), url.format(year=year), save_as.format(year=year))
            for year, items in groupby(ordered, key=lambda a: a.date.year)]
