"""manifest (what the import wrote) and redirects (old addresses appended to redirects.yaml)."""

from __future__ import annotations

import pytest

from kurzeme_visiem.tools.wordpress.manifest import Manifest, ManifestError, Outcome
from kurzeme_visiem.tools.wordpress.redirects import (
    Redirect, RedirectsFileError, existing_redirects, merge, old_paths,
)


def test_manifest_decisions(tmp_path):
    manifest = Manifest()
    assert manifest.decide(tmp_path, "news/a.md", b"A") is Outcome.CREATED
    (tmp_path / "news").mkdir()
    (tmp_path / "news/a.md").write_bytes(b"A")
    manifest.record("news/a.md", b"A", "post 1")
    assert manifest.decide(tmp_path, "news/a.md", b"A") is Outcome.UNCHANGED
    assert manifest.decide(tmp_path, "news/a.md", b"B") is Outcome.UPDATED
    (tmp_path / "news/a.md").write_bytes(b"edited")
    assert manifest.decide(tmp_path, "news/a.md", b"B") is Outcome.EDITED
    (tmp_path / "news/a.md").unlink()
    assert manifest.decide(tmp_path, "news/a.md", b"B") is Outcome.DELETED
    (tmp_path / "news/b.md").write_bytes(b"someone's")
    assert manifest.decide(tmp_path, "news/b.md", b"B") is Outcome.FOREIGN


def test_manifest_round_trip_is_stable(tmp_path):
    manifest = Manifest()
    manifest.record("b", b"2", "x")
    manifest.record("a", b"1", "y")
    manifest.items["post:1"] = "news/a.md"
    (tmp_path / "wordpress-import.json").write_bytes(manifest.dumps())
    again = Manifest.load(tmp_path)
    assert again.dumps() == manifest.dumps()
    (tmp_path / "wordpress-import.json").write_text("{", encoding="utf-8")
    with pytest.raises(ManifestError, match="wordpress-import.json"):
        Manifest.load(tmp_path)


def test_old_paths_of_posts_and_pages():
    assert old_paths("https://x.lv/2016/05/20/slug/", 123, "post") == ["/2016/05/20/slug/", "/?p=123"]
    assert old_paths("https://x.lv/par/komanda/", 45, "page") == ["/par/komanda/", "/?page_id=45"]
    assert old_paths("https://x.lv/?p=9", 9, "post") == ["/?p=9"]
    assert old_paths("https://x.lv/2016/06/02/novad%c4%81/", 2, "post")[0] == "/2016/06/02/novadā/"
    assert old_paths("https://x.lv/2016/06/02/slug", 2, "post")[0] == "/2016/06/02/slug/"


def test_merge_appends_only_new_entries_and_keeps_what_a_person_set():
    first, added, conflicts = merge("", [Redirect("/?p=1", "/jaunumi/a/", "post 1")])
    assert first.startswith("# ") and first.endswith('"/?p=1": "/jaunumi/a/"\n')
    assert existing_redirects(first) == {"/?p=1": "/jaunumi/a/"}
    edited = first.replace("/jaunumi/a/", "/jaunumi/b/")
    second, added, conflicts = merge(edited, [Redirect("/?p=1", "/jaunumi/a/", "post 1"), Redirect("/?p=2", "/c/", "post 2")])
    assert second.startswith(edited) and second.endswith('"/?p=2": "/c/"\n')
    assert [r.old for r in added] == ["/?p=2"]
    assert conflicts == [(Redirect("/?p=1", "/jaunumi/a/", "post 1"), "/jaunumi/b/")]
    assert merge(second, [Redirect("/?p=2", "/c/", "post 2")])[0] == second


def test_a_broken_redirects_file_is_refused():
    with pytest.raises(RedirectsFileError):
        existing_redirects("a: [")
    with pytest.raises(RedirectsFileError):
        existing_redirects("- a\n- b\n")
