"""One way to put a content folder behind the project's nginx: the public build, copied as make deploy copies it, an nginx server
(not yet started) for it. Used by the browser tests that need the deployed site rather than the build output."""

from __future__ import annotations

from pathlib import Path

from built_site import PUBLISH_SETTINGS, copy_as_deployed, run_build
from nginx_server import NginxServer


def deployed_nginx(content: Path, root: Path, port: int) -> NginxServer:
    """Build ``content`` with the public settings for ``port``, deploy it to ``root/kurzemevisiem`` (a name the deploy
    guard accepts) and return the nginx server for it (prefix ``root/nginx``); the caller starts it."""
    built = run_build(content, root / "output", settings=PUBLISH_SETTINGS, env={"SITEURL": f"http://127.0.0.1:{port}"})
    assert built.returncode == 0, built.stderr
    # make deploy refuses a build for http://127.0.0.1 (issue 15): copied with the deploy's own rsync options
    deployed = copy_as_deployed(root / "output", root / "kurzemevisiem")
    assert deployed.returncode == 0, deployed.stderr
    (root / "nginx").mkdir()
    return NginxServer(root=root / "kurzemevisiem", prefix=root / "nginx", port=port)
