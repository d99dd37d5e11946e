"""The one-shot build's content check in a worker: the same result the directory generator would compute."""

from __future__ import annotations

from pathlib import Path

from pelican.settings import read_settings

from kurzeme_visiem.content.check import validate_content
from kurzeme_visiem.fast_build import precheck
from kurzeme_visiem.pelican_context import PRECHECKED_CONTENT

from unit_helpers import ROOT


def demo_settings(**values) -> dict:
    return read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(ROOT / "content"), "BUILD_WORKERS": 2, **values})


def test_the_forked_check_finds_what_the_check_here_finds_without_the_texts():
    settings = demo_settings()
    precheck.start_check(settings)
    found = settings.pop(PRECHECKED_CONTENT).result()
    expected = validate_content(Path(settings["PATH"]), settings)
    assert [str(p) for p in found.problems] == [str(p) for p in expected.problems]
    assert sorted(found.directory.partners) == sorted(expected.directory.partners)
    assert {path: ([p.slug for p in item.partners], item.slug) for path, item in found.news_links.items()} == \
           {path: ([p.slug for p in item.partners], item.slug) for path, item in expected.news_links.items()}
    assert found.known.urls == expected.known.urls
    assert all(item.markdown is None for item in found.news_links.values()), "no texts sent back"


def test_no_forked_check_with_one_worker_or_without_fast_build():
    for settings in (demo_settings(BUILD_WORKERS=1), demo_settings(FAST_BUILD=False)):
        precheck.start_check(settings)
        assert PRECHECKED_CONTENT not in settings


def test_a_failed_forked_check_means_checking_here(monkeypatch):
    def broken(content, settings):
        raise OSError("disk gone")

    monkeypatch.setattr(precheck, "validate_content", broken)
    settings = demo_settings()
    precheck.start_check(settings)
    assert settings.pop(PRECHECKED_CONTENT).result() is None


def test_an_unclaimed_check_is_stopped():
    settings = demo_settings()
    precheck.start_check(settings)
    pending = settings[PRECHECKED_CONTENT]
    precheck.discard_check(settings)
    assert PRECHECKED_CONTENT not in settings and not pending._background._process.is_alive()
