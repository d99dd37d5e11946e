"""The local servers (``make serve``, ``make serve-public``), closed to other sites and to files outside their folder.

* DNS rebinding: a page on ``evil.example`` whose name is made to point at 127.0.0.1 could read the drafts.
  Every request must carry a ``Host`` the server listens on (``127.0.0.1:PORT``, ``localhost:PORT``,
  ``[::1]:PORT``, the ``--host`` given), and an ``Origin`` (if sent, always for the reload WebSocket) of the same
  address. Otherwise: 403.
* The production headers (``tools/nginx_conf.security_headers``, read from ``deploy/nginx/security-headers.conf``:
  one source) go with every response, errors included, so HTML pasted into a field cannot run scripts in the
  writer's browser either, and what works in the preview works when published.
* A path with a NUL byte (``/..%00/``) is a 404, not a 500; so is any path, a symlink included, that leads out of
  the served folder.

Plain tornado (public API): mixed into the preview's handlers in ``tools/preview.py``.
"""

from __future__ import annotations

import os

from tornado import web


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    names = {"127.0.0.1", "localhost", "[::1]", host if ":" not in host else f"[{host}]"}
    return frozenset(f"{name}:{port}".lower() for name in names)


def allowed_origins(hosts: frozenset[str]) -> frozenset[str]:
    return frozenset(f"http://{host}" for host in hosts)


class Guarded:
    """Mixed into each handler: Host/Origin check first, production headers on every answer (errors too)."""

    hosts: frozenset[str] = frozenset()
    headers: tuple[tuple[str, str], ...] = ()

    def set_default_headers(self) -> None:
        super().set_default_headers()
        for name, value in self.headers:
            self.set_header(name, value)

    def foreign_request(self) -> bool:
        origin = self.request.headers.get("Origin")
        return self.request.host.lower() not in self.hosts or (
            origin is not None and origin.lower() not in allowed_origins(self.hosts))

    def prepare(self):
        if self.foreign_request():
            raise web.HTTPError(403)
        return super().prepare()


class GuardedSocket(Guarded):
    """For a ``WebSocketHandler``: only pages of the server itself may open it."""

    def check_origin(self, origin: str) -> bool:
        return origin.lower() in allowed_origins(self.hosts)


class GuardedFiles(Guarded):
    """For a ``StaticFileHandler``: nothing outside its root, no NUL byte (both a 404)."""

    def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
        if "\x00" in absolute_path:
            raise web.HTTPError(404)
        inside = os.path.realpath(root) + os.sep
        if not (os.path.realpath(absolute_path) + os.sep).startswith(inside):
            raise web.HTTPError(404)  # a symlink in the folder leading out of it
        return super().validate_absolute_path(root, absolute_path)


def guarded(base: type, hosts: frozenset[str], headers: dict[str, str]) -> type:
    """``base`` (a class mixing in :class:`Guarded`) answering only ``hosts``, with ``headers`` on every answer."""
    return type(base.__name__, (base,), {"hosts": hosts, "headers": tuple(headers.items())})


class PublicFiles(GuardedFiles, web.StaticFileHandler):
    """``make serve-public``: the folder as it is, ``index.html`` for a folder, the build's own ``404.html``."""

    def write_error(self, status_code: int, **kwargs) -> None:
        not_found = os.path.join(self.root, "404.html")
        if status_code == 404 and os.path.isfile(not_found):
            with open(not_found, "rb") as page:
                self.set_header("Content-Type", "text/html; charset=UTF-8")
                self.finish(page.read())
            return
        super().write_error(status_code, **kwargs)
