"""Pelican reads as news and pages only what the check checks."""

from pelican import signals
from pelican.readers import Readers
from pelican.settings import DEFAULT_CONFIG

from kurzeme_visiem.site.readers import read_only_checked_files


def test_only_md_files_are_read_and_static_files_still_copied():
    assert {"md", "markdown", "html", "rst"} <= set(Readers(dict(DEFAULT_CONFIG)).extensions)  # stock Pelican
    signals.readers_init.connect(read_only_checked_files)
    try:
        readers = Readers(dict(DEFAULT_CONFIG))
    finally:
        signals.readers_init.disconnect(read_only_checked_files)
    assert set(readers.extensions) == {"md", "static"}
