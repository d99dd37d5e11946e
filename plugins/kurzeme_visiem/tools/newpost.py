"""``make newpost TITLE="..." [DATE=2018-04-27]``: a new news item with every contract field, as a draft, dated
``DATE`` (``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM``) or else now in the site's ``TIMEZONE``; the file name carries
the same date. Each field's format and an example are in a comment at the end (``content/news_template.py``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from ..content.lv.dates import parse_contract_date
from ..content.lv.slugs import cap_slug, slugify_lv
from ..content.messages import message
from ..content.news_template import news_text


class PostExists(Exception):
    """The news file for this title and date is already there; it is never overwritten."""


def new_post(news_folder: Path, title: str, now: dt.datetime | None = None, *, timezone: str,
             date: str | None = None) -> Path:
    """Create the draft; ``timezone`` is the settings' ``TIMEZONE`` (the date is the site's, not the machine's).
    ``date`` as the writer typed it (raises ``BadDate``); it is written as given."""
    title = " ".join(title.split())
    slug = cap_slug(slugify_lv(title))
    if not slug:
        raise ValueError(message("newpost.no_title"))
    if date:
        when = parse_contract_date(date)
        written = " ".join(date.split())
    else:
        when = now or dt.datetime.now(ZoneInfo(timezone))
        written = f"{when:%Y-%m-%d %H:%M}"
    path = news_folder / f"{when:%Y-%m-%d}-{slug}.md"
    if path.exists():
        raise PostExists(message("newpost.exists", path=path))
    news_folder.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as file:  # "x": fails rather than overwrite, even in a race
        file.write(news_text(title, written))
    return path
