"""The live preview (``make serve``): one long-running process that keeps the site in memory (``LiveSite``),
rebuilds what a save changed, serves the output folder on 127.0.0.1 and reloads the open pages.

* Content change: the changed files are read again; a body edit renders only its page, a partner or service edit
  only what shows the directory, anything else rebuilds in memory and renders only pages whose inputs changed. Theme or settings change: everything is rebuilt.
  A change to the plugin's Python code restarts the process itself (``os.execv``) with the same arguments.
* One save is one rebuild: file events are collected until the editor has been quiet for a moment, and events
  that arrive during a rebuild are merged into the next one.
* Rebuilds run on the server's own thread, so no request is answered while the output folder is being changed.
  A news item's new title or date is deferred (``LiveSite.rebuild(defer=True)``): the rebuild decides which files
  change and removes those that go, then the pages are made one per turn of the loop, and a request for a page not
  made yet makes it before it is answered, so a visitor waiting for the news list gets it first and no stale or
  half-built page is ever served. The open pages reload at once (what they ask for is made first). A save while files are pending:
  the site makes them first, or (another title or date) takes them over.
* While the content is broken, every page carries a dialog listing the problems (``preview_overlay``); the next
  good rebuild removes it. The pages reload by themselves after every rebuild, good or not.
* Closed to other sites and to files outside ``.preview/`` (``preview_guard``: Host and Origin checks against DNS
  rebinding, no NUL byte, no symlink out), with the production security headers (``deploy/nginx``) on every answer.
* The browser editor (``tools/editor``) is mounted at ``/admin/``; what it saves is a file change like any other.
"""

from __future__ import annotations

import os
import posixpath
import sys
import threading
from collections.abc import Iterable
from pathlib import Path

import watchfiles
from tornado import web, websocket
from tornado.ioloop import IOLoop

from ..content.messages import counted, message
from ..content.problems import ContentErrors
from ..fast_build.live_site import LiveSite, LoggedErrors, Outcome
from ..fast_build.versions import pelican_tested
from .build import BuildFailed, build, load_settings
from .editor import editor_routes
from .live_content import ContentRules
from .nginx_conf import find_nginx_file, security_headers
from .preview_guard import GuardedFiles, GuardedSocket, allowed_hosts, guarded
from .preview_overlay import MISSING_PAGE, decorate

PLUGIN_DIR = Path(__file__).resolve().parents[1]
STATIC_DIR = Path(__file__).resolve().parent / "preview_static"
QUIET_MS = 20  # an editor's save (write, rename, chmod) is one batch when its events are this close (they come within ~1 ms)
LONGEST_BATCH_MS = 400
EDITOR_LEFTOVERS = (".swp", ".swx", ".swo", "~", ".tmp", ".part")


def is_ignored(path: str) -> bool:
    """Editors' temporary files, and anything in the plugin's folder but its Python code (``__pycache__``)."""
    name = os.path.basename(path)
    if name.startswith((".#", ".~")) or name.endswith(EDITOR_LEFTOVERS) or name == "4913":  # 4913: vim's probe file
        return True
    return Path(path).resolve().is_relative_to(PLUGIN_DIR) and (not name.endswith(".py") or "__pycache__" in path)


class RebuildSite:
    """On a Pelican the live site was not tested with: every change is a whole atomic build (slower, same output)."""

    def __init__(self, settings_file: Path, output: Path, overrides: dict) -> None:
        self.settings_file, self.output, self.overrides = settings_file, output, overrides

    def rebuild(self, changed: set[Path] | None = None, defer: bool = False) -> Outcome:
        report = build(self.settings_file, self.output, self.overrides)
        return Outcome("full", seconds=report.seconds, written=report.files, warnings=report.warnings)

    def make_pending(self, path: str | None = None) -> Outcome | None:
        return None  # a whole build leaves nothing pending


class Session:
    """The preview's state: the site, the problems of the last rebuild, the open pages to reload."""

    def __init__(self, site: LiveSite | RebuildSite, content: Path, theme: Path, settings_files: list[Path]) -> None:
        self.site = site
        self.content, self.theme, self.settings_files = content.resolve(), theme.resolve(), [p.resolve() for p in settings_files]
        self.problems: list[str] = []
        self.sockets: set[ReloadSocket] = set()
        self._pending: set[Path] = set()
        self._scheduled = False
        self._deferred = False  # the site has files still to make (``LiveSite.make_pending``)

    # -- rebuilding --------------------------------------------------------------------------------------------
    def rebuild(self, changed: set[Path] | None) -> Outcome:
        """Rebuild; a deferred update reloads the open pages at once (a page asked for is made first) and is
        reported when its last file is made. The site makes what the update before left pending first, or takes it
        over (``LiveSite.rebuild``)."""
        outcome = self._attempt(self.site.rebuild, changed, defer=True)
        if not outcome.pending:
            self._deferred = False
            self._report(outcome)
            return outcome
        self.problems = []  # the update passed its checks; what it has still to make is made before it is served
        self.reload_pages()  # so the open pages may reload now, not when the last file is made
        if not self._deferred:
            self._deferred = True
            IOLoop.current().add_callback(self._make_next)
        return outcome

    def ready(self, path: str | None) -> None:
        """Make the pending file ``path`` (output-relative), or with None the next one, before anything is served."""
        if self._deferred:
            outcome = self._attempt(self.site.make_pending, path)
            if outcome is not None:
                self._deferred = False
                self._report(outcome, reload=not outcome.ok)  # reloaded when the update began, unless it failed

    def _make_next(self) -> None:
        self.ready(None)
        if self._deferred:
            IOLoop.current().add_callback(self._make_next)  # one file per turn: requests are answered in between

    @staticmethod
    def _attempt(function, *args, **kwargs) -> Outcome | None:
        try:
            return function(*args, **kwargs)
        except (ContentErrors, LoggedErrors, BuildFailed) as failed:
            return Outcome("full", problems=list(failed.problems))
        except Exception as error:  # noqa: BLE001 - a template or Pelican error must not stop the preview
            return Outcome("full", problems=[f"{type(error).__name__}: {error}"])

    def _report(self, outcome: Outcome, reload: bool = True) -> None:
        """Print what a finished update did (or its problems) and reload the open pages."""
        for warning in outcome.warnings:
            print(warning, file=sys.stderr)
        self.problems = [str(p) for p in outcome.problems]
        if outcome.ok:
            print(message("preview.updated", mode=message(f"preview.mode.{outcome.mode}"), seconds=f"{outcome.seconds:.3f}",
                          rendered=outcome.rendered, written=outcome.written, removed=outcome.removed), flush=True)
        else:
            for problem in self.problems:
                print(problem, file=sys.stderr)
            print(message("preview.not_updated", problems=counted("count.problems", len(self.problems))),
                  file=sys.stderr, flush=True)
        if reload:
            self.reload_pages()

    def on_changes(self, paths: Iterable[str]) -> None:
        """Called on the server thread for every batch of file events; one rebuild for all pending batches."""
        self._pending.update(Path(p) for p in paths if not is_ignored(p))
        if self._pending and not self._scheduled:
            self._scheduled = True
            IOLoop.current().add_callback(self._rebuild_pending)

    def _rebuild_pending(self) -> None:
        self._scheduled = False
        changed, self._pending = self._pending, set()
        if any(p.suffix == ".py" and p.resolve().is_relative_to(PLUGIN_DIR) for p in changed):
            restart()
        full = any(p.resolve().is_relative_to(self.theme) or p.resolve() in self.settings_files for p in changed)
        self.rebuild(None if full else changed)

    def reload_pages(self) -> None:
        for socket in list(self.sockets):
            socket.write_message("reload")

    # -- what is served ---------------------------------------------------------------------------------------
    def decorate(self, page: bytes) -> bytes:
        return decorate(page, self.problems)


def restart() -> None:
    """Start this process again with the same arguments: the plugin's code changed."""
    print(message("preview.restarting"), flush=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


class ReloadSocket(GuardedSocket, websocket.WebSocketHandler):
    """``/_preview/reload``: each open page listens here for "reload". Only the preview's own pages may connect."""

    def initialize(self, session: Session) -> None:
        self.session = session

    def open(self) -> None:
        self.session.sockets.add(self)

    def on_close(self) -> None:
        self.session.sockets.discard(self)


class PreviewFiles(GuardedFiles, web.StaticFileHandler):
    """The preview's own script and style."""


class PageHandler(GuardedFiles, web.StaticFileHandler):
    """The output folder; HTML pages get the preview's script, style and (when broken) the problems dialog."""

    def initialize(self, path: str, default_filename: str | None = None, session: Session | None = None) -> None:
        super().initialize(path, default_filename)
        self.session = session

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")  # the production headers: preview_guard.Guarded

    def compute_etag(self) -> None:
        return None  # every response is fresh: the preview changes under the browser

    async def get(self, path: str, include_body: bool = True) -> None:
        for candidate in pending_candidates(path):
            self.session.ready(candidate)
        self.path = self.parse_url_path(path)
        absolute = self.validate_absolute_path(self.root, self.get_absolute_path(self.root, self.path))
        if absolute is None:
            return  # redirected to the folder's URL with a slash
        if not absolute.endswith(".html"):
            await super().get(path, include_body)
            return
        self._send_page(Path(absolute).read_bytes(), include_body)

    def _send_page(self, page: bytes, include_body: bool = True) -> None:
        body = self.session.decorate(page)
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.set_extra_headers(self.request.path)
        self.set_header("Content-Length", str(len(body)))
        self.finish(body if include_body else None)

    def write_error(self, status_code: int, **kwargs) -> None:
        if status_code != 404:
            super().write_error(status_code, **kwargs)
            return
        self.session.ready("404.html")
        not_found = Path(self.root) / "404.html"
        self._send_page(not_found.read_bytes() if not_found.is_file() else MISSING_PAGE.encode("utf-8"))


def pending_candidates(path: str) -> list[str]:
    """The output-relative files a request for the URL path ``path`` may be answered with (a folder: its page),
    normalised as the static handler resolves it (``a//b/``, ``a/./b/``: ``a/b``)."""
    relative = posixpath.normpath(f"/{path}").strip("/")
    if not relative:
        return ["index.html"]
    return [relative, f"{relative}/index.html"]


def application(session: Session, output: Path, hosts: frozenset[str], headers: dict[str, str],
                editor: list[tuple] = ()) -> web.Application:
    """The preview's routes, each behind the guard; ``editor``: the browser editor's routes (their own guard)."""
    return web.Application([
        *editor,
        (r"/_preview/reload", guarded(ReloadSocket, hosts, headers), {"session": session}),
        (r"/_preview/(preview\.js|preview\.css)", guarded(PreviewFiles, hosts, headers), {"path": str(STATIC_DIR)}),
        (r"/(.*)", guarded(PageHandler, hosts, headers),
         {"path": str(output.resolve()), "default_filename": "index.html", "session": session}),
    ])


def watch(paths: list[Path], session: Session, loop: IOLoop) -> None:
    """File events on a thread of their own, handed to the server thread in batches."""
    def run() -> None:
        for changes in watchfiles.watch(*paths, debounce=LONGEST_BATCH_MS, step=QUIET_MS, rust_timeout=0,
                                        yield_on_timeout=False, ignore_permission_denied=True):
            loop.add_callback(session.on_changes, [path for _, path in changes])

    threading.Thread(target=run, name="preview-watcher", daemon=True).start()


def serve(settings_file: Path, output: Path, host: str, port: int, content: Path | None = None) -> None:
    """Build into ``output``, serve it at ``http://host:port/`` and rebuild on every change."""
    settings = load_settings(settings_file)
    overrides = {"PATH": str(content.resolve())} if content else {}
    content_path = content or Path(settings["PATH"])
    settings_files = [settings_file] + [Path(p) for p in (settings_file.parent / "pelicanconf.py",) if p.is_file()]
    site = LiveSite(settings_file, output, overrides, ContentRules()) if pelican_tested() else \
        RebuildSite(settings_file, output, overrides)
    session = Session(site, content_path, Path(settings["THEME"]), settings_files)
    session.rebuild(None)
    output.mkdir(parents=True, exist_ok=True)
    headers = security_headers(find_nginx_file("security-headers.conf"))
    editor = editor_routes(load_settings(settings_file, overrides), port)
    application(session, output, allowed_hosts(host, port), headers, editor).listen(port, address=host)
    loop = IOLoop.current()
    watched = [content_path.resolve(), Path(settings["THEME"]).resolve(), PLUGIN_DIR, *session.settings_files]
    watch(sorted(set(watched)), session, loop)
    print(message("preview.address", host=host, port=port), flush=True)
    try:
        loop.start()
    except KeyboardInterrupt:
        print(message("preview.stopped"))
