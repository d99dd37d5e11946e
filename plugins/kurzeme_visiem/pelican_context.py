"""Names in Pelican's context that the plugin reads (shared by site/ and fast_build/, so neither imports the other)."""

from __future__ import annotations

# the context lists of Pelican's news and pages, in every state
CONTENT_KEYS = ("articles", "drafts", "hidden_articles", "pages", "hidden_pages", "draft_pages")

# a setting the one-shot build adds (fast_build/precheck.py): the content check already running in a worker, an
# object whose ``result()`` is its ``ValidatedContent`` (or None: check here); the directory generator takes it out
PRECHECKED_CONTENT = "FAST_BUILD_PRECHECKED_CONTENT"

# a setting the one-shot build (tools/build.py, not the preview) adds: the theme cannot change while it runs, so Jinja
# need not look at every template file's time each time a page includes it (fast_build/writer.py)
ONE_SHOT_BUILD = "FAST_BUILD_ONE_SHOT"
