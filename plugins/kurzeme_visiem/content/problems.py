"""Content problems: what is wrong, where (``path:line``), and the error that carries them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .messages import message


@dataclass(frozen=True, order=True)
class ContentProblem:
    """One problem in one content file, reported as ``path:line: message``."""

    path: str
    line: int
    message: str
    warning: bool = False

    @classmethod
    def at(cls, path: Path | str, line: int, message: str, *, warning: bool = False) -> ContentProblem:
        return cls(display_path(path), max(int(line), 1), message, warning)

    def __str__(self) -> str:
        prefix = message("problem.warning") if self.warning else ""
        return f"{self.path}:{self.line}: {prefix}{self.message}"


def display_path(path: Path | str) -> str:
    """The path as the editor sees it: relative to the working directory when it lies below it, on one line.

    The file itself is not resolved (a symlink is shown where it is, not where it points); a newline, tab or other
    control character in a file name is shown escaped (``\\n``), so ``path:line: message`` stays one line.
    """
    path = Path(path)
    try:
        where = path.parent.resolve() / path.name if path.name else path.resolve()
        shown = os.path.relpath(where, Path.cwd()) if where.is_relative_to(Path.cwd()) else str(path)
    except (OSError, ValueError, RuntimeError):
        shown = str(path)
    return one_line(shown)


def one_line(text: str) -> str:
    """Control characters and line separators escaped (``\\n``, ``\\x1b``, ``\\u2028``); other text unchanged."""
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii") for c in text)


def not_utf8(path: Path | str, error: UnicodeDecodeError) -> ContentProblem:
    """Bytes that are not UTF-8, reported at the line they are on (not at line 1)."""
    line = error.object[: error.start].count(b"\n") + 1
    return ContentProblem.at(path, line, message("file.not_utf8", detail=error.reason))


class ContentErrors(Exception):
    """Raised when content breaks the contract; carries every problem found in one run."""

    exitcode = 1

    def __init__(self, problems: list[ContentProblem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def errors_only(problems: list[ContentProblem]) -> list[ContentProblem]:
    return [p for p in problems if not p.warning]


def read_text(path: Path) -> tuple[str | None, list[ContentProblem]]:
    """A content file's text, or None and the problem that stopped reading it (not UTF-8, unreadable)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return None, [not_utf8(path, error)]
    except OSError as error:
        return None, [ContentProblem.at(path, 1, message("file.unreadable", detail=error.strerror))]
    return text, []
