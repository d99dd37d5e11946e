"""Public URL patterns of the directory pages and the slugs reserved for site sections.

Pelican's own URL settings (``ARTICLE_URL``, ``PAGE_URL``, ...) live in ``pelicanconf.py``; the plugin's
defaults are in ``settings.py``, each overridable by a setting of the same name.
"""

from __future__ import annotations

# directory pages that live among the service pages: their last segment cannot be a service slug
SERVICE_SECTION_URLS = ("AVAILABILITY_URL", "EASY_READ_SERVICES_URL")

RESERVED_PAGE_SLUGS = frozenset(
    {"jaunumi", "partneri", "pakalpojumi", "meklet", "feeds", "theme", "images", "documents", "drafts",
     "melnraksti", "pagefind", "dokumenti", "en"}
)


def last_segment(url: str) -> str:
    """``pakalpojumi/pasvaldibas/`` → ``pasvaldibas``."""
    return url.rstrip("/").rsplit("/", 1)[-1]
