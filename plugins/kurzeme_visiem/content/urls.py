"""Public URL patterns of the directory pages and the slugs reserved for site sections.

Pelican's own URL settings (``ARTICLE_URL``, ``PAGE_URL``, ...) live in ``pelicanconf.py``; these are the
plugin's defaults, each overridable by a setting of the same name.
"""

from __future__ import annotations

DEFAULT_URLS = {
    "PARTNER_URL": "partneri/{slug}/",
    "PARTNER_SAVE_AS": "partneri/{slug}/index.html",
    "PARTNERS_INDEX_URL": "partneri/",
    "PARTNERS_INDEX_SAVE_AS": "partneri/index.html",
    "SERVICE_URL": "pakalpojumi/{slug}/",
    "SERVICE_SAVE_AS": "pakalpojumi/{slug}/index.html",
    "SERVICES_INDEX_URL": "pakalpojumi/",
    "SERVICES_INDEX_SAVE_AS": "pakalpojumi/index.html",
    "AVAILABILITY_URL": "pakalpojumi/pasvaldibas/",
    "AVAILABILITY_SAVE_AS": "pakalpojumi/pasvaldibas/index.html",
    "EASY_READ_SERVICES_URL": "pakalpojumi/viegli-lasit/",
    "EASY_READ_SERVICES_SAVE_AS": "pakalpojumi/viegli-lasit/index.html",
}

# directory pages that live among the service pages: their last segment cannot be a service slug
SERVICE_SECTION_URLS = ("AVAILABILITY_URL", "EASY_READ_SERVICES_URL")

RESERVED_PAGE_SLUGS = frozenset(
    {"jaunumi", "partneri", "pakalpojumi", "meklet", "feeds", "theme", "images", "documents", "drafts",
     "melnraksti", "pagefind"}
)


def url_setting(settings: dict, key: str) -> str:
    return settings.get(key, DEFAULT_URLS[key])


def last_segment(url: str) -> str:
    """``pakalpojumi/pasvaldibas/`` → ``pasvaldibas``."""
    return url.rstrip("/").rsplit("/", 1)[-1]
