"""Markdown fields of YAML files (descriptions) rendered to HTML with any raw HTML in them shown as text.

News and page bodies are the team's own Markdown and may contain HTML; YAML fields may not. Python-Markdown's
raw-HTML block and inline handlers are switched off, so ``<script>`` is escaped like any other text while
Markdown's own syntax (``>`` quotes, code spans, autolinks) keeps working.
"""

from __future__ import annotations

from markdown import Markdown

META_STEP = "meta"  # Python-Markdown's name of the meta extension's preprocessor


def markdown_without_meta(markdown_settings: dict) -> Markdown:
    """A converter with the site's Markdown settings but without the ``meta`` step: the text it is given has no
    header (a news body, a Summary, a YAML description), so a first line like ``Adrese: Talsi`` is text, not a
    field to swallow."""
    converter = Markdown(**markdown_settings)
    if META_STEP in converter.preprocessors:
        converter.preprocessors.deregister(META_STEP)
    return converter


class FieldRenderer:
    """Renders short Markdown fields with the site's Markdown settings, raw HTML disabled."""

    def __init__(self, markdown_settings: dict):
        self._markdown = markdown_without_meta(markdown_settings)
        self._markdown.preprocessors.deregister("html_block")
        self._markdown.inlinePatterns.deregister("html")

    def render(self, text: str | None) -> str:
        if not text:
            return ""
        self._markdown.reset()
        return self._markdown.convert(text)
