"""The preview's file watcher: livereload's, woken by file-system events instead of polling (``make serve``)."""

from __future__ import annotations

import threading

import watchfiles
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher
from tornado.ioloop import IOLoop

from .versions import livereload_tested


class InstantWatcher(Watcher):
    """livereload's watcher, woken by file-system events (``watchfiles``) instead of polling every 0.8 s.

    After a change it runs the rebuild and tells every open page to reload at once. livereload's own poller
    would ignore a change within 3 s of the previous reload (or of the start), so a second quick save would be
    rebuilt but never shown; the events here are already debounced, so no such guard is needed.
    """

    def start(self, callback) -> bool:
        loop = IOLoop.current()
        paths = list(self._tasks)

        def rebuild_and_reload() -> None:
            changed, _ = self.examine()
            if changed:
                LiveReloadHandler.reload_waiters()

        def wait_for_changes() -> None:
            for _ in watchfiles.watch(*paths, debounce=50, step=20, rust_timeout=0, yield_on_timeout=False):
                loop.add_callback(rebuild_and_reload)

        threading.Thread(target=wait_for_changes, name="preview-watcher", daemon=True).start()
        loop.add_callback(self.examine)  # records the start-up modification times, as livereload's first poll does
        return True


def preview_watcher() -> Watcher:
    """The instant watcher on a tested livereload; livereload's own polling watcher on any other version."""
    return InstantWatcher() if livereload_tested() else Watcher()
