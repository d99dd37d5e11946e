"""The metadata lines at the top of a Markdown file, each with its line number.

Follows the rules of Python-Markdown's ``meta`` extension, which Pelican's reader uses: optional
``---`` fence, ``Key: value`` lines, indented continuation lines, ended by a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

META_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
CONTINUATION = re.compile(r"^[ ]{4,}(?P<value>.*)")
FENCE_START = re.compile(r"^-{3}(\s.*)?$")
FENCE_END = re.compile(r"^(-{3}|\.{3})(\s.*)?$")


@dataclass(frozen=True)
class HeaderField:
    key: str  # lower case, as Pelican stores it
    written_key: str  # as the author wrote it
    value: str
    line: int


@dataclass(frozen=True)
class MarkdownHeader:
    path: Path
    fields: dict[str, HeaderField]
    duplicates: tuple[HeaderField, ...]
    body_line: int  # first line after the header

    def value(self, key: str) -> str | None:
        """The field's text; ``None`` when it is absent or left empty (an empty field means "not set")."""
        field = self.fields.get(key)
        return field.value if field and field.value else None

    def line(self, key: str, default: int = 1) -> int:
        field = self.fields.get(key)
        return field.line if field else default


def parse_header(path: Path, text: str) -> MarkdownHeader:
    lines = text.splitlines()
    fields: dict[str, HeaderField] = {}
    duplicates: list[HeaderField] = []
    index = 0
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    if lines and FENCE_START.match(lines[0]):
        index = 1
    last: HeaderField | None = None
    while index < len(lines):
        line = lines[index]
        if line.strip() == "" or (index > 0 and FENCE_END.match(line)):
            index += 1
            break
        meta = META_LINE.match(line)
        if meta:
            field = HeaderField(meta["key"].lower(), meta["key"], meta["value"].strip(), index + 1)
            if field.key in fields:
                duplicates.append(field)
            else:
                fields[field.key] = field
            last = field
        else:
            more = CONTINUATION.match(line)
            if not (more and last):
                break
            joined = HeaderField(last.key, last.written_key, join_lines([last.value, more["value"]]), last.line)
            fields[last.key] = joined
            last = joined
        index += 1
    return MarkdownHeader(path, fields, tuple(duplicates), index + 1)


def join_lines(lines: list[str]) -> str:
    """A field written over several lines (indented continuation lines) as one value: the lines joined by one
    space. The build (``metadata.normalise``) and the check use this same function, so a wrapped ``Title`` or
    ``Summary`` reads the same in ``<title>``, ``<h1>``, the feed and the JSON-LD as in ``make check``."""
    return " ".join(line.strip() for line in lines if line.strip())


def split_list(value: str | None) -> list[str]:
    """``a, b ,c`` → ``['a', 'b', 'c']``; the contract's comma-separated fields."""
    return [item.strip() for item in (value or "").split(",") if item.strip()]
