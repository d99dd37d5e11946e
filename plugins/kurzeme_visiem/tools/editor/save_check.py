"""Check a save before it is written: the same content check as ``make check``, run on a copy of ``content/``
with the save applied. A save that adds errors is refused and nothing is written (the editor shows the problems);
errors that were there before the save do not block it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from ...content.problems import ContentProblem, errors_only

Checker = Callable[[Path], list[ContentProblem]]


def check_with_settings(settings: dict) -> Checker:
    """The ``make check`` check, with the preview's Pelican settings and another content folder."""
    from ...content.check import validate_content

    def check(content: Path) -> list[ContentProblem]:
        return validate_content(content, {**settings, "PATH": str(content)}).problems

    return check


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system: copy
        shutil.copy2(source, target)


def _shown(problem: ContentProblem, stage: Path) -> tuple[str, str]:
    """``(content/news/x.md, message)``: the staged copy's path shown as the writer knows it."""
    path = Path(problem.path)
    try:
        shown = "content/" + path.resolve().relative_to(stage.resolve()).as_posix()
    except ValueError:
        shown = problem.path
    return shown, problem.message


def new_errors(root: Path, writes: Mapping[str, bytes | None], check: Checker) -> list[str]:
    """``path:line: message`` for each error the save would add. ``writes``: relative path → new bytes, or
    ``None`` to delete. The real ``content/`` is not touched."""
    with tempfile.TemporaryDirectory(prefix="kurzeme-editor-check-") as folder:
        before_stage = Path(folder) / "before"
        after_stage = Path(folder) / "content"
        shutil.copytree(root, before_stage, copy_function=_link_or_copy, symlinks=True)
        shutil.copytree(root, after_stage, copy_function=_link_or_copy, symlinks=True)
        for relative, data in writes.items():
            target = after_stage / relative
            if target.exists() or target.is_symlink():
                target.unlink()  # a hard link: never write through it into content/
            if data is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        before = {_shown(p, before_stage) for p in errors_only(check(before_stage))}
        after = errors_only(check(after_stage))
        added = [p for p in sorted(after) if _shown(p, after_stage) not in before]
        return [f"{_shown(p, after_stage)[0]}:{p.line}: {p.message}" for p in added]
