"""``make deploy``: copy the public build to the web server or a local folder with rsync, or to S3 object storage.

The target is checked by :mod:`deploy_target` before anything is contacted: ``--delete`` removes files only inside
that folder. Dot-files (``.git``, editor backups) are never copied, except ``.well-known/``; a dot-file already in
the target is neither copied over nor deleted. Every deploy leaves :data:`MARKER` in the target, so a later deploy to
a folder whose name does not end in ``kurzemevisiem`` is still accepted there. ``s3://bucket/prefix`` goes to
:mod:`deploy_s3`. The output folder must be a finished public build made for the site's https address on a real
host name (its sitemap says which): a build made for ``http://127.0.0.1:8001`` (``make serve-public``) is refused.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from ..content.messages import message
from .deploy_target import MARKER, SITE_FOLDER, S3, DeployRefused, Target, check_allow_list, parse_target, refuse

RSYNC_OPTIONS = ["--recursive", "--links", "--times", "--checksum", "--delete", "--delete-delay", "--delay-updates",
                 "--chmod=D755,F644", "--itemize-changes"]
# first match wins: the marker and /.well-known/ go, every other name starting with a dot stays behind
DOT_FILE_FILTERS = [f"--include=/{MARKER}", "--include=/.well-known/", "--include=/.well-known/**", "--exclude=.*"]
PUBLIC_BUILD_MARKERS = ("index.html", "404.html", "sitemap.xml", "robots.txt", "pagefind/pagefind-ui.js")
REAL_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]")
LOCAL_SUFFIXES = (".localhost", ".local", ".test", ".example", ".invalid", ".internal", ".lan", ".home.arpa")

__all__ = ["DeployRefused", "check_public_build", "check_target", "deploy", "rsync_command"]


def check_public_build(output: Path) -> None:
    """A finished public build, made for the site's https address on a real host name (its sitemap says which)."""
    if output.exists() and not output.is_dir():
        raise DeployRefused(message("deploy.output_is_file", output=output))
    missing = [name for name in PUBLIC_BUILD_MARKERS if not (output / name).exists()]
    if missing:
        raise DeployRefused(message("deploy.not_public_build", output=output, missing=", ".join(missing)))
    found = re.search(r"<loc>\s*([^<\s]+)", (output / "sitemap.xml").read_text(encoding="utf-8", errors="replace"))
    address = urlsplit(found.group(1)) if found else None
    host = (address.hostname or "") if address else ""
    if address is None or address.scheme != "https" or not REAL_HOST.fullmatch(host) or host.endswith(LOCAL_SUFFIXES):
        built_for = found.group(1) if found else message("deploy.no_address")
        raise DeployRefused(message("deploy.not_public_address", output=output, address=built_for))


def remote_has_marker(target: Target) -> bool:
    """Ask the server whether an earlier deploy left the marker (only when the folder name is not allow-listed)."""
    probe = subprocess.run(["rsync", "--list-only", f"{target.rsync_destination}{MARKER}"],
                           capture_output=True, check=False, timeout=60)
    return probe.returncode == 0


def check_target(target: str, output: Path, ask_server: bool = True) -> Target:
    """The checked target (:class:`DeployRefused` otherwise); the server is asked only after every local rule."""
    checked = parse_target(target, output)
    check_allow_list(checked, remote_has_marker if ask_server else (lambda _: False))
    return checked


def rsync_command(output: Path, marker_folder: Path, target: Target, dry_run: bool) -> list[str]:
    return ["rsync", *RSYNC_OPTIONS, *DOT_FILE_FILTERS, *(["--dry-run"] if dry_run else []),
            f"{output}/", f"{marker_folder}/", target.rsync_destination]


def deploy(output: Path, target: str, dry_run: bool = False) -> subprocess.CompletedProcess | int:
    if S3.match(target):
        from .deploy_s3 import deploy_s3  # boto3 is needed only here

        check_public_build(output)
        return deploy_s3(output, target, dry_run=dry_run)
    parsed = parse_target(target, output)
    check_public_build(output)
    if shutil.which("rsync") is None:
        raise DeployRefused(message("deploy.no_rsync"))
    check_allow_list(parsed, remote_has_marker)
    if not parsed.host and not dry_run:
        try:
            Path(parsed.path).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise refuse(target, message("deploy.target.cannot_create", reason=error.strerror)) from error
    with tempfile.TemporaryDirectory(prefix="kurzemevisiem-marker-") as marker_folder:
        (Path(marker_folder) / MARKER).write_text(f"{SITE_FOLDER}: make deploy\n", encoding="utf-8")
        return subprocess.run(rsync_command(output, Path(marker_folder), parsed, dry_run), check=False)
