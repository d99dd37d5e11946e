"""On a Pelican version the speed-ups were not tested with: one warning, then the stock behaviour."""

from __future__ import annotations

import logging

import pelican
import pytest

from kurzeme_visiem.fast_build import versions
from kurzeme_visiem.fast_build.reader import CachedBodies, use_fast_reader
from kurzeme_visiem.fast_build.writer import ParallelWriter, fast_writer
from kurzeme_visiem.site.readers import MarkdownReader


@pytest.fixture(autouse=True)
def fresh_check():
    versions._tested.cache_clear()
    yield
    versions._tested.cache_clear()


class Readers:
    def __init__(self, settings):
        self.settings = settings
        self.reader_classes = {"md": MarkdownReader}  # after site/readers.use_site_readers


class FakePelican:
    settings = {"FAST_BUILD": True}


def test_the_installed_versions_are_the_tested_ones():
    assert pelican.__version__ in versions.TESTED_PELICAN
    assert versions.fast_build_active({"FAST_BUILD": True})
    assert not versions.fast_build_active({"FAST_BUILD": False}) and not versions.fast_build_active({})


def test_tested_pelican_gets_the_fast_reader_and_writer():
    readers = Readers({"FAST_BUILD": True})
    use_fast_reader(readers)
    [fast] = readers.reader_classes.values()
    assert issubclass(fast, CachedBodies) and issubclass(fast, MarkdownReader) and fast.__name__ == "MarkdownReader"
    assert fast_writer(FakePelican()) is ParallelWriter


def test_untested_pelican_warns_once_and_keeps_the_stock_reader_and_writer(monkeypatch, caplog):
    monkeypatch.setattr(pelican, "__version__", "99.0.0")
    with caplog.at_level(logging.WARNING):
        for _ in range(3):  # the preview runs many builds in one process
            readers = Readers({"FAST_BUILD": True})
            use_fast_reader(readers)
            assert set(readers.reader_classes.values()) == {MarkdownReader}
            assert fast_writer(FakePelican()) is None
            assert not versions.fast_build_active({"FAST_BUILD": True})
    warnings = [r.getMessage() for r in caplog.records if r.name == versions.__name__]
    assert warnings == ["pelican 99.0.0 is not a version the FAST_BUILD speed-ups were tested with (4.12.0): "
                        "using its stock reader and writer"]
