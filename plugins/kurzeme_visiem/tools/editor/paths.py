"""Where the editor may read and write: only inside the content folder.

A path from the browser is relative to ``content/`` (``news/x.md``). Refused: absolute paths, ``..``, empty or
hidden segments (``.git``), backslashes, NUL, and anything that a symbolic link would lead outside ``content/``.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath


class PathRefused(ValueError):
    """The browser asked for a path outside ``content/``; nothing is read or written."""


def resolve_inside(root: Path, relative: str) -> Path:
    """The real path of ``relative`` below ``root``; raises :class:`PathRefused` for anything that leaves it."""
    if not isinstance(relative, str) or not relative or "\x00" in relative or "\\" in relative:
        raise PathRefused(f"ceļš nav atļauts: {relative!r}")
    pure = PurePosixPath(relative)
    if pure.is_absolute() or relative.startswith("~"):
        raise PathRefused(f"ceļš nav atļauts (absolūts ceļš): {relative}")
    parts = relative.split("/")
    if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
        raise PathRefused(f"ceļš nav atļauts (.., . vai slēpts fails): {relative}")
    real_root = root.resolve(strict=True)
    candidate = (real_root / pure).resolve(strict=False)  # follows every symbolic link that exists
    if candidate != real_root and not candidate.is_relative_to(real_root):
        raise PathRefused(f"ceļš ved ārpus mapes content/: {relative}")
    return candidate


def relative_name(root: Path, path: Path) -> str:
    """``news/x.md`` for ``<root>/news/x.md``: the form the browser uses."""
    return path.relative_to(root.resolve()).as_posix()
