"""The metadata lines at the top of a Markdown file, each with its line number: the one header parser.

The check (``content/news_check.py``), the build's reader (``site/readers.py``), the FAST_BUILD reader and the
preview all read a header with :func:`parse_header`; Python-Markdown's ``meta`` extension is not used (the body is
converted without it), so there is no second reading of a header that could see other fields.

The syntax is the one the ``meta`` extension defined: optional ``---`` fence, ``Key: value`` lines, indented
continuation lines, ended by a blank line. Lines are split as Markdown splits them (only ``\n``, ``\r\n`` and
``\r``; tabs expanded to 4 spaces), not as ``str.splitlines``, which also breaks at U+2028, form feed and the
like. Control characters and such separators in the header are recorded (:attr:`MarkdownHeader.controls`);
:func:`read_header` refuses them (a ``Status: draft`` hidden behind one is never a question of which reading wins).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .messages import message
from .problems import ContentErrors, ContentProblem

META_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
CONTINUATION = re.compile(r"^[ ]{4,}(?P<value>.*)")
FENCE_START = re.compile(r"^-{3}(\s.*)?$")
FENCE_END = re.compile(r"^(-{3}|\.{3})(\s.*)?$")
# C0/C1 controls except tab, DEL, and every separator str.splitlines() would break a line at
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
TAB_LENGTH = 4  # Python-Markdown's default, which Pelican keeps


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
    controls: tuple[tuple[int, str], ...] = ()  # (line, first control character) of header lines that have one

    def value(self, key: str) -> str | None:
        """The field's text; ``None`` when it is absent or left empty (an empty field means "not set")."""
        field = self.fields.get(key)
        return field.value if field and field.value else None

    def line(self, key: str, default: int = 1) -> int:
        field = self.fields.get(key)
        return field.line if field else default


def markdown_lines(text: str) -> list[str]:
    """The lines as Python-Markdown's clean-up makes them (Pelican's reader sees exactly these)."""
    if "\r" not in text and "\t" not in text:  # the usual file: nothing to replace or expand
        return text.split("\n")
    return [line.expandtabs(TAB_LENGTH) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def parse_header(path: Path, text: str) -> MarkdownHeader:
    return _parse_header_lines(path, markdown_lines(text))


def _parse_header_lines(path: Path, lines: list[str]) -> MarkdownHeader:
    lines = list(lines)
    if lines and lines[-1] == "":
        lines.pop()  # the text's final newline does not start another line
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
    controls = tuple((number + 1, found.group()) for number, found in
                     ((n, CONTROL.search(line)) for n, line in enumerate(lines[:index])) if found)
    return MarkdownHeader(path, fields, tuple(duplicates), index + 1, controls)


def control_problems(header: MarkdownHeader) -> list[ContentProblem]:
    """A ``path:line`` error for every header line with a control character or line separator in it."""
    return [ContentProblem.at(header.path, line, message("header.control", code=f"{ord(character):04X}"))
            for line, character in header.controls]


def read_header(path: Path, text: str) -> MarkdownHeader:
    """:func:`parse_header` for the build and the preview: a header with a control character or line separator is
    refused (:class:`ContentErrors`, ``path:line``) instead of read."""
    return _refused_if_controls(parse_header(path, text))


def _refused_if_controls(header: MarkdownHeader) -> MarkdownHeader:
    problems = control_problems(header)
    if problems:
        raise ContentErrors(problems)
    return header


def read_markdown(path: Path) -> tuple[MarkdownHeader, str]:
    """A news item's or page's header (:func:`read_header`: refused with ``path:line`` when it holds a control
    character) and body, the file opened once: what the build's reader and its Markdown workers read of it. The text
    is read as Pelican's ``pelican_open`` reads it (UTF-8 without its BOM, any line ending as ``\\n``)."""
    with open(path, encoding="utf-8-sig") as handle:
        text = handle.read()
    lines = markdown_lines(text)  # split once for the header and the body
    header = _refused_if_controls(_parse_header_lines(Path(path), lines))
    return header, markdown_body(text, header) if text.startswith("\ufeff") else _body_of(lines, header)


def markdown_body(text: str, header: MarkdownHeader) -> str:
    """The text after ``header`` (the lines Markdown converts to the page's HTML), as Markdown's clean-up left them."""
    return _body_of(markdown_lines(text.removeprefix("\ufeff")), header)


def _body_of(lines: list[str], header: MarkdownHeader) -> str:
    return "\n".join(lines[header.body_line - 1:])


def join_lines(lines: list[str]) -> str:
    """A field written over several lines (indented continuation lines) as one value: the lines joined by one
    space. The check and the build's reader read headers with :func:`parse_header`, which joins with this, so a wrapped ``Title`` or
    ``Summary`` reads the same in ``<title>``, ``<h1>``, the feed and the JSON-LD as in ``make check``."""
    return " ".join(line.strip() for line in lines if line.strip())


def split_list(value: str | None) -> list[str]:
    """``a, b ,c`` → ``['a', 'b', 'c']``; the contract's comma-separated fields."""
    return [item.strip() for item in (value or "").split(",") if item.strip()]
