"""The preview's deferred updates (``tools/preview.Session``): a page not made yet is made before it is served,
the rest one per turn of the loop, and the open pages reload at once (what they ask for is made first), once per
update."""

from __future__ import annotations

import threading
import unittest
from pathlib import Path

from tornado.testing import AsyncHTTPTestCase

from kurzeme_visiem.fast_build.live_site import Outcome
from kurzeme_visiem.tools.preview import Session, application, pending_candidates
from kurzeme_visiem.tools.preview_guard import allowed_hosts

PENDING = 40  # more files than the loop makes in the turns a request takes


class DeferringSite:
    """A site whose every rebuild leaves ``PENDING`` pages to make, as ``LiveSite.rebuild(defer=True)`` does; until
    a page is asked for (``asked``), the loop's turns make nothing, so the asked page cannot be made by its turn."""

    def __init__(self, output: Path) -> None:
        self.output, self.pending, self.made, self.asked = output, {}, [], False

    def rebuild(self, changed=None, defer=False) -> Outcome:
        assert defer, "the preview defers"
        self.pending = {f"p{number}/index.html": f"jauna {number}" for number in range(PENDING)}
        return Outcome("lists", pending=len(self.pending))

    def make_pending(self, path: str | None = None) -> Outcome | None:
        if path is None and not self.asked:
            return None
        self.asked = self.asked or path in self.pending
        name = next(iter(self.pending)) if path is None else (path if path in self.pending else None)
        if name is not None:
            (self.output / name).write_text(self.pending.pop(name), encoding="utf-8")
            self.made.append(name)
        return None if self.pending else Outcome("lists")


class Socket:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def write_message(self, text: str) -> None:
        self.messages.append(text)


class DeferredPreviewTest(AsyncHTTPTestCase):
    __test__ = False  # run each test on a thread of its own (below)

    def get_app(self):
        import shutil  # noqa: PLC0415
        import tempfile  # noqa: PLC0415

        self.output = Path(tempfile.mkdtemp(prefix="kv-deferred-"))
        self.addCleanup(shutil.rmtree, self.output, ignore_errors=True)
        for number in range(PENDING):
            (self.output / f"p{number}").mkdir()
            (self.output / f"p{number}" / "index.html").write_text(f"veca {number}", encoding="utf-8")
        self.site = DeferringSite(self.output)
        self.session = Session(self.site, self.output, self.output / "theme", [])
        self.socket = Socket()
        self.session.sockets.add(self.socket)
        return application(self.session, self.output, allowed_hosts("127.0.0.1", self.get_http_port()), {})

    def test_a_page_not_made_yet_is_made_before_it_is_served_and_the_pages_reload_at_once(self):
        self.session.rebuild({self.output / "x.md"})
        assert self.socket.messages == ["reload"] and self.site.pending, "the open pages reload while pages are pending"
        last = PENDING - 1
        response = self.fetch(f"/p{last}/")
        assert response.code == 200 and f"jauna {last}".encode() in response.body, response.body[:200]
        assert self.site.made[0] == f"p{last}/index.html", "made when asked, before its turn"
        assert self.socket.messages == ["reload"] and self.site.pending
        for _ in range(10 * PENDING):
            if not self.site.pending:
                break
            self.io_loop.run_sync(lambda: None)  # one more turn of the loop
        assert not self.site.pending and self.socket.messages == ["reload"], "no second reload when the last is made"
        assert all(f"jauna {n}" in (self.output / f"p{n}" / "index.html").read_text() for n in range(PENDING))

    def test_a_change_while_files_are_pending_reloads_once_more_and_not_at_the_end(self):
        self.site.asked = True
        self.session.rebuild({self.output / "x.md"})
        self.io_loop.run_sync(lambda: None)
        self.session.rebuild({self.output / "x.md"})  # the site takes the pending files over
        assert self.socket.messages == ["reload", "reload"]
        for _ in range(10 * PENDING):
            if not self.site.pending:
                break
            self.io_loop.run_sync(lambda: None)
        assert not self.site.pending and self.socket.messages == ["reload", "reload"]

    def test_a_failure_while_making_the_pending_pages_reloads_them_with_the_problems(self):
        self.session.rebuild({self.output / "x.md"})

        def broken(path=None):
            raise RuntimeError("veidnes kļūda")

        self.site.make_pending = broken
        self.io_loop.run_sync(lambda: None)
        assert self.session.problems == ["RuntimeError: veidnes kļūda"]
        assert self.socket.messages == ["reload", "reload"], "the pages reload again to show the problems"


def _run_on_a_thread(name: str) -> None:
    """Run one of ``DeferredPreviewTest``'s tests with an event loop of its own: in the full suite, the browser
    tests' Playwright keeps an asyncio loop running on the main thread, and Tornado cannot start another there."""
    result = unittest.TestResult()
    runner = threading.Thread(target=DeferredPreviewTest(name).run, args=(result,))
    runner.start()
    runner.join(60)
    assert not runner.is_alive(), f"{name} did not finish within 60 s"
    problems = result.failures + result.errors
    assert result.testsRun == 1 and not problems, "\n".join(text for _, text in problems)


def test_a_page_not_made_yet_is_made_before_it_is_served_and_the_pages_reload_at_once():
    _run_on_a_thread("test_a_page_not_made_yet_is_made_before_it_is_served_and_the_pages_reload_at_once")


def test_a_change_while_files_are_pending_reloads_once_more_and_not_at_the_end():
    _run_on_a_thread("test_a_change_while_files_are_pending_reloads_once_more_and_not_at_the_end")


def test_a_failure_while_making_the_pending_pages_reloads_them_with_the_problems():
    _run_on_a_thread("test_a_failure_while_making_the_pending_pages_reloads_them_with_the_problems")

def test_a_url_is_answered_by_its_file_or_its_folder_page():
    assert pending_candidates("") == ["index.html"]
    assert pending_candidates("jaunumi/") == ["jaunumi", "jaunumi/index.html"]
    assert pending_candidates("feeds/jaunumi.atom.xml") == ["feeds/jaunumi.atom.xml", "feeds/jaunumi.atom.xml/index.html"]
    assert pending_candidates("jaunumi//2/") == pending_candidates("jaunumi/./2/") == ["jaunumi/2", "jaunumi/2/index.html"]
    assert pending_candidates("jaunumi/../") == ["index.html"]
