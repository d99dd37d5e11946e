"""The editor in the preview server: ``/admin/`` (Decap CMS from ``node_modules``, our page, config and scripts)
and ``/admin/api/v1`` (the write backend). The preview mounts it with one call::

    app.add_handlers(r".*", editor_routes(settings, port=8000))

Never part of any build: these files are served from the plugin and ``node_modules``, never copied to an output.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from tornado import web

from .backend import EditorBackend
from .guard import Guard
from .save_check import check_with_settings

STATIC = Path(__file__).parent / "static"
REPO_ROOT = Path(__file__).resolve().parents[4]
DECAP_DIST = REPO_ROOT / "node_modules" / "decap-cms" / "dist"
OWN_FILES = ("init.js", "editor.js", "locale-lv.js", "formats.js", "editor.css", "config.yml")
# The editor page only (the site's pages keep their strict CSP): Decap injects its styles at run time (emotion),
# checks its configuration with ajv, which compiles the schema with ``new Function`` ('unsafe-eval'), and decodes
# images with WebAssembly. Scripts still come only from this server: no inline script, no other origin.
CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' blob: data:; media-src 'self' blob:; connect-src 'self' blob: data:; font-src 'self' data:; "
       "frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
MISSING = """<!doctype html><html lang="lv"><meta charset="utf-8"><title>Redaktors nav uzstādīts</title>
<h1>Redaktors nav uzstādīts</h1><p>Projekta mapē palaidiet <code>npm ci --omit=dev</code> un tad atkal
<code>make serve</code>.</p></html>"""


class EditorState:
    """What every editor request shares: the guard, the backend and one lock (saves run one at a time)."""

    def __init__(self, guard: Guard, backend: EditorBackend, decap_dist: Path):
        self.guard = guard
        self.backend = backend
        self.decap_dist = decap_dist
        self.lock = asyncio.Lock()


class _Guarded:
    """Mixin: refuse foreign peers and Host names before anything else, and send the editor's headers."""

    api = False

    def prepare(self) -> None:
        refusal = self.state.guard.refusal(self.request.remote_ip, self.request.headers, api=self.api)
        if refusal:
            self.set_status(403)
            self.set_header("Content-Type", "application/json; charset=utf-8")
            self.finish(json.dumps({"error": refusal}, ensure_ascii=False))

    def set_default_headers(self) -> None:
        self.set_header("Content-Security-Policy", CSP)
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("Cache-Control", "no-store")


class AdminPage(_Guarded, web.RequestHandler):
    def initialize(self, state: EditorState) -> None:
        self.state = state

    def get(self) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        if not (self.state.decap_dist / "decap-cms.js").is_file():
            self.set_status(503)
            self.finish(MISSING)
            return
        self.finish((STATIC / "index.html").read_bytes())


class AdminFile(_Guarded, web.StaticFileHandler):
    def initialize(self, state: EditorState, path: str, default_filename: str | None = None) -> None:
        self.state = state
        super().initialize(path=path, default_filename=default_filename)

    def get_content_type(self) -> str:
        if self.absolute_path.endswith(".yml"):
            return "text/yaml; charset=utf-8"
        return super().get_content_type()


class AdminApi(_Guarded, web.RequestHandler):
    api = True

    def initialize(self, state: EditorState) -> None:
        self.state = state

    async def post(self) -> None:
        try:
            body = json.loads(self.request.body or b"null")
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        async with self.state.lock:
            reply = await asyncio.get_running_loop().run_in_executor(None, self.state.backend.handle, body)
        self.set_status(reply.status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(reply.body, ensure_ascii=False))


class AdminRedirect(_Guarded, web.RequestHandler):
    def initialize(self, state: EditorState) -> None:
        self.state = state

    def get(self) -> None:
        self.redirect("/admin/")


def editor_routes(settings: dict, port: int, decap_dist: Path | None = None) -> list[tuple]:
    """The editor's tornado routes for a preview on ``127.0.0.1:<port>`` editing ``settings['PATH']``."""
    backend = EditorBackend(Path(settings["PATH"]), check_with_settings(settings))
    state = EditorState(Guard(port), backend, decap_dist or Path(settings.get("EDITOR_DECAP_DIST") or DECAP_DIST))
    own = "|".join(name.replace(".", r"\.") for name in OWN_FILES)
    return [
        (r"/admin", AdminRedirect, {"state": state}),
        (r"/admin/", AdminPage, {"state": state}),
        (r"/admin/api/v1", AdminApi, {"state": state}),
        (rf"/admin/({own})", AdminFile, {"state": state, "path": str(STATIC)}),
        (r"/admin/decap/([^/]+\.(?:js|css|wasm))", AdminFile, {"state": state, "path": str(state.decap_dist)}),
    ]
