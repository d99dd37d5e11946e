"""Slugs: Latvian titles transliterated to lower-case ASCII with hyphens, as the content contract says."""

from __future__ import annotations

import re
import unicodedata

LATVIAN_TO_ASCII = str.maketrans(
    {
        "ā": "a", "č": "c", "ē": "e", "ģ": "g", "ī": "i", "ķ": "k", "ļ": "l", "ņ": "n", "š": "s", "ū": "u", "ž": "z",
        "ō": "o", "ŗ": "r",
    }
)

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A slug is a folder name in the URL and on disk (255 bytes at most). Titles of real news already give 101
# characters, so 80 would change published URLs; 150 keeps them and keeps file names far from the limit.
MAX_SLUG = 150


def slugify_lv(text: str) -> str:
    """``Tukuma novada dome noslēgusi līgumu`` → ``tukuma-novada-dome-noslegusi-ligumu``.

    Latvian letters follow the contract's table; any other accented letter loses its accent;
    everything that is not a letter or digit becomes a single hyphen.
    """
    lowered = text.lower().translate(LATVIAN_TO_ASCII)
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


def is_slug(text: str) -> bool:
    return bool(SLUG_PATTERN.match(text))


def cap_slug(slug: str, limit: int = MAX_SLUG) -> str:
    """At most ``limit`` characters, cut at a hyphen when there is one in the second half."""
    if len(slug) <= limit:
        return slug
    cut = slug[:limit + 1].rfind("-")
    return slug[:cut] if cut > limit // 2 else slug[:limit].rstrip("-")


def news_slug(title: str, explicit: str | None) -> str:
    """The contract's slug of a news item: ``Slug:`` when given, else the title transliterated (capped)."""
    return explicit.strip() if explicit else cap_slug(slugify_lv(title))
