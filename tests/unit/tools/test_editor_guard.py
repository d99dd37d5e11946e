"""tools/editor/guard.py: only the preview's own page on this computer may use the editor."""

from __future__ import annotations

import pytest

from kurzeme_visiem.tools.editor.guard import Guard

GUARD = Guard(8000)
SAME = {"Host": "127.0.0.1:8000", "Origin": "http://127.0.0.1:8000", "Content-Type": "application/json",
        "Sec-Fetch-Site": "same-origin"}


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000"])
def test_the_preview_itself_passes(host):
    headers = {**SAME, "Host": host, "Origin": f"http://{host}"}
    assert GUARD.refusal("127.0.0.1", headers, api=True) is None
    assert GUARD.refusal("::1", headers, api=False) is None


def test_another_computer_is_refused_even_with_the_right_headers():
    assert "127.0.0.1" in GUARD.refusal("192.168.1.20", SAME, api=True)
    assert GUARD.refusal("not-an-ip", SAME, api=False)


@pytest.mark.parametrize("host", ["evil.example:8000", "127.0.0.1:9999", "", "127.0.0.1", "kurzemevisiem.lv"])
def test_a_foreign_host_is_refused_dns_rebinding(host):
    headers = {**SAME, "Host": host, "Origin": f"http://{host}"}
    assert "Host" in GUARD.refusal("127.0.0.1", headers, api=False)


@pytest.mark.parametrize("change", [{"Origin": "http://evil.example"}, {"Origin": "null"},
                                    {"Origin": "http://localhost:8000"}, {"Sec-Fetch-Site": "cross-site"},
                                    {"Sec-Fetch-Site": "same-site"}, {"Content-Type": "text/plain"}])
def test_api_requests_from_another_origin_are_refused(change):
    assert GUARD.refusal("127.0.0.1", {**SAME, **change}, api=True)


def test_api_request_without_origin_is_refused():
    headers = {key: value for key, value in SAME.items() if key != "Origin"}
    assert "Origin" in GUARD.refusal("127.0.0.1", headers, api=True)
    assert GUARD.refusal("127.0.0.1", headers, api=False) is None  # the page and its scripts: Host is enough
