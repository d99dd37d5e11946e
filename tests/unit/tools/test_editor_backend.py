"""tools/editor/backend.py: decap-server's protocol for content/ only, with the content check on every save."""

from __future__ import annotations

import base64
import hashlib
import shutil
from pathlib import Path

import pytest

from kurzeme_visiem.tools.build import load_settings
from kurzeme_visiem.tools.editor.backend import EditorBackend
from kurzeme_visiem.tools.editor.save_check import check_with_settings

ROOT = Path(__file__).resolve().parents[3]
NEWS = """\
Title: Jauna ziņa
Date: 2018-04-27 10:00
Partners: tukuma-novads, liepajas-pilseta

Pirmā rindkopa.
"""


@pytest.fixture(scope="module")
def settings():
    return load_settings(ROOT / "pelicanconf.py")


@pytest.fixture
def backend(tmp_path, settings):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    return EditorBackend(content, check_with_settings(settings))


def call(backend, action, **params):
    return backend.handle({"action": action, "params": params})


def test_info_and_listing(backend):
    assert call(backend, "info").body["publish_modes"] == ["simple"]
    entries = call(backend, "entriesByFolder", folder="news", extension="md", depth=1).body
    assert [e["file"]["path"] for e in entries] == sorted(
        f"news/{p.name}" for p in (backend.root / "news").glob("*.md"))
    first = entries[0]
    raw = (backend.root / first["file"]["path"]).read_bytes()
    assert first["data"] == raw.decode() and first["file"]["id"] == hashlib.sha256(raw).hexdigest()


def test_get_entry_outside_content_is_refused(backend):
    (backend.root.parent / "secret.md").write_text("x")
    reply = call(backend, "getEntry", path="../secret.md")
    assert reply.body["data"] is None
    assert call(backend, "getMediaFile", path="../secret.md").status == 403
    assert call(backend, "entriesByFolder", folder="..", extension="md", depth=1).status == 403


def test_a_good_save_is_written(backend):
    reply = call(backend, "persistEntry", entry={"slug": "x", "path": "news/2018-04-27-jauna-zina.md", "raw": NEWS},
                 assets=[], options={"commitMessage": "x"})
    assert reply.status == 200, reply.body
    assert (backend.root / "news/2018-04-27-jauna-zina.md").read_text() == NEWS


def test_a_save_the_check_rejects_is_not_written_and_names_path_line(backend):
    bad = NEWS.replace("liepajas-pilseta", "nav-tada-partnera")
    reply = call(backend, "persistEntry", entry={"slug": "x", "path": "news/2018-04-27-slikta.md", "raw": bad},
                 assets=[], options={})
    assert reply.status == 422
    assert reply.body["problems"] and reply.body["problems"][0].startswith("content/news/2018-04-27-slikta.md:3: ")
    assert "nav-tada-partnera" in reply.body["error"]
    assert not (backend.root / "news/2018-04-27-slikta.md").exists()


def test_errors_that_were_there_before_do_not_block_a_save(backend):
    broken = backend.root / "news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"
    broken.write_text(broken.read_text().replace("Partners: tukuma-novads", "Partners: tukuma"))
    reply = call(backend, "persistEntry", entry={"slug": "x", "path": "news/2018-04-27-jauna-zina.md", "raw": NEWS},
                 assets=[], options={})
    assert reply.status == 200, reply.body


def test_deleting_a_partner_that_news_names_is_refused(backend):
    reply = call(backend, "deleteFile", path="partners/tukuma-novads.yaml", options={})
    assert reply.status == 422 and (backend.root / "partners/tukuma-novads.yaml").exists()


def test_image_with_the_news_item(backend):
    gif = b"GIF89a\x10\x00\x08\x00\x80\x00\x00" + bytes(16)
    news = NEWS.replace("Partners:", "Image: images/foto.gif\nImage_alt: Divi cilvēki pie galda\nPartners:")
    reply = call(backend, "persistEntry", entry={"slug": "x", "path": "news/2018-04-27-ar-attelu.md", "raw": news},
                 assets=[{"path": "images/foto.gif", "content": base64.b64encode(gif).decode(), "encoding": "base64"}],
                 options={})
    assert reply.status == 200, reply.body
    assert (backend.root / "images/foto.gif").read_bytes() == gif
    media = call(backend, "getMedia", mediaFolder="images").body
    assert "foto.gif" in [m["name"] for m in media]  # beside the demo's own images


def test_writing_outside_content_is_refused(backend):
    for path in ("../pelicanconf.py", "/tmp/x.md", "news/../../x.md"):
        reply = call(backend, "persistEntry", entry={"slug": "x", "path": path, "raw": "x"}, assets=[], options={})
        assert reply.status == 403, path
    asset = {"path": "../x.png", "content": "", "encoding": "base64"}
    assert call(backend, "persistMedia", asset=asset, options={}).status == 403
    assert not (backend.root.parent / "x.png").exists()


def test_yaml_save_keeps_unchanged_bytes(backend):
    path = backend.root / "partners/tukuma-novads.yaml"
    original = path.read_text()
    decap = original.replace("name: 'Tukuma novada dome'", "name: Tukuma novada dome").replace(
        "location: {lat: 56.9670, lon: 23.1550}", "location:\n  lat: 56.967\n  lon: 23.155")
    assert call(backend, "persistEntry", entry={"slug": "t", "path": "partners/tukuma-novads.yaml", "raw": decap},
                assets=[], options={}).status == 200
    assert path.read_text() == original


def test_bad_requests_get_errors_not_exceptions(backend):
    assert backend.handle(None).status == 422
    assert backend.handle({"action": "nope"}).status == 422
    assert backend.handle({"action": "persistEntry", "params": {}}).status == 422
    assert backend.handle({"action": "getMediaFile", "params": {"path": "images/none.png"}}).status == 404


def test_a_partner_with_a_bare_service_slug_opens_as_entries_and_saves_unchanged(backend):
    path = "partners/tukuma-novads.yaml"  # `- socialais-mentors` beside sourced entries
    original = (backend.root / path).read_bytes()
    shown = call(backend, "getEntry", path=path).body
    assert shown["file"]["id"] == hashlib.sha256(original).hexdigest()
    assert "- service: socialais-mentors\n" in shown["data"]
    reply = call(backend, "persistEntry", entry={"slug": "t", "path": path, "raw": shown["data"]}, assets=[], options={})
    assert reply.status == 200, reply.body
    assert (backend.root / path).read_bytes() == original
