"""Pelican reads as news and pages only what the check checks."""

from types import SimpleNamespace as O

from pelican.readers import BaseReader, HTMLReader, MarkdownReader, RstReader

from kurzeme_visiem.site.readers import read_only_checked_files


def test_only_md_files_are_read_and_static_files_still_copied():
    # Pelican's own table before readers_init (the plugin may already be registered in this process, so it is not
    # built through Readers() here)
    readers = O(reader_classes={"static": BaseReader, "md": MarkdownReader, "markdown": MarkdownReader,
                                "mkd": MarkdownReader, "mdown": MarkdownReader, "html": HTMLReader, "htm": HTMLReader,
                                "rst": RstReader})
    read_only_checked_files(readers)
    assert readers.reader_classes == {"static": BaseReader, "md": MarkdownReader}
