"""Absolute URLs of the site's pages, as feeds and JSON-LD write them."""

from __future__ import annotations


def absolute(siteurl: str, url: str) -> str:
    return f"{siteurl}/{url.lstrip('/')}"
