"""Markdown fields of YAML files (descriptions) rendered to HTML with any raw HTML in them shown as text.

News and page bodies are the team's own Markdown and may contain HTML; YAML fields may not. Python-Markdown's
raw-HTML block and inline handlers are switched off, so ``<script>`` is escaped like any other text while
Markdown's own syntax (``>`` quotes, code spans, autolinks) keeps working.
"""

from __future__ import annotations

from markdown import Markdown


class FieldRenderer:
    """Renders short Markdown fields with the site's Markdown settings, raw HTML disabled."""

    def __init__(self, markdown_settings: dict):
        self._markdown = Markdown(**markdown_settings)
        self._markdown.preprocessors.deregister("html_block")
        self._markdown.inlinePatterns.deregister("html")

    def render(self, text: str | None) -> str:
        if not text:
            return ""
        self._markdown.reset()
        return self._markdown.convert(text)
