"""``make serve-public``: the public build, looked at locally with working asset URLs.

The public build links its assets by absolute URL (``SITEURL``), so a copy made for ``https://kurzemevisiem.lv``
is unstyled anywhere else. This builds the public site once more, for the local address it is served at, into its
own folder (``.public-preview/``): ``output/`` (what ``make deploy`` copies) and the preview's ``.preview/`` stay as
they are, and ``make deploy`` refuses this copy (it is not made for the https address).
"""

from __future__ import annotations

from pathlib import Path

from tornado import web
from tornado.httpserver import HTTPServer

from .build import BuildReport, build
from .nginx_conf import find_nginx_file, security_headers
from .preview_guard import PublicFiles, allowed_hosts, guarded


def local_address(host: str, port: int) -> str:
    return f"http://{host}:{port}"


def build_for_local(settings_file: Path, output: Path, host: str, port: int, overrides: dict | None = None) -> BuildReport:
    """The public build (``publishconf.py``) with ``SITEURL`` (and the feeds' domain) set to the local address."""
    address = local_address(host, port)
    return build(settings_file, output, {**(overrides or {}), "SITEURL": address, "FEED_DOMAIN": address})


def serve_folder(output: Path, host: str, port: int) -> HTTPServer:
    """Serve ``output`` behind the preview's guard (Host/Origin, nothing outside it) with the production headers;
    the caller starts tornado's loop."""
    headers = security_headers(find_nginx_file("security-headers.conf"))
    handler = guarded(PublicFiles, allowed_hosts(host, port), headers)
    application = web.Application([(r"/(.*)", handler, {"path": str(output.resolve()), "default_filename": "index.html"})])
    return application.listen(port, address=host)
