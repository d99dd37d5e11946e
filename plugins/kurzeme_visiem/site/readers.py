"""Pelican reads as news and pages exactly the files the content check checks (``content/sources.py``)."""

from __future__ import annotations

from ..content.sources import SOURCE_EXTENSIONS


STATIC = "static"  # Pelican's reader of static files (images, documents), not an extension


def read_only_checked_files(readers) -> None:
    """``readers_init``: drop Pelican's readers for ``.markdown``, ``.mkd``, ``.html``, ``.rst``, ... ."""
    for extension in list(readers.reader_classes):
        if extension not in SOURCE_EXTENSIONS and extension != STATIC:
            del readers.reader_classes[extension]
