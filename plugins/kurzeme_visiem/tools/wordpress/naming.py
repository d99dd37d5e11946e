"""Titles and slugs of imported items: entities and tags resolved, untitled items named, Latvian slugs."""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import unquote

from ...content.lv.slugs import is_slug, slugify_lv

TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")
UNTITLED_WORDS = 8


def clean_title(raw: str) -> str:
    """``Tukuma novadā &#8211; <em>jauns</em> līgums`` → ``Tukuma novadā – jauns līgums``."""
    text = html.unescape(TAG.sub("", html.unescape(raw)))
    return SPACE.sub(" ", TAG.sub("", text)).strip()


def plain_text(fragment: str) -> str:
    """The words of an HTML fragment, without tags, shortcodes or comments."""
    text = re.sub(r"<!--.*?-->", " ", fragment, flags=re.S)
    text = re.sub(r"\[/?[A-Za-z][\w-]*[^\]]*\]", " ", text)
    return SPACE.sub(" ", html.unescape(TAG.sub(" ", text))).strip()


def first_words(body_html: str, count: int = UNTITLED_WORDS) -> str:
    words = plain_text(body_html).split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def untitled_title(date: dt.datetime | None, body_html: str) -> str:
    """A title for a post without one: its date and first words, e.g. ``2016-05-20: Šodien Tukumā …``."""
    start = first_words(body_html)
    stamp = date.strftime("%Y-%m-%d") if date else "bez datuma"
    return f"{stamp}: {start}" if start else f"Ziņa bez virsraksta, {stamp}"


def wordpress_slug(post_name: str) -> str | None:
    """The WordPress slug when it is already clean (ASCII, lower case, hyphens, not only digits)."""
    name = post_name.strip()
    if name != unquote(name):  # percent-encoded Latvian letters: not clean
        return None
    return name if is_slug(name) and not name.isdigit() else None


def item_slug(title: str, post_name: str) -> str:
    """The contract's slug: WordPress's own where it is clean, else the title transliterated."""
    slug = wordpress_slug(post_name) or slugify_lv(title)
    if not slug:
        return "bez-virsraksta"
    return f"zina-{slug}" if slug.isdigit() else slug


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3`` … when another file already has it."""
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate
