"""Separate outputs (issue 15): ``make serve`` builds into its own ``.preview/``, so ``make html``/``make publish``
into ``output/`` never change an open preview; ``make serve-public`` builds the public site for its local address
into ``.public-preview/`` and serves it with working asset URLs."""

from __future__ import annotations

import re

from built_site import PREVIEW_SETTINGS, PUBLISH_SETTINGS, copy_demo_content, run_build
from preview_process import get, running_server


def test_the_preview_serves_its_own_folder_and_a_publish_does_not_disturb_it(tmp_path):
    content = copy_demo_content(tmp_path / "content")
    # as make serve runs it: no -o, so the default folder
    with running_server(["serve", "-s", str(PREVIEW_SETTINGS), "-c", str(content)], tmp_path) as port:
        assert (tmp_path / ".preview" / "index.html").is_file(), "the preview builds into .preview/"
        assert not (tmp_path / "output").exists()
        _, before = get(port, "/")
        published = run_build(content, tmp_path / "output", settings=PUBLISH_SETTINGS, cwd=tmp_path,
                              env={"SITEURL": "https://kurzemevisiem.lv"})
        assert published.returncode == 0, published.stderr
        status, after = get(port, "/")
        assert status == 200 and after == before, "the open preview is the same page after a publish"
        assert 'href="/theme/css/site.css"' in after and "https://kurzemevisiem.lv/theme" not in after
        assert "https://kurzemevisiem.lv/" in (tmp_path / "output" / "index.html").read_text(encoding="utf-8")


def test_serve_public_builds_for_its_local_address_and_serves_working_assets(tmp_path):
    content = copy_demo_content(tmp_path / "content")
    arguments = ["serve-public", "-s", str(PUBLISH_SETTINGS), "-c", str(content)]
    with running_server(arguments, tmp_path, timeout=180) as port:
        status, home = get(port, "/")
        assert status == 200
        base = f"http://127.0.0.1:{port}"
        assets = re.findall(r'(?:href|src)="?([^"\s>]+\.(?:css|js|svg|png|ico|webmanifest))"?', home)  # minified HTML
        assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets), assets
        for asset in assets:
            assert asset.startswith(base + "/") or asset.startswith("/"), f"{asset} is not served here"
            assert get(port, asset.removeprefix(base))[0] == 200, asset
        assert "kurzemevisiem.lv" not in home, "no asset or link points at the public host"
        assert (tmp_path / ".public-preview" / "sitemap.xml").is_file(), "a full public build (publish steps ran)"
        assert not (tmp_path / "output").exists() and not (tmp_path / ".preview").exists()
