"""The preview's web server, closed to other sites: livereload's handlers behind a Host and Origin check, with the
production security headers.

* DNS rebinding: a page on ``evil.example`` whose name is made to point at 127.0.0.1 could read the drafts
  and hit ``/forcereload``. Every request must carry a ``Host`` the preview listens on (``127.0.0.1:PORT``,
  ``localhost:PORT``, ``[::1]:PORT``, the ``--host`` given), and an ``Origin`` (if sent, always for the WebSocket)
  of the same address; ``/forcereload`` also refuses a cross-site ``Sec-Fetch-Site``. Otherwise: 403.
* The production headers (``tools/nginx_conf.security_headers``, read from ``deploy/nginx/security-headers.conf``: one source)
  go with every response, so HTML pasted into a field cannot run scripts in the writer's browser either. The live
  reload script is loaded from ``/livereload.js`` instead of livereload's inline snippet, which the CSP would block.
* A path livereload's file handler cannot take (``/..%00/``: a NUL byte) is a 404, not a 500; so is a symlink
  in the output folder that leads out of it.

livereload builds its tornado application in ``Server.application``, which is not a documented API; this module
replaces it and runs only with a livereload version it was tested with (``versions.TESTED_LIVERELOAD``): on any
other the preview refuses to start rather than serve without the guard.
"""

from __future__ import annotations

import os

import livereload
from livereload import Server
from livereload.handlers import ForceReloadHandler, LiveReloadHandler, LiveReloadJSHandler, StaticFileHandler
from livereload.server import LiveScriptInjector
from tornado import web

from .versions import TESTED_LIVERELOAD


class PreviewUnsupported(RuntimeError):
    """The installed livereload is not the version this guard was written for."""


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    names = {"127.0.0.1", "localhost", "[::1]", host if ":" not in host else f"[{host}]"}
    return frozenset(f"{name}:{port}".lower() for name in names)


class Guarded:
    """Mixed into each handler: Host/Origin check first, production headers on every answer."""

    hosts: frozenset[str] = frozenset()
    headers: tuple[tuple[str, str], ...] = ()

    def set_default_headers(self) -> None:
        super().set_default_headers()
        for name, value in self.headers:
            self.set_header(name, value)

    def foreign_request(self) -> bool:
        origin = self.request.headers.get("Origin")
        return (self.request.host.lower() not in self.hosts
                or (origin is not None and origin.lower() not in {f"http://{host}" for host in self.hosts}))

    def prepare(self):
        if self.foreign_request():
            raise web.HTTPError(403)
        return super().prepare()


class GuardedStaticFiles(Guarded, StaticFileHandler):
    def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
        if "\x00" in absolute_path:
            raise web.HTTPError(404)
        inside = os.path.realpath(root) + os.sep
        if not (os.path.realpath(absolute_path) + os.sep).startswith(inside):
            raise web.HTTPError(404)  # a symlink in output/ leading out of it
        return super().validate_absolute_path(root, absolute_path)


class GuardedForceReload(Guarded, ForceReloadHandler):
    def foreign_request(self) -> bool:
        return super().foreign_request() or self.request.headers.get("Sec-Fetch-Site") in ("cross-site", "same-site")


class GuardedLiveReload(Guarded, LiveReloadHandler):
    def check_origin(self, origin: str) -> bool:
        return origin.lower() in {f"http://{host}" for host in self.hosts}


class GuardedScriptJS(Guarded, LiveReloadJSHandler):
    pass


def guarded_class(base: type, hosts: frozenset[str], headers: dict[str, str]) -> type:
    return type(base.__name__, (base,), {"hosts": hosts, "headers": tuple(headers.items())})


class GuardedServer(Server):
    """livereload's server with :class:`Guarded` handlers and an external reload script (CSP: no inline script)."""

    def __init__(self, watcher, headers: dict[str, str], routes: list[tuple] = ()):
        """``routes``: tornado routes served before the site's files (the browser editor at /admin/)."""
        if livereload.__version__ not in TESTED_LIVERELOAD:
            raise PreviewUnsupported(f"livereload {livereload.__version__}: priekšskatījums pārbaudīts ar "
                                     f"{', '.join(TESTED_LIVERELOAD)} (requirements.txt, fast_build/versions.py)")
        super().__init__(watcher=watcher)
        self.security_headers = headers
        self.routes = list(routes)

    def application(self, port, host, liveport=None, debug=None, live_css=True):  # noqa: ARG002 - livereload's signature
        hosts = allowed_hosts(host, port)
        LiveReloadHandler.watcher = self.watcher
        LiveReloadHandler.live_css = live_css
        script = f'<script src="/livereload.js?port={int(port)}"></script>'.encode()
        transform = type("ReloadScript", (LiveScriptInjector,), {"script": script})
        handlers = [
            *self.routes,
            (r"/livereload", guarded_class(GuardedLiveReload, hosts, self.security_headers)),
            (r"/forcereload", guarded_class(GuardedForceReload, hosts, self.security_headers)),
            (r"/livereload.js", guarded_class(GuardedScriptJS, hosts, self.security_headers)),
            (r"/(.*)", guarded_class(GuardedStaticFiles, hosts, self.security_headers),
             {"path": self.root or ".", "default_filename": self.default_filename}),
        ]
        web.Application(handlers=handlers, debug=False, transforms=[transform]).listen(port, address=host)
