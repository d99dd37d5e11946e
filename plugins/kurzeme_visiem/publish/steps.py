"""The steps that turn Pelican's output into the public site, run on the staging folder before it is swapped in.

Order: sitemap and robots (from the pages as written) → bundle, minify and fingerprint theme CSS/JS →
minify HTML → Pagefind index (of the final HTML) → precompress. Any failure raises ``PublishStepFailed`` and
the build tool leaves the previous output untouched. ``PUBLISH_STEPS = True`` (``publishconf.py``) turns them on.
"""

from __future__ import annotations

from pathlib import Path

from .assets import fingerprint_theme, rewrite_references
from .minify import minify_pages
from .precompress import precompress_site
from .search_index import build_search_index
from .search_stems import StemText
from .sitemap import write_sitemap_and_robots



def finish_public_site(site: Path, settings: dict, stem_text: StemText) -> None:
    """Run the steps in order on ``site`` (the staging folder); the first failure raises ``PublishStepFailed``.

    ``stem_text``: the Latvian stemmer the search index is built with (``content.lv.stemmer.stems``).
    """
    write_sitemap_and_robots(site, settings["SITEURL"])
    rewrite_references(site, fingerprint_theme(site, settings.get("THEME_STATIC_DIR", "theme")))
    minify_pages(site)
    build_search_index(site, stem_text)
    precompress_site(site)
