"""The live preview (`make serve`): loopback only, no path traversal, rebuilds after an edit."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from built_site import copy_demo_content
from preview_process import get, running_preview

NEWS = "news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"
NEWS_URL = "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"
SECRET = "SLEPENS-1234567890"


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    root = tmp_path_factory.mktemp("preview")
    content = copy_demo_content(root / "content")
    (root / "secret.txt").write_text(SECRET)
    with running_preview(content, root / "output") as port:
        yield port, root, content


def listening_addresses(port: int) -> set[str]:
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if int(hex_port, 16) == port and state == "0A":  # LISTEN
                found.add(address)
    return found


def test_preview_listens_on_loopback_only(preview):
    port, _, _ = preview
    assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1


def test_preview_serves_pages_with_the_reload_script(preview):
    port, _, _ = preview
    status, body = get(port, "/partneri/tukuma-novads/")
    assert status == 200
    assert "Tukuma novada dome" in body
    assert "/_preview/preview.js" in body


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/theme/../../secret.txt",
    "/theme/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/%2e%2e%5csecret.txt", "//../secret.txt",
    "/.%2e/secret.txt", "/%252e%252e/secret.txt",
])
def test_preview_refuses_path_traversal(preview, path):
    port, _, _ = preview
    status, body = get(port, path)
    assert SECRET not in body
    assert status in (400, 403, 404), (path, status)


def test_an_edit_is_rebuilt_and_served(preview):
    port, _, content = preview
    news = content / NEWS
    news.write_text(news.read_text(encoding="utf-8").replace("Vairāk par projekta", "Labots teksts. Vairāk par projekta", 1), encoding="utf-8")
    started = time.monotonic()
    while time.monotonic() - started < 20:
        status, body = get(port, NEWS_URL)
        if status == 200 and "Labots teksts." in body:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the edited news item did not show up in the preview within 20 s")
    print(f"edit visible after {time.monotonic() - started:.2f} s")


def test_bad_content_keeps_the_last_good_preview(preview):
    port, _, content = preview
    partner = content / "partners" / "tukuma-novads.yaml"
    good = partner.read_text(encoding="utf-8")
    partner.write_text(good.replace("type: municipality", "type: [municipality"), encoding="utf-8")
    time.sleep(3)  # several watch intervals and a (failing) rebuild
    status, body = get(port, "/partneri/tukuma-novads/")
    assert status == 200 and "Tukuma novada dome" in body
    partner.write_text(good, encoding="utf-8")
