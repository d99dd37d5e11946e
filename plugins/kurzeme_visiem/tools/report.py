"""What ``build``, the preview's rebuilds and ``check`` print: one wording for the three."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .build import BuildFailed, BuildReport


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def print_failure(failed: BuildFailed, headline: str, kept: str) -> None:
    """Every problem, then ``headline: N problems; kept.`` (``kept``: what the reader still has)."""
    for problem in failed.problems:
        print(problem, file=sys.stderr)
    print(f"{headline}: {plural(len(failed.problems), 'problem')}; {kept}.", file=sys.stderr)


def print_success(report: BuildReport, done: str) -> None:
    """Pelican's warnings, then ``done N files ... in S s.`` (``done``: ``Built`` + where, or ``Rebuilt``)."""
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    print(done.format(files=report.files, seconds=report.seconds), flush=True)


def print_check(problems: Sequence) -> int:
    """The content check's problems and counts; the exit code (1 when there is an error)."""
    for problem in problems:
        print(problem, file=sys.stderr)
    errors = sum(not p.warning for p in problems)
    print(f"Content check: {plural(errors, 'error')}, {plural(len(problems) - errors, 'warning')}.",
          file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0
