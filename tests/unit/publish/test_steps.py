"""The public build's steps run in their order, each on what the previous one left, and the first failure stops them."""

from __future__ import annotations

import pytest

from kurzeme_visiem.publish import steps
from kurzeme_visiem.publish.errors import PublishStepFailed

ORDER = ["write_sitemap_and_robots", "fingerprint_theme", "rewrite_references", "minify_pages", "build_search_index",
         "precompress_site"]


@pytest.fixture
def calls(monkeypatch):
    seen = []
    for name in ORDER:
        monkeypatch.setattr(steps, name, lambda *args, _name=name: seen.append((_name, args)) or [f"{_name}-result"])
    return seen


def test_the_steps_in_order_on_the_staging_folder(calls, tmp_path):
    steps.finish_public_site(tmp_path, {"SITEURL": "https://example.test", "THEME_STATIC_DIR": "tema"}, str.split)
    assert [name for name, _ in calls] == ORDER
    assert calls[0][1] == (tmp_path, "https://example.test")
    assert calls[1][1] == (tmp_path, "tema")
    assert calls[2][1] == (tmp_path, ["fingerprint_theme-result"])  # the references follow the renamed files
    assert calls[4][1] == (tmp_path, str.split)  # the index is built with the stemmer it was given
    assert all(args[0] == tmp_path for _, args in calls)


def test_the_first_failure_stops_the_rest(calls, monkeypatch, tmp_path):
    def fails(site):
        raise PublishStepFailed("minify: x.html does not parse")

    monkeypatch.setattr(steps, "minify_pages", fails)
    with pytest.raises(PublishStepFailed, match="x.html"):
        steps.finish_public_site(tmp_path, {"SITEURL": ""}, str.split)
    assert [name for name, _ in calls] == ORDER[:3]
