"""News and page source files: which files are read, and each one's metadata lines and text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .markdown_header import MarkdownHeader, parse_header
from .problems import ContentProblem


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


def markdown_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.md") if not any(part.startswith(".") for part in p.relative_to(folder).parts))


def read_source(path: Path) -> tuple[tuple[MarkdownHeader, str] | None, list[ContentProblem]]:
    """The file's metadata lines and its whole text, or the problem that stopped reading it."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return None, [ContentProblem.at(path, 1, f"the file is not UTF-8 text ({error.reason}); save it as UTF-8")]
    except OSError as error:
        return None, [ContentProblem.at(path, 1, f"cannot read the file: {error.strerror}")]
    return (parse_header(path, text), text), []
