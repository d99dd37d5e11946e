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
    """The path as the editor sees it: relative to the working directory when it lies below it."""
    path = Path(path)
    try:
        return os.path.relpath(path.resolve(), Path.cwd()) if path.resolve().is_relative_to(Path.cwd()) else str(path)
    except (OSError, ValueError):
        return str(path)


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
        return None, [ContentProblem.at(path, 1, message("file.not_utf8", detail=error.reason))]
    except OSError as error:
        return None, [ContentProblem.at(path, 1, message("file.unreadable", detail=error.strerror))]
    return text, []
