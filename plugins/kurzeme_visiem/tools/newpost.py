"""``make newpost TITLE="..."``: a new news item with every contract field, dated now in the site's ``TIMEZONE``, as a draft."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from ..content.lv.slugs import cap_slug, slugify_lv
from ..content.messages import message

TEMPLATE = """\
Title: {title}
Date: {date}
Status: draft
Summary:
Partners:
Services:
Tags:
Image:
Image_alt:
Author:
Author_role:
Author_email:

Pirmā rindkopa: svarīgākais vienā vai divos teikumos. Ja Summary ir tukšs, tā kļūst par kopsavilkumu.

Tālāk ziņas teksts.

<!-- Viegli lasāma versija (nav obligāta): teksta beigās uzrakstiet virsrakstu "## Viegli lasīt" un zem tā
īsus, vienkāršus teikumus, katru savā rindkopā. Lapā tā būs redzama ar pogu "Viegli lasīt". -->
"""


class PostExists(Exception):
    """The news file for this title and date is already there; it is never overwritten."""


def new_post(news_folder: Path, title: str, now: dt.datetime | None = None, *, timezone: str) -> Path:
    """Create the draft; ``timezone`` is the settings' ``TIMEZONE`` (the date is the site's, not the machine's)."""
    title = " ".join(title.split())
    slug = cap_slug(slugify_lv(title))
    if not slug:
        raise ValueError(message("newpost.no_title"))
    now = now or dt.datetime.now(ZoneInfo(timezone))
    path = news_folder / f"{now:%Y-%m-%d}-{slug}.md"
    if path.exists():
        raise PostExists(message("newpost.exists", path=path))
    news_folder.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as file:  # "x": fails rather than overwrite, even in a race
        file.write(TEMPLATE.format(title=title, date=f"{now:%Y-%m-%d %H:%M}"))
    return path
