"""``make deploy``: copy the public build to the web server (or a local folder) with rsync.

The target is ``user@host:/path`` or a local path. ``--delete`` removes files only inside the target folder
(rsync never deletes outside the destination it is given); targets that are a file system root, a home folder
or the output folder itself are refused, and so is an output folder that is not a finished public build for the
site's https address.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

HOME = re.compile(r"~[^/]*")  # ~ or ~user: a home folder itself
REMOTE = re.compile(r"^(?:[A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+:(?P<path>.*)$")
RSYNC_OPTIONS = ["--recursive", "--links", "--times", "--checksum", "--delete", "--delete-delay", "--delay-updates",
                 "--chmod=D755,F644", "--itemize-changes"]
PUBLIC_BUILD_MARKERS = ("index.html", "404.html", "sitemap.xml", "robots.txt", "pagefind/pagefind-ui.js")


class DeployRefused(Exception):
    """The target or the output folder is not safe to deploy to or from; nothing was copied."""


def check_public_build(output: Path) -> None:
    """A finished public build, made for the site's https address on a real host name (its sitemap says which)."""
    missing = [name for name in PUBLIC_BUILD_MARKERS if not (output / name).exists()]
    if missing:
        raise DeployRefused(f"{output}/ is not a public build (missing: {', '.join(missing)}); run make publish first")
    found = re.search(r"<loc>\s*([^<\s]+)", (output / "sitemap.xml").read_text(encoding="utf-8", errors="replace"))
    address = urlsplit(found.group(1)) if found else None
    host = (address.hostname or "") if address else ""
    real_host = re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]", host) and not \
        host.endswith((".localhost", ".local", ".test", ".example", ".invalid", ".internal", ".lan", ".home.arpa"))
    if address is None or address.scheme != "https" or not real_host:
        built_for = found.group(1) if found else "no address"
        raise DeployRefused(f"{output}/ was built for {built_for}, not for the site's https address on a real host "
                            "name; run make publish (SITEURL=https://...) first")


def remote_target(target: str) -> re.Match | None:
    """``user@host:/path`` or ``host:path``; ``None`` for a local folder."""
    return None if target.startswith(("/", ".", "~")) else REMOTE.match(target)


def check_target(target: str, output: Path) -> None:
    if not target.strip():
        raise DeployRefused("no target: make deploy DEPLOY_TARGET=user@host:/var/www/kurzemevisiem (or a local folder)")
    remote = remote_target(target)
    path = remote.group("path") if remote else target
    bare = path.rstrip("/")
    if bare in ("", ".", "..") or HOME.fullmatch(bare):
        raise DeployRefused(f"'{target}' would replace a root or home folder; give the site's own folder")
    if not remote:
        resolved = Path(path).expanduser().resolve()
        if resolved == Path(resolved.anchor) or resolved == Path.home().resolve():
            raise DeployRefused(f"'{target}' would replace a root or home folder; give the site's own folder")
        if resolved == output.resolve() or output.resolve().is_relative_to(resolved):
            raise DeployRefused(f"'{target}' contains the output folder {output}/; deploy to a different folder")


def rsync_command(output: Path, target: str, dry_run: bool) -> list[str]:
    destination = target if target.endswith("/") else target + "/"
    return ["rsync", *RSYNC_OPTIONS, *(["--dry-run"] if dry_run else []), f"{output}/", destination]


def deploy(output: Path, target: str, dry_run: bool = False) -> subprocess.CompletedProcess:
    check_target(target, output)
    check_public_build(output)
    if shutil.which("rsync") is None:
        raise DeployRefused("rsync is not installed (Debian: apt-get install rsync)")
    if not remote_target(target):
        target = str(Path(target).expanduser())  # no shell expands ~ for rsync
        if not dry_run:
            Path(target).mkdir(parents=True, exist_ok=True)
    return subprocess.run(rsync_command(output, target, dry_run), check=False)
