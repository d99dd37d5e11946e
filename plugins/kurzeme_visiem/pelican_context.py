"""What the plugin reads of a Pelican run: the names in its context, and what it logs (shared by fast_build/ and
tools/, so neither copies the other)."""

from __future__ import annotations

import logging

# the context lists of Pelican's news and pages, in every state
CONTENT_KEYS = ("articles", "drafts", "hidden_articles", "pages", "hidden_pages", "draft_pages")

# a setting the one-shot build adds (fast_build/precheck.py): the content check already running in a worker, an
# object whose ``result()`` is its ``ValidatedContent`` (or None: check here); the directory generator takes it out
PRECHECKED_CONTENT = "FAST_BUILD_PRECHECKED_CONTENT"

# a setting the one-shot build (tools/build.py, not the preview) adds: the theme cannot change while it runs, so Jinja
# need not look at every template file's time each time a page includes it (fast_build/writer.py)
ONE_SHOT_BUILD = "FAST_BUILD_ONE_SHOT"

class PelicanLog(logging.Handler):
    """Pelican's warnings and errors while the ``with`` block runs, kept to report them after the build instead of
    mid-way: ``errors()`` (the build failed) and ``warnings()``, one line each."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> PelicanLog:
        logging.getLogger().addHandler(self)
        return self

    def __exit__(self, kind, value, traceback) -> None:
        logging.getLogger().removeHandler(self)

    def errors(self) -> list[str]:
        return [_describe(r) for r in self.records if r.levelno >= logging.ERROR]

    def warnings(self) -> list[str]:
        return [_describe(r) for r in self.records if r.levelno < logging.ERROR]


def _describe(record: logging.LogRecord) -> str:
    message = record.getMessage().strip()
    if record.exc_info and record.exc_info[1] is not None:
        message += f" ({type(record.exc_info[1]).__name__}: {record.exc_info[1]})"
    return message
