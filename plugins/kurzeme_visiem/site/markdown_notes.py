"""Python-Markdown extension: the writer's notes (HTML comments ``<!-- … -->`` on lines of their own) are dropped.

``make newpost`` ends each news item with one comment per field (its format and an example), and the writer's
guide promises that comments are never shown on the site. The public build's HTML minifier removed them from the
pages, but the feeds, the preview and the Summary kept them. Removing them while the Markdown is read keeps them out
of every output at once.

Only a comment that starts a line (at most three spaces in, like any Markdown block) and ends a line is a note;
a comment inside a paragraph, a fenced or an indented code block is left as the writer put it. Registered by its
dotted name in the ``MARKDOWN`` setting (``kurzeme_visiem.site.markdown_notes``).
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

# after fenced code (25) has put code blocks away, before raw HTML blocks (20) are stashed
PRIORITY = 22
# the comment ends at its first "-->" (never reaching past it to a later one), and that ends the line
NOTE = re.compile(r"^[ ]{0,3}<!--(?:(?!-->).)*-->[ \t]*$\n?", re.MULTILINE | re.DOTALL)


def without_notes(text: str) -> str:
    """``text`` without the comments that stand on lines of their own; every other line as it was. (A line that
    starts at most three spaces in cannot be inside an indented code block, and fenced code is already put away.)"""
    return NOTE.sub("", text)


class _NotesPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "<!--" not in text:  # no note (nor any comment): nothing for the regex to find
            return lines
        kept = without_notes(text)
        return lines if kept == text else kept.split("\n")


class WriterNotesExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(_NotesPreprocessor(md), "kv_writer_notes", PRIORITY)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    return WriterNotesExtension(**kwargs)
