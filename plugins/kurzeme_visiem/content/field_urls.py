"""Links and image sources in Markdown fields (YAML ``description``/``easy_read``, a news item's ``Summary``):
only ``http(s):``, ``mailto:``, ``tel:`` and site-relative URLs. A ``javascript:`` link or a ``data:`` image
would be live in the page and in the feeds, blocked at best by the server's CSP.

The field is rendered as the site renders it (Python-Markdown, raw HTML off), and every ``href``/``src`` in the
result is read back with the entities decoded and the characters browsers ignore (tabs, newlines, controls,
spaces at the ends) removed, so ``jav&#x61;script:`` or ``java\\tscript:`` are caught too.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from markdown import Markdown

from .messages import message
from .problems import ContentProblem

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f]")
MARKDOWN_FIELDS = ("description", "easy_read")


class _Targets(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.found += [value or "" for name, value in attrs if name in ("href", "src", "srcset", "action", "formaction")]


def link_targets(text: str) -> list[str]:
    """Every link target and image source the field's Markdown turns into."""
    converter = Markdown()
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    parser = _Targets()
    parser.feed(converter.convert(text))
    return parser.found


def unsafe_targets(text: str) -> list[str]:
    if ":" not in text and "&" not in text:
        return []  # no scheme without a colon, written or as an entity: no need to render the field
    unsafe = []
    for target in link_targets(text):
        scheme = SCHEME.match(IGNORED_BY_BROWSERS.sub("", target).lower())
        if scheme and scheme.group(1) not in SAFE_SCHEMES:
            unsafe.append(target)
    return unsafe


def field_url_problems(path: Path, line: int, field: str, text: str | None) -> list[ContentProblem]:
    return [ContentProblem.at(path, line, message("field.unsafe_link", field=field, target=_short(target)))
            for target in unsafe_targets(text or "")]


def _short(target: str) -> str:
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in target)
    return shown if len(shown) <= 60 else shown[:57] + "..."
