"""The FAST_BUILD writer's files: replaced by rename and only when their bytes change."""

from __future__ import annotations

import os

import pytest
from pelican.writers import FileOverwriteFailedError

from kurzeme_visiem.fast_build.writer import ParallelWriter


@pytest.fixture
def writer(tmp_path):
    return ParallelWriter(str(tmp_path), settings={"PAGINATED_TEMPLATES": {}, "DEFAULT_PAGINATION": False})


def test_unchanged_bytes_leave_the_file_alone(writer, tmp_path):
    target = tmp_path / "a.html"
    target.write_text("<p>ā</p>", encoding="utf-8")
    before = target.stat()
    with writer._open_w(str(target), "utf-8") as out:
        out.write("<p>ā</p>")
    assert target.stat().st_ino == before.st_ino and target.stat().st_mtime_ns == before.st_mtime_ns


def test_changed_bytes_replace_the_file_without_writing_through_a_link(writer, tmp_path):
    target = tmp_path / "a.html"
    target.write_text("vecs", encoding="utf-8")
    os.link(target, tmp_path / "served.html")
    with writer._open_w(str(target), "utf-8") as out:
        out.write("jauns")
    assert target.read_text(encoding="utf-8") == "jauns"
    assert (tmp_path / "served.html").read_text(encoding="utf-8") == "vecs"
    assert oct(target.stat().st_mode & 0o777) == "0o644"


def test_a_file_written_twice_is_refused_as_pelican_does(writer, tmp_path):
    with writer._open_w(str(tmp_path / "b.html"), "utf-8") as out:
        out.write("1")
    with pytest.raises(FileOverwriteFailedError):
        writer._open_w(str(tmp_path / "b.html"), "utf-8")


def test_an_error_while_writing_leaves_no_file(writer, tmp_path):
    with pytest.raises(RuntimeError):
        with writer._open_w(str(tmp_path / "c.html"), "utf-8") as out:
            out.write("puse")
            raise RuntimeError("render failed")
    assert not (tmp_path / "c.html").exists()



def test_a_new_file_is_made_without_reading_first_and_with_mode_0644(writer, tmp_path, monkeypatch):
    import kurzeme_visiem.fast_build.writer as module  # noqa: PLC0415

    def refuse(*args, **kwargs):
        raise AssertionError("opened to read a file that a one-shot build's empty staging folder cannot hold")

    monkeypatch.setattr(module, "open", refuse, raising=False)
    old_mask = os.umask(0o077)
    try:
        with writer._open_w(str(tmp_path / "d.html"), "utf-8") as out:
            out.write("<p>ā</p>")
    finally:
        os.umask(old_mask)
    assert (tmp_path / "d.html").read_text(encoding="utf-8") == "<p>ā</p>"
    assert oct((tmp_path / "d.html").stat().st_mode & 0o777) == "0o644"


def test_a_new_file_that_cannot_be_written_whole_is_removed(writer, tmp_path, monkeypatch):
    import errno  # noqa: PLC0415

    def full(handle, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError, match="No space"):
        with writer._open_w(str(tmp_path / "e.html"), "utf-8") as out:
            out.write("<p>ā</p>")
    assert not (tmp_path / "e.html").exists()


@pytest.mark.parametrize("failing", ["write", "close"])
def test_a_new_file_interrupted_or_refused_at_close_is_removed_and_its_handle_closed(writer, tmp_path, monkeypatch,
                                                                                     failing):
    import errno  # noqa: PLC0415

    closed: list[int] = []
    real_close = os.close

    def interrupted(handle, data):
        raise KeyboardInterrupt

    def refused_close(handle):
        closed.append(handle)
        real_close(handle)
        raise OSError(errno.EDQUOT, "Disk quota exceeded")  # what NFS may say only at close

    def counted_close(handle):
        closed.append(handle)
        real_close(handle)

    if failing == "write":
        monkeypatch.setattr(os, "write", interrupted)
        monkeypatch.setattr(os, "close", counted_close)
        expected = pytest.raises(KeyboardInterrupt)
    else:
        monkeypatch.setattr(os, "close", refused_close)
        expected = pytest.raises(OSError, match="quota")
    with expected:
        with writer._open_w(str(tmp_path / "f.html"), "utf-8") as out:
            out.write("<p>ā</p>")
    assert not (tmp_path / "f.html").exists(), "no partial file left"
    assert len(closed) == 1, "the handle is closed once"


def test_pages_are_rendered_once_each_by_whichever_process_is_free(tmp_path):
    from types import SimpleNamespace  # noqa: PLC0415

    import time  # noqa: PLC0415

    from jinja2 import Template  # noqa: PLC0415

    writer = ParallelWriter(str(tmp_path), settings={"PAGINATED_TEMPLATES": {}, "DEFAULT_PAGINATION": False,
                                                     "BUILD_WORKERS": 2, "RELATIVE_URLS": False})
    page = Template("{{ pid() }} {{ name }}{{ pause(0.025) }}")  # 1 s in all: the forked worker starts long before the end
    for number in range(40):
        writer.write_file(f"p{number}.html", page, {"pid": os.getpid, "name": number, "pause": lambda s: time.sleep(s) or ""})
    writer._render_all(SimpleNamespace(output_path=str(tmp_path)))
    pages = {path.name: path.read_text(encoding="utf-8").split() for path in tmp_path.glob("p*.html")}
    assert sorted(pages) == sorted(f"p{number}.html" for number in range(40))
    assert all(name == f"p{number}.html" for name, (_, number) in pages.items())
    assert len({pid for pid, _ in pages.values()}) == 2, "both processes rendered"
    assert writer._written_files == {str(tmp_path / name) for name in pages}


def test_feeds_are_made_with_the_pages(tmp_path, monkeypatch):
    """``write_later`` (the partner feeds) and Pelican's ``write_feed`` to a path: made when the pages are rendered
    (UTF-8), bookkept as Pelican's files; a feed to no path is Pelican's feed object, at once. Pelican queues its
    feeds before the pages, so the site's context (its key, the next change) is the first page's, not the first job's."""
    from datetime import datetime, timedelta, timezone  # noqa: PLC0415
    from types import SimpleNamespace  # noqa: PLC0415

    from jinja2 import Template  # noqa: PLC0415

    from kurzeme_visiem.fast_build import incremental, uptodate  # noqa: PLC0415

    writer = ParallelWriter(str(tmp_path), settings={"PAGINATED_TEMPLATES": {}, "DEFAULT_PAGINATION": False,
                                                     "RELATIVE_URLS": False, "FEED_MAX_ITEMS": None,
                                                     "BUILD_INCREMENTAL": True, "CACHE_PATH": str(tmp_path / "cache")})
    keyed = []
    monkeypatch.setattr(incremental, "site_key", lambda settings, context: keyed.append(context) or "key")
    made = []
    due = datetime.now(timezone.utc) + timedelta(days=3)
    news = SimpleNamespace(date=due, metadata={}, source_path="a.md", url="jaunumi/a/", summary="")
    context = {"SITENAME": "Kurzeme", "SITEURL": "https://example.test", "FEED_DOMAIN": "https://example.test",
               "articles": [news]}
    assert writer.write_feed([], context, "feeds/all.atom.xml") is None  # the first job: a feed, as in Pelican
    writer.write_later("feeds/a.atom.xml", lambda: made.append(1) or "<feed>ā</feed>")
    writer.write_file("index.html", Template("{{ SITENAME }}"), context)
    assert "Kurzeme" in writer.write_feed([], context).writeString("utf-8")
    assert not made and not (tmp_path / "feeds").exists()
    writer._render_all(SimpleNamespace(output_path=str(tmp_path)))
    assert writer.settings[uptodate.NEXT_CHANGE] == due
    assert keyed == [context]  # the incremental build's site key, of the pages' context
    assert (tmp_path / "feeds" / "a.atom.xml").read_bytes() == "<feed>ā</feed>".encode("utf-8")
    assert "<title>Kurzeme</title>" in (tmp_path / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == "Kurzeme"
    assert writer._written_files == {str(tmp_path / name) for name in ("index.html", "feeds/a.atom.xml", "feeds/all.atom.xml")}
