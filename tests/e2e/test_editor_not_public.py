"""The browser editor (/admin/) exists only in the preview server: no build ever writes it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("site", ["demo_site", "published_site"])
def test_no_build_contains_the_editor(site, request):
    built = request.getfixturevalue(site)
    files = [path for path in built.output.rglob("*") if path.is_file()]
    assert files
    assert not (built.output / "admin").exists()
    for path in files:
        if path.suffix in {".html", ".js", ".css", ".xml", ".txt", ".json"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "/admin/" not in text and "decap" not in text.lower(), path
