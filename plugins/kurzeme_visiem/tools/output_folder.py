"""The output folder as builds share it: one build at a time, leftovers of killed builds removed, and a swap that
never leaves an instant without a complete ``output/``.

* Lock: ``flock`` on the folder that holds the output (no lock file is left behind); a second build waits up to
  ``wait`` seconds for the first one, then stops with one line. The lock goes with the process, so a killed build
  never leaves it held.
* Leftovers: ``.<output>-staging-*`` and ``.<output>-old-*`` folders of a build that was killed (``kill -9``,
  power cut) are removed by the next build, under the lock.
* Swap: ``renameat2(RENAME_EXCHANGE)`` exchanges the staging folder and the output in one step (Linux 3.15+,
  ext4/xfs/btrfs/tmpfs/overlayfs); the old build then sits at the staging path and is removed. Where the system
  cannot exchange, two renames (output aside, staging in), as before.
* Errors of the file system (disk full, read-only, busy, name too long) become one line in the writer's language
  (``content/messages.py``).
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..content.messages import message

AT_FDCWD = -100
RENAME_EXCHANGE = 2
CANNOT_EXCHANGE = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}
REASONS = {  # errno → its message key; any other error keeps the system's own words
    errno.ENOSPC: "output.reason.no_space",
    errno.EDQUOT: "output.reason.quota",
    errno.EROFS: "output.reason.read_only",
    errno.EACCES: "output.reason.no_write_permission",
    errno.EPERM: "output.reason.not_permitted",
    errno.EBUSY: "output.reason.busy",
    errno.ENAMETOOLONG: "output.reason.name_too_long",
    errno.ENOTDIR: "output.reason.file_in_path",
    errno.EIO: "output.reason.io_error",
}


class OutputBusy(Exception):
    """Another build holds the output folder's lock."""


@contextmanager
def exclusive(output: Path, wait: float) -> Iterator[None]:
    """Hold the output folder's lock; :class:`OutputBusy` when another build keeps it longer than ``wait`` s."""
    handle = os.open(output.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputBusy(message("output.busy", output=output, seconds=f"{wait:.0f}")) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(handle)  # releases the lock


def remove_leftovers(output: Path) -> list[Path]:
    """Staging and retired folders of builds that were killed; call only while holding the lock."""
    found = [*output.parent.glob(f".{output.name}-staging-*"), *output.parent.glob(f".{output.name}-old-*")]
    for folder in found:
        shutil.rmtree(folder, ignore_errors=True)
    return found


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step; ``False`` when this system or file system cannot."""
    libc = ctypes.CDLL(None, use_errno=True)
    function = getattr(libc, "renameat2", None)
    if function is None:
        return False
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if function(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in CANNOT_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(second))


def swap_in(staging: Path, output: Path) -> None:
    """Put ``staging`` at ``output``; the old output is removed. No instant exists without a complete output."""
    if not output.exists():
        staging.rename(output)
        return
    if _exchange(staging, output):
        shutil.rmtree(staging, ignore_errors=True)  # the old build, now at the staging path
        return
    retired = output.parent / f".{output.name}-old-{os.getpid()}"
    output.rename(retired)
    try:
        staging.rename(output)
    except OSError:
        retired.rename(output)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def describe_os_error(error: OSError, output: Path) -> str:
    """One line for a file-system error while building into ``output``."""
    key = REASONS.get(error.errno or 0)
    reason = message(key) if key else error.strerror or str(error)
    return message("output.stopped", where=error.filename or output, reason=reason, output=output)
