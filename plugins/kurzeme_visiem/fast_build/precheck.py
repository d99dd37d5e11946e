"""The content check on the second core while Pelican reads the news (``FAST_BUILD``, one-shot builds).

The directory generator checks every content file in ``generate_context``, after Pelican's generators have read
the news: one core's work while the other waits. A one-shot build with two or more workers starts the same check,
``validate_content`` with the same settings, in a forked process before Pelican runs (``start_check``); the
generator takes its result from the settings (``pelican_context.PRECHECKED_CONTENT``) instead of checking again;
the child sends only what the build uses (not the texts: less to copy, less memory).
If the child fails, the generator runs the check itself (so any error is raised in the build, as without this).
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..content.check import ValidatedContent, validate_content
from ..pelican_context import PRECHECKED_CONTENT
from .forking import Background, default_workers, start
from .versions import fast_build_active

logger = logging.getLogger(__name__)


class PendingCheck:
    """The forked check; ``result()`` is the ``ValidatedContent``, or None when the child failed."""

    def __init__(self, background: Background) -> None:
        self._background = background

    def result(self) -> ValidatedContent | None:
        succeeded, value = self._background.result()
        if not succeeded:
            logger.debug("the content check in a worker failed, checking here:\n%s", value)
            return None
        return value

    def cancel(self) -> None:
        self._background.cancel()


def _for_the_build(validated: ValidatedContent) -> ValidatedContent:
    """What a one-shot build uses of the check: not the files' texts and headers (kept for the preview's re-checks
    of single files); sending them would cost a copy of every news text in the build's memory."""
    for item in validated.news_links.values():
        item.markdown = None
    validated.pages = []
    return validated


def start_check(settings: dict) -> None:
    """With FAST_BUILD on a tested Pelican and two or more workers, start checking the content in a child."""
    if not fast_build_active(settings) or default_workers(settings) < 2:
        return
    content = Path(settings["PATH"])
    background = start(lambda: _for_the_build(validate_content(content, settings)))
    if background is not None:
        settings[PRECHECKED_CONTENT] = PendingCheck(background)


def discard_check(settings: dict) -> None:
    """Stop a check nobody took (the build failed before the directory generator ran)."""
    pending = settings.pop(PRECHECKED_CONTENT, None)
    if pending is not None:
        pending.cancel()
