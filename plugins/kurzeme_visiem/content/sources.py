"""News and page source files: which files are read, and each one's metadata lines and text.

One discovery for the check and for Pelican: a news item or page is a ``*.md`` file, not hidden, below a news or
page folder. The check reports every other file there (Pelican would read ``.markdown``, ``.html``, ``.rst`` or a
hidden file unchecked); the plugin makes Pelican read only ``SOURCE_EXTENSIONS`` (``site/readers.py``), and
``fast_build`` prepares exactly these files.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from .markdown_header import MarkdownHeader, parse_header
from .problems import ContentProblem, read_text

SOURCE_EXTENSIONS = ("md",)
# what editors and file managers leave beside the files they open; neither Pelican nor the check reads these
EDITOR_LEFTOVERS = (".#*", "#*#", "*~", ".*.sw?", ".DS_Store", "Thumbs.db")


@dataclass
class MarkdownSource:
    """One news or page file: its metadata lines, its text and the slug its URL is made of."""

    path: Path
    header: MarkdownHeader
    text: str
    slug: str

    @property
    def status(self) -> str:
        return (self.header.value("status") or "published").lower()

    def body_lines(self):
        """``(line number, text)`` of every line after the metadata."""
        lines = self.text.splitlines()
        return ((number, lines[number - 1]) for number in range(self.header.body_line, len(lines) + 1))


def _files(folder: Path) -> list[Path]:
    """Every file below ``folder`` (hidden ones too; not inside a symbolic link to a folder)."""
    return [p for p in folder.rglob("*") if p.is_file()]


def _is_source(path: Path, depth: int) -> bool:
    """A ``*.md`` file with no hidden part below its folder (``depth``: how many parts the folder's path has)."""
    return path.suffix[1:] in SOURCE_EXTENSIONS and not any(part.startswith(".") for part in path.parts[depth:])


def _in_order(paths) -> list[Path]:
    """Sorted as paths sort (part by part), compared as tuples of text: the same order, in C."""
    return sorted(paths, key=lambda path: path.parts)


def markdown_files(folder: Path) -> list[Path]:
    """The news items or pages below ``folder``: every ``*.md`` file that is not hidden, sorted."""
    if not folder.is_dir():
        return []
    depth = len(folder.parts)
    return _in_order(p for p in _files(folder) if _is_source(p, depth))


def unread_file_problems(folder: Path) -> list[ContentProblem]:
    """An error for every other file below a news or page folder: it would be silently left out, or read unchecked."""
    if not folder.is_dir():
        return []
    depth = len(folder.parts)
    return [
        ContentProblem.at(path, 1, "this file is not a news item or page: only Markdown files ending in .md, not hidden "
                                   f"(no leading dot), are read; rename it to .md or move it out of {folder.name}/")
        for path in _in_order(p for p in _files(folder) if not _is_source(p, depth)
                              and not any(fnmatch(p.name, pattern) for pattern in EDITOR_LEFTOVERS))
    ]


def read_source(path: Path) -> tuple[tuple[MarkdownHeader, str] | None, list[ContentProblem]]:
    """The file's metadata lines and its whole text, or the problem that stopped reading it."""
    text, problems = read_text(path)
    return ((parse_header(path, text), text) if text is not None else None), problems
