"""The local servers' guard: which Host and Origin values they answer."""

from kurzeme_visiem.tools.preview_guard import allowed_hosts, allowed_origins


def test_allowed_hosts_are_the_loopback_names_on_the_preview_port():
    assert allowed_hosts("127.0.0.1", 8000) == {"127.0.0.1:8000", "localhost:8000", "[::1]:8000"}
    assert "kv.test:9000" in allowed_hosts("kv.test", 9000) and "evil.example:9000" not in allowed_hosts("kv.test", 9000)
    assert "[::1]:8000" in allowed_hosts("::1", 8000)


def test_allowed_origins_are_the_same_addresses_over_http_only():
    origins = allowed_origins(allowed_hosts("127.0.0.1", 8000))
    assert "http://localhost:8000" in origins and "http://127.0.0.1:8000" in origins
    assert "https://localhost:8000" not in origins and "http://localhost:8001" not in origins and "null" not in origins
