"""nginx never serves dot-files (``.git/config`` with a token, ``.htpasswd``, editor backups, the deploy marker),
encoded or not, in any folder; ``/.well-known/`` (ACME challenges, security.txt) stays reachable."""

from __future__ import annotations

import http.client

import pytest

from nginx_server import NginxServer
from preview_process import free_port

SECRET = "token=SLEPENS-0123456789"


@pytest.fixture(scope="module")
def nginx(tmp_path_factory):
    root = tmp_path_factory.mktemp("dot-files") / "kurzemevisiem"
    files = {
        "robots.txt": "User-agent: *", "index.html": "<!doctype html><title>x</title>", "404.html": "nav atrasts",
        ".git/config": SECRET, ".git/HEAD": SECRET, ".htpasswd": SECRET, ".env": SECRET, ".kurzemevisiem-deploy": SECRET,
        "theme/.site.css.swp": SECRET, "jaunumi/.draft/index.html": SECRET, ".well-known/.git/config": SECRET,
        ".well-known/security.txt": "Contact: mailto:info@example.invalid", ".well-knownx/config": SECRET,
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    server = NginxServer(root=root, prefix=root.parent / "nginx", port=free_port())
    server.prefix.mkdir()
    server.start()
    yield server
    server.stop()


def raw_get(server: NginxServer, path: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body


@pytest.mark.parametrize("path", [
    "/.git/config", "/.git/HEAD", "/.git/", "/.htpasswd", "/.env", "/.kurzemevisiem-deploy", "/theme/.site.css.swp",
    "/jaunumi/.draft/", "/jaunumi/.draft/index.html", "/%2egit/config", "/%2Egit/config", "/theme/../.git/config",
    "/.well-known/../.git/config", "/.well-known/.git/config", "/.well-knownx/config", "//.git/config",
])
def test_dot_files_are_not_served(nginx, path):
    status, body = raw_get(nginx, path)
    assert status in (400, 403, 404), (path, status)
    assert SECRET not in body


def test_well_known_is_served(nginx):
    status, body = raw_get(nginx, "/.well-known/security.txt")
    assert status == 200 and body.startswith("Contact:")
