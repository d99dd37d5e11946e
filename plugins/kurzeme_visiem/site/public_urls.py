"""The URLs pages, feeds and JSON-LD show: one function per kind, so every place writes the same address."""

from __future__ import annotations

from urllib.parse import quote

from ..content.image_files import IMAGES_DIR, image_relative


def absolute(siteurl: str, url: str) -> str:
    """``https://site.lv`` + ``partneri/x/`` → ``https://site.lv/partneri/x/`` (with ``SITEURL = ""``: ``/partneri/x/``)."""
    return f"{siteurl}/{url.lstrip('/')}"


def image_url(siteurl: str, value: str) -> str:
    """The URL of the picture an ``Image:`` value names (``foto.jpg``, ``images/foto.jpg`` or ``/images/foto.jpg``)."""
    return absolute(siteurl, quote(f"{IMAGES_DIR}/{image_relative(value)}"))
