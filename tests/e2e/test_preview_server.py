"""The live preview (`make serve`): loopback only, no path traversal, closed to other sites (DNS rebinding), the
production headers, rebuilds after an edit."""

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


def test_a_partner_edit_is_served_on_its_page_and_on_the_news_naming_it(preview):
    """A partner's YAML changed: the directory path (no news file read again) renders its page and the news items
    that show its short name."""
    port, _, content = preview
    partner = content / "partners" / "tukuma-novads.yaml"
    good = partner.read_text(encoding="utf-8")
    assert "short_name: 'Tukuma novads'" in good
    partner.write_text(good.replace("short_name: 'Tukuma novads'", "short_name: 'Tukuma novads (labots)'"), encoding="utf-8")
    try:
        started = time.monotonic()
        while time.monotonic() - started < 20:
            pages = [get(port, path) for path in ("/partneri/tukuma-novads/", NEWS_URL)]
            if all(status == 200 and "Tukuma novads (labots)" in body for status, body in pages):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the partner's new short name did not show up on its page and the news page within 20 s")
    finally:
        partner.write_text(good, encoding="utf-8")
    started = time.monotonic()
    while "(labots)" in get(port, "/partneri/tukuma-novads/")[1] and time.monotonic() - started < 20:
        time.sleep(0.05)


def test_a_new_title_and_date_are_served_on_the_list_and_under_the_new_url(preview):
    """A lists update is deferred: whatever is asked first, the list, the item's new page and the old URL are
    already the new state's (a page not made yet is made before it is answered)."""
    port, _, content = preview
    news = content / "news" / "2018-07-27-nometne-krasu-ekspedicija.md"
    good = news.read_text(encoding="utf-8")
    old_url = "/jaunumi/nometne-krasu-ekspedicija-2018-satiekas-berni-un-toposas-audzugimenes/"
    assert get(port, old_url)[0] == 200
    news.write_text(good.replace("Title: Nometnē", "Title: Vasaras nometnē", 1).replace("Date: 2018-07-27", "Date: 2026-01-02", 1),
                    encoding="utf-8")
    try:
        started = time.monotonic()
        while time.monotonic() - started < 20:
            status, body = get(port, "/jaunumi/vasaras-nometne-krasu-ekspedicija-2018-satiekas-berni-un-toposas-audzugimenes/")
            if status == 200:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the item's new URL was not served within 20 s")
        assert "Vasaras nometnē" in body and "2026" in body
        status, body = get(port, "/jaunumi/")
        assert status == 200 and body.index("Vasaras nometnē") < body.index("</main>")
        assert get(port, old_url)[0] == 404
    finally:
        news.write_text(good, encoding="utf-8")
    started = time.monotonic()
    while get(port, old_url)[0] != 200 and time.monotonic() - started < 20:
        time.sleep(0.05)


def test_bad_content_keeps_the_last_good_preview(preview):
    port, _, content = preview
    partner = content / "partners" / "tukuma-novads.yaml"
    good = partner.read_text(encoding="utf-8")
    partner.write_text(good.replace("type: municipality", "type: [municipality"), encoding="utf-8")
    time.sleep(3)  # several watch intervals and a (failing) rebuild
    status, body = get(port, "/partneri/tukuma-novads/")
    assert status == 200 and "Tukuma novada dome" in body
    partner.write_text(good, encoding="utf-8")


def request(port: int, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], str]:
    """GET with exactly these headers (``Host`` included), as a DNS-rebinding page or a cross-site form would send."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    answer = {k.lower(): v for k, v in response.getheaders()}
    connection.close()
    return response.status, answer, body


WEBSOCKET = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
             "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}


@pytest.mark.parametrize("path", ["/", NEWS_URL, "/_preview/preview.js", "/_preview/reload", "/nav-tadas-lapas/"])
def test_preview_refuses_a_foreign_host_dns_rebinding(preview, path):
    port, _, _ = preview
    status, _, body = request(port, path, {"Host": f"evil.example:{port}"})
    assert status == 403 and "Tukuma" not in body


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "https://127.0.0.1:{port}", "http://127.0.0.1:1"])
def test_requests_from_other_sites_are_refused(preview, origin):
    port, _, _ = preview
    status, _, body = request(port, NEWS_URL, {"Host": f"127.0.0.1:{port}", "Origin": origin.format(port=port)})
    assert status == 403 and "Tukuma" not in body


def test_the_websocket_refuses_a_foreign_origin_and_accepts_the_preview_itself(preview):
    port, _, _ = preview
    status, _, _ = request(port, "/_preview/reload", {"Host": f"127.0.0.1:{port}", "Origin": "http://evil.example", **WEBSOCKET})
    assert status == 403
    status, _, _ = request(port, "/_preview/reload", {"Host": f"127.0.0.1:{port}", "Origin": f"http://evil.example:{port}", **WEBSOCKET})
    assert status == 403
    status, _, _ = request(port, "/_preview/reload", {"Host": f"localhost:{port}", "Origin": f"http://localhost:{port}", **WEBSOCKET})
    assert status == 101


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
def test_the_preview_answers_its_own_addresses(preview, host):
    port, _, _ = preview
    status, _, body = request(port, "/partneri/tukuma-novads/", {"Host": host.format(port=port)})
    assert status == 200 and "Tukuma novada dome" in body


def test_the_preview_sends_the_production_security_headers(preview):
    from kurzeme_visiem.tools.nginx_conf import security_headers

    port, _, _ = preview
    production = security_headers(Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "security-headers.conf")
    assert "script-src 'self'" in production["Content-Security-Policy"]
    for path in ("/", "/partneri/tukuma-novads/", "/nav-tadas-lapas/"):
        _, headers, body = request(port, path, {"Host": f"127.0.0.1:{port}"})
        for name, value in production.items():
            assert headers.get(name.lower()) == value, (path, name)
    _, _, body = request(port, "/", {"Host": f"127.0.0.1:{port}"})
    assert '<script src="/_preview/preview.js" defer></script>' in body and "<script>" not in body


@pytest.mark.parametrize("path", ["/..%00/", "/%00", "/index.html%00", "/theme/%00/x.css", "/..%00/secret.txt"])
def test_a_nul_byte_in_the_path_is_a_404_not_a_500(preview, path):
    port, _, _ = preview
    status, body = get(port, path)
    assert status in (400, 404) and SECRET not in body


def test_a_symlink_in_the_output_leading_out_is_not_served(preview):
    port, root, _ = preview
    (root / "output" / "saite.txt").symlink_to(root / "secret.txt")
    (root / "output" / "saite-mape").symlink_to(root)
    for path in ("/saite.txt", "/saite-mape/secret.txt"):
        status, body = get(port, path)
        assert status == 404 and SECRET not in body, path
