"""Names in Pelican's context that the plugin reads (shared by site/ and fast_build/, so neither imports the other)."""

from __future__ import annotations

# the context lists of Pelican's news and pages, in every state
CONTENT_KEYS = ("articles", "drafts", "hidden_articles", "pages", "hidden_pages", "draft_pages")
