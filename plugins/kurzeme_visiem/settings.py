"""Every setting of the plugin, with its default. Each can be set in ``pelicanconf.py``/``publishconf.py``.

Pelican's own settings (``ARTICLE_URL``, ``TIMEZONE``, ...) keep Pelican's defaults and live in the settings files;
this module imports nothing else of the plugin, so every layer may read it.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

# public URL patterns of the directory pages (``{slug}``: the partner's or service's file name)
DEFAULT_URLS = MappingProxyType({
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
    # the project's documents (content/documents/) and the news archive by year
    "DOCUMENTS_URL": "dokumenti/",
    "DOCUMENTS_SAVE_AS": "dokumenti/index.html",
    "NEWS_YEAR_URL": "jaunumi/{year}/",
    "NEWS_YEAR_SAVE_AS": "jaunumi/{year}/index.html",
})

DEFAULTS = MappingProxyType({
    **DEFAULT_URLS,
    # one Atom feed per partner; None or "" writes none (site/feeds.py)
    "PARTNER_FEED_ATOM": "feeds/partneri/{slug}.atom.xml",
    # the speed-ups of fast_build/ (cached Markdown, rendering on all cores, writing only changed files)
    "FAST_BUILD": False,
    # worker processes of FAST_BUILD; 0 or None: one per CPU this process may use (fast_build/forking.py)
    "BUILD_WORKERS": 0,
    # the public build's steps after Pelican: sitemap, assets, minify, search index, precompress (publish/)
    "PUBLISH_STEPS": False,
    # set by tools/build.py for the preview's builds, never in a settings file: render only changed pages,
    # keeping the previous build's files in INCREMENTAL_OUTPUT
    "BUILD_INCREMENTAL": False,
    "INCREMENTAL_OUTPUT": "",
    # responsive images (site/responsive_images.py): widths of the variants, modern formats besides the source's
    # own (AVIF only where Pillow has it), the largest allowed size of one variant, the encoded-variant cache
    "IMAGE_WIDTHS": (480, 800, 1200),
    "IMAGE_FORMATS": ("avif", "webp"),
    "IMAGE_BUDGET_BYTES": 250_000,
    "IMAGE_CACHE": "images",  # below CACHE_PATH; "" or None: no cache
    # the Open Graph picture of pages that have no image of their own (theme/static/images/)
    "OG_DEFAULT_IMAGE": "images/og-default.png",
    # the project's identity in every page's header
    "PROJECT_NUMBER": "9.2.2.1/15/I/004",
    "PROJECT_IMPLEMENTER": "Kurzemes plānošanas reģions",
    # the languages of the site: the default one at /, the others at /<lang>/ (pages with Lang:)
    "SITE_LANGUAGES": ("lv", "en"),
})


def setting(settings: dict, key: str) -> Any:
    """The value of the plugin setting ``key``: from the settings when given there, else its default."""
    return settings.get(key, DEFAULTS[key])
