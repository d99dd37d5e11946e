"""What ``build``, the preview's rebuilds and ``check`` print: one wording for the three, from the message
catalogue (``content/messages.py``: Latvian, or English with ``KV_LANG=en``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..content.messages import counted, message
from .build import BuildFailed, BuildReport


def print_failure(failed: BuildFailed, headline: str, **fields: object) -> None:
    """Every problem, then the ``headline`` message with the count of problems (``{problems}``) and ``fields``."""
    for problem in failed.problems:
        print(problem, file=sys.stderr)
    print(message(headline, problems=counted("count.problems", len(failed.problems)), **fields), file=sys.stderr)


def print_success(report: BuildReport, done: str, **fields: object) -> None:
    """Pelican's warnings, then the ``done`` message with the count of files and the seconds."""
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    print(message(done, count=report.files, seconds=f"{report.seconds:.2f}", **fields), flush=True)


def print_check(problems: Sequence) -> int:
    """The content check's problems and counts; the exit code (1 when there is an error)."""
    for problem in problems:
        print(problem, file=sys.stderr)
    errors = sum(not p.warning for p in problems)
    print(message("check.done", errors=counted("count.errors", errors),
                  warnings=counted("count.warnings", len(problems) - errors)),
          file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0
