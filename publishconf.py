"""Pelican settings for the public build: absolute URLs, no drafts, no future-dated news."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "https://kurzemevisiem.lv").rstrip("/")
FEED_DOMAIN = SITEURL
PREVIEW = False
WITH_FUTURE_DATES = False  # a news item dated in the future stays out until its date
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
PUBLISH_STEPS = True  # after Pelican, on the staging folder: sitemap, robots, bundled + fingerprinted + minified
#                      assets, minified HTML, Pagefind search index, .gz/.br copies (plugin: publish/steps.py)
