"""One way to put a content folder behind the project's nginx: the public build, the deploy step, an nginx server
(not yet started) for it. Used by the browser tests that need the deployed site rather than the build output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from built_site import PUBLISH_SETTINGS, ROOT, run_build
from nginx_server import NginxServer


def deployed_nginx(content: Path, root: Path, port: int) -> NginxServer:
    """Build ``content`` with the public settings for ``port``, deploy it to ``root/kurzemevisiem`` (a name the deploy
    guard accepts) and return the nginx server for it (prefix ``root/nginx``); the caller starts it."""
    built = run_build(content, root / "output", settings=PUBLISH_SETTINGS, env={"SITEURL": f"http://127.0.0.1:{port}"})
    assert built.returncode == 0, built.stderr
    deployed = subprocess.run(
        [sys.executable, "-m", "kurzeme_visiem", "deploy", "-o", str(root / "output"), "--target", str(root / "kurzemevisiem")],
        env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")}, capture_output=True, text=True, timeout=120)
    assert deployed.returncode == 0, deployed.stderr
    (root / "nginx").mkdir()
    return NginxServer(root=root / "kurzemevisiem", prefix=root / "nginx", port=port)
