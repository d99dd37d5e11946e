""""Did you mean ...?": the one helper every check uses to point at the closest known name."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable

from .messages import message


def closest(unknown: str, known: Iterable[str]) -> str | None:
    """The known name most like ``unknown`` (difflib's ratio of at least 0.6), or None."""
    found = difflib.get_close_matches(unknown, list(known), n=1)
    return found[0] if found else None


def did_you_mean(unknown: str, known: Iterable[str], otherwise: str = "", shown: Callable[[str], str] = str) -> str:
    """``did you mean 'talsu-novads'?`` for the closest known name; ``otherwise`` when none is close."""
    match = closest(unknown, known)
    return message("hint.did_you_mean", name=shown(match)) if match is not None else otherwise
