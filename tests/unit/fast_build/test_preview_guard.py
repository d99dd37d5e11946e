"""The preview's guard: which Host values it answers."""

from kurzeme_visiem.fast_build.preview_guard import allowed_hosts


def test_allowed_hosts_are_the_loopback_names_on_the_preview_port():
    assert allowed_hosts("127.0.0.1", 8000) == {"127.0.0.1:8000", "localhost:8000", "[::1]:8000"}
    assert "kv.test:9000" in allowed_hosts("kv.test", 9000) and "evil.example:9000" not in allowed_hosts("kv.test", 9000)
    assert "[::1]:8000" in allowed_hosts("::1", 8000)

