"""Symbolic links in the content folder: one that leads outside ``content/`` would publish whatever it points at
(``ln -s /etc content/documents/etc`` publishes ``/etc/shadow``), one that leads nowhere breaks the build.

Every entry below ``content/`` is looked at without following links; check and build both run this (the build runs
the whole check first), and the preview rebuilds through the build.
"""

from __future__ import annotations

import os
from pathlib import Path

from .messages import message
from .problems import ContentProblem


def symlink_problems(content_path: Path) -> list[ContentProblem]:
    root = content_path.resolve()
    problems = []
    for folder, folders, files in os.walk(content_path, followlinks=False):
        for name in sorted([*folders, *files]):
            path = Path(folder) / name
            if not path.is_symlink():
                continue
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                problems.append(ContentProblem.at(path, 1, message("file.broken_symlink")))
                continue
            if not target.is_relative_to(root):
                problems.append(ContentProblem.at(path, 1, message("file.symlink_outside", target=target)))
        folders[:] = [name for name in folders if not name.startswith(".")]
    return problems
