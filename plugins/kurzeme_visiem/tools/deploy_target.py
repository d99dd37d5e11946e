"""Where ``make deploy`` may copy to: one normalised target, refused before any connection unless it is safe.

rsync ``--delete`` empties whatever folder it is given, so a target is accepted only when, after normalising
(``~``, ``.``, ``//``; ``..`` is refused outright for a server, since a symlink there can make it mean anything):

* it is not, and does not contain, a file-system root, a home folder or a system folder (``/etc``, ``/var`` ...),
  and does not lie inside an operating-system folder (``/etc/...``, ``/usr/lib/...``);
* locally, it is not the output folder, a folder around it, or a folder inside it (checked on the path as written
  and with symlinks resolved), and not an existing file;
* it is allow-listed: its last folder name ends in ``kurzemevisiem`` (``/var/www/kurzemevisiem``), or the folder
  already carries the marker file an earlier deploy wrote (:data:`MARKER`; asked only after every other rule passed).
"""

from __future__ import annotations

import os
import posixpath
import pwd
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..content.messages import message

SITE_FOLDER = "kurzemevisiem"
MARKER = ".kurzemevisiem-deploy"  # written by every deploy; a dot-file, so nginx never serves it
REMOTE = re.compile(r"^(?:(?P<user>[A-Za-z0-9._-]+)@)?(?P<host>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):(?P<path>.*)$",
                    re.DOTALL)
S3 = re.compile(r"^s3://")
SYSTEM = frozenset(PurePosixPath(p) for p in (
    "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt", "/opt",
    "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/usr/local", "/usr/share", "/var",
    "/var/backups", "/var/cache", "/var/lib", "/var/local", "/var/log", "/var/mail", "/var/opt", "/var/spool",
    "/var/tmp", "/var/www", "/snap", "/Users", "/Library", "/Applications", "/System", "/private", "/Volumes",
))
NEVER_INSIDE = tuple(PurePosixPath(p) for p in (
    "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/proc", "/run", "/sbin", "/sys", "/usr/bin",
    "/usr/lib", "/usr/sbin", "/usr/include", "/var/lib", "/var/log", "/var/spool", "/var/mail",
))
HOME_PARENTS = (PurePosixPath("/home"), PurePosixPath("/Users"))


class DeployRefused(Exception):
    """The target or the output folder is not safe to deploy to or from; nothing was copied or contacted."""


class DeployFailed(Exception):
    """The copy started but did not finish (the storage or rsync answered with an error); nothing was deleted."""


@dataclass(frozen=True)
class Target:
    """A checked target: ``host`` is ``None`` for a local folder; ``path`` is normalised (``~`` = the remote home)."""

    text: str
    host: str | None
    path: str

    @property
    def rsync_destination(self) -> str:
        """``~/x`` is given to rsync as ``x``: a relative path is read from the remote home, with no shell needed."""
        if not self.host:
            return f"{self.path}/"
        path = self.path[2:] if self.path.startswith("~/") else self.path
        return f"{self.host}:{path}/"


def refuse(target: str, why: str) -> DeployRefused:
    return DeployRefused(message("deploy.target_refused", target=printable(target), reason=why))


def printable(text: str) -> str:
    """The target on one line: control characters (a newline, ESC) shown escaped, never acted on by the terminal."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def home_folders() -> set[PurePosixPath]:
    homes = {PurePosixPath(os.path.abspath(Path.home()))}
    homes.update(PurePosixPath(entry.pw_dir) for entry in pwd.getpwall() if entry.pw_dir.startswith("/"))
    return {home for home in homes if home != PurePosixPath("/")}


def is_home(path: PurePosixPath, homes: set[PurePosixPath]) -> bool:
    return path in homes or any(path.parent == parent for parent in HOME_PARENTS) or path == PurePosixPath("/root")


def check_absolute(target: str, path: PurePosixPath, homes: set[PurePosixPath]) -> None:
    """Refuse system folders, home folders, anything containing them, and anything inside the operating system."""
    if path in SYSTEM or any(system.is_relative_to(path) for system in SYSTEM):
        raise refuse(target, message("deploy.target.system_folder", path=path, site_folder=SITE_FOLDER))
    if is_home(path, homes) or any(home.is_relative_to(path) for home in homes):
        raise refuse(target, message("deploy.target.home_folder", path=path, site_folder=SITE_FOLDER))
    if any(path.is_relative_to(system) for system in NEVER_INSIDE):
        raise refuse(target, message("deploy.target.inside_system", path=path, site_folder=SITE_FOLDER))


def normalise_remote(target: str, path: str) -> str:
    """``~``-relative or absolute, without ``.``, ``//`` or a trailing slash; ``..`` and home itself refused."""
    if "\x00" in path or any(not c.isprintable() for c in path):
        raise refuse(target, message("deploy.target.control_characters"))
    if ".." in path.split("/"):
        raise refuse(target, message("deploy.target.dot_dot"))
    if path.startswith("~"):
        head, _, rest = path.partition("/")
        base = head  # ~ or ~user: that user's home folder
    elif path.startswith("/"):
        base, rest = "", path
    else:
        base, rest = "~", path  # rsync and ssh read a relative path from the remote home
    rest = posixpath.normpath("/" + rest).lstrip("/")  # also turns // and /./ into /
    if base.startswith("~"):
        if not rest:
            raise refuse(target, message("deploy.target.is_home", site_folder=SITE_FOLDER))
        return f"{base}/{rest}"
    return "/" + rest


def check_local_output(target: str, path: Path, output: Path) -> None:
    out = [Path(os.path.abspath(output)), output.resolve()]
    for candidate in {Path(os.path.abspath(path)), path.resolve()}:
        for built in out:
            if candidate == built or built.is_relative_to(candidate):
                raise refuse(target, message("deploy.target.is_output", output=output))
            if candidate.is_relative_to(built):
                raise refuse(target, message("deploy.target.in_output", output=output))
        check_absolute(target, PurePosixPath(candidate), home_folders())
    if path.exists() and not path.is_dir():
        raise refuse(target, message("deploy.target.is_file"))


def allow_listed(path: str, has_marker) -> bool:
    return PurePosixPath(path).name.endswith(SITE_FOLDER) or has_marker()


def parse_target(target: str, output: Path) -> Target:
    """The normalised target, or :class:`DeployRefused` (before anything is contacted or copied)."""
    if not target.strip():
        raise DeployRefused(message("deploy.no_target", site_folder=SITE_FOLDER))
    if target != target.strip() or "\n" in target:
        raise refuse(target, message("deploy.target.spaces"))
    remote = None if target.startswith(("/", ".", "~")) else REMOTE.match(target)
    if remote:
        path = normalise_remote(target, remote.group("path"))
        if path.startswith("/"):
            check_absolute(target, PurePosixPath(path), set())
        host = f"{remote.group('user')}@{remote.group('host')}" if remote.group("user") else remote.group("host")
        return Target(target, host, path)
    if ":" in target.split("/")[0]:
        raise refuse(target, message("deploy.target.unknown_kind"))
    local = Path(os.path.abspath(Path(target).expanduser()))
    check_local_output(target, local, output)
    return Target(target, None, str(local))


def check_allow_list(target: Target, remote_has_marker) -> None:
    """Allowed: the folder name ends in ``kurzemevisiem``, or an earlier deploy left :data:`MARKER` there."""
    if target.host:
        has_marker = lambda: remote_has_marker(target)  # noqa: E731 - asked only when the name does not match
    else:
        has_marker = lambda: (Path(target.path) / MARKER).is_file()  # noqa: E731
    if not allow_listed(target.path, has_marker):
        raise refuse(target.text, message("deploy.target.not_allow_listed", site_folder=SITE_FOLDER, marker=MARKER))
