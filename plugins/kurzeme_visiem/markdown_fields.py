"""Markdown fields of YAML files (descriptions) rendered to HTML with any HTML in them escaped.

News and page bodies are the team's own Markdown and may contain HTML; YAML fields may not.
"""

from __future__ import annotations

from html import escape

from markdown import Markdown


class FieldRenderer:
    """Renders short Markdown fields with the site's Markdown settings."""

    def __init__(self, markdown_settings: dict):
        self._markdown = Markdown(**markdown_settings)

    def render(self, text: str | None) -> str:
        if not text:
            return ""
        self._markdown.reset()
        return self._markdown.convert(escape(text, quote=False))
