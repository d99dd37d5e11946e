"""Minified HTML for the public build (``minify-html``), keeping what parsers and tests rely on.

Closing tags, ``<html>``/``<head>`` opening tags and quoted attribute values are kept; comments go.
"""

from __future__ import annotations

from pathlib import Path

import minify_html


def minify_page(html: str) -> str:
    return minify_html.minify(
        html,
        keep_closing_tags=True,
        keep_html_and_head_opening_tags=True,
        minify_css=True,
        minify_js=False,
        minify_doctype=False,
    )


def minify_pages(site: Path, skipped_folders: tuple[str, ...] = ("pagefind",)) -> int:
    count = 0
    for page in sorted(site.rglob("*.html")):
        if page.relative_to(site).parts[0] in skipped_folders:
            continue
        page.write_text(minify_page(page.read_text(encoding="utf-8")), encoding="utf-8")
        count += 1
    return count
