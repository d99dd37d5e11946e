"""The live preview: build, serve the output on 127.0.0.1 and rebuild when content or theme change.

The browser reloads by itself (livereload). A rebuild that meets bad content prints the problems and
keeps serving the previous output. Changes to the plugin's Python code need a restart.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import watchfiles
from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher
from tornado.ioloop import IOLoop

from .build import BuildFailed, build, load_settings

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


def rebuild(settings_file: Path, output: Path, overrides: dict) -> bool:
    try:
        report = build(settings_file, output, overrides, incremental=True)  # only changed pages (FAST_BUILD)
    except BuildFailed as failed:
        for problem in failed.problems:
            print(problem, file=sys.stderr)
        print(f"Preview not updated: {len(failed.problems)} problem(s); still showing the last good build.", file=sys.stderr)
        return False
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    print(f"Rebuilt {report.files} files in {report.seconds:.2f} s.", flush=True)
    return True


def serve(settings_file: Path, output: Path, host: str, port: int, content: Path | None = None) -> None:
    """Serve ``output`` and rebuild on any change to the content, the theme or the settings file."""
    settings = load_settings(settings_file)
    overrides = {"PATH": str(content.resolve())} if content else {}
    watched = [content or Path(settings["PATH"]), Path(settings["THEME"]), settings_file]
    rebuild(settings_file, output, overrides)
    server = Server(watcher=InstantWatcher())
    for path in watched:
        server.watch(str(path.resolve()), lambda: rebuild(settings_file, output, overrides))
    print(f"Preview: http://{host}:{port}/  (Ctrl+C stops it)", flush=True)
    server.serve(host=host, port=port, root=str(output.resolve()), open_url_delay=None, restart_delay=0)
