"""The preview's dependency keys and the state of the previous build (fast_build/incremental.py)."""

from __future__ import annotations

from types import SimpleNamespace as O

import pytest

from kurzeme_visiem.fast_build import incremental


def item(path, title="A", body="Teksts.", status="published", summary="Īsi."):
    path.write_text(f"Title: {title}\n\n{body}\n", encoding="utf-8")
    return O(source_path=str(path), url="jaunumi/a/", save_as="jaunumi/a/index.html", summary=summary, status=status,
             scheduled=False, template="article", metadata={"title": title, "content": body})


def test_a_page_key_follows_its_source_and_state(tmp_path):
    key = incremental.page_key(item(tmp_path / "a.md"))
    assert incremental.page_key(item(tmp_path / "a.md")) == key
    assert incremental.page_key(item(tmp_path / "a.md", body="Cits teksts.")) != key
    assert incremental.page_key(item(tmp_path / "a.md", status="draft")) != key


def test_the_listing_key_ignores_the_body_but_not_the_title(tmp_path):
    def listing(**values):
        return incremental.listing_key({"articles": [item(tmp_path / "a.md", **values)]})

    assert listing(body="Cits teksts.") == listing()
    assert listing(title="B") != listing()
    assert listing(summary="Cits.") != listing()


def test_the_site_key_follows_settings_shared_files_and_urls(tmp_path):
    (tmp_path / "theme").mkdir()
    (tmp_path / "theme" / "base.html").write_text("x")
    (tmp_path / "content" / "news").mkdir(parents=True)
    (tmp_path / "content" / "glossary.yaml").write_text("DI: a\n")
    settings = {"THEME": str(tmp_path / "theme"), "PATH": str(tmp_path / "content"), "ARTICLE_PATHS": ["news"],
                "PAGE_PATHS": [], "OUTPUT_PATH": "/a"}
    news = item(tmp_path / "content" / "news" / "a.md")
    key = incremental.site_key(settings, {"articles": [news]})
    assert incremental.site_key({**settings, "OUTPUT_PATH": "/b"}, {"articles": [news]}) == key  # staging differs
    (tmp_path / "content" / "news" / "a.md").write_text("Title: B\n")
    assert incremental.site_key(settings, {"articles": [news]}) == key  # a news body is not shared
    (tmp_path / "content" / "glossary.yaml").write_text("DI: b\n")
    assert incremental.site_key(settings, {"articles": [news]}) != key
    assert incremental.site_key({**settings, "SITENAME": "X"}, {"articles": [news]}) != key


def test_state_round_trip_and_damaged_state(tmp_path):
    path = tmp_path / "cache" / "state.pickle"
    state = incremental.RenderState("k", {"a": "1"}, {"a": ["a/index.html"]}, {"a/index.html": (1, 2)})
    incremental.save_state(path, state)
    assert incremental.load_state(path) == state
    path.write_bytes(b"not a pickle")
    assert incremental.load_state(path) is None
    assert incremental.load_state(tmp_path / "nav.pickle") is None
    assert incremental.state_file({"CACHE_PATH": "c"}, "output") != incremental.state_file({"CACHE_PATH": "c"}, "other")


@pytest.fixture
def previous(tmp_path):
    output = tmp_path / "output"
    (output / "a").mkdir(parents=True)
    (output / "a" / "index.html").write_text("<p>a</p>")
    path = tmp_path / "state.pickle"
    manifest = {"a/index.html": incremental.stamp(output / "a" / "index.html")}
    incremental.save_state(path, incremental.RenderState("k", manifest=manifest))
    return output, path


def test_the_previous_pages_are_linked_into_staging_when_the_state_matches(previous, tmp_path):
    output, path = previous
    staging = tmp_path / "staging"
    assert incremental.link_previous(output, staging, path) == 1
    assert (staging / "a" / "index.html").stat().st_ino == (output / "a" / "index.html").stat().st_ino


def test_nothing_is_linked_when_the_output_changed_since(previous, tmp_path):
    output, path = previous
    (output / "a" / "index.html").write_text("<p>changed by hand</p>")
    assert incremental.link_previous(output, tmp_path / "staging", path) == 0
    assert not (tmp_path / "staging" / "a").exists()
