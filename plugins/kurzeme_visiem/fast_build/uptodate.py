"""A warm build with nothing changed (``FAST_BUILD``): the output folder is already what the build would write.

After each build the inputs' fingerprint is kept next to the cache (``CACHE_PATH/uptodate-<output>.pickle``) with
the size and modification time of every file written, the warnings printed, and the moment the first news item
dated in the future becomes due (until then the same inputs give the same site). The next build with the same
inputs, before that moment, onto an output folder still exactly as it was left, writes nothing and says so.

The fingerprint: tool versions, every setting (``SITEURL`` from the environment included), the plugin's code, the
theme's files and every content file's bytes. Anything else that changes the output is a bug to add here;
``tests/e2e/test_fast_build.py`` checks that a changed input always builds.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import jinja2
import markdown
import pelican

from . import incremental

NEXT_CHANGE = "FAST_BUILD_NEXT_CHANGE"  # set by the writer: when the first future-dated item becomes due (or None)


@dataclass
class BuildRecord:
    fingerprint: str
    next_change: datetime | None
    manifest: dict[str, tuple[int, int]] = field(default_factory=dict)  # output-relative path → (size, mtime_ns)
    warnings: list[str] = field(default_factory=list)


def _as_read(key: str, value):
    """A setting as the settings file gives it. Pelican's Markdown reader adds ``extensions`` (the keys of
    ``extension_configs``) to the ``MARKDOWN`` dict, which a second build in the same process reads again."""
    if key == "MARKDOWN" and isinstance(value, dict) and "extensions" in value:
        if list(value["extensions"]) == list(value.get("extension_configs", {})):
            return {k: v for k, v in value.items() if k != "extensions"}
    return value


def fingerprint(settings: dict) -> str:
    digest = hashlib.sha256(repr((incremental.STATE_FORMAT, pelican.__version__, markdown.__version__,
                                  jinja2.__version__)).encode("utf-8"))
    digest.update(repr(sorted((k, repr(_as_read(k, v))) for k, v in settings.items()
                              if k not in ("OUTPUT_PATH", NEXT_CHANGE))).encode("utf-8"))
    incremental.hash_files(digest, incremental.PLUGIN_DIR.rglob("*.py"))
    incremental.hash_files(digest, (p for p in Path(settings["THEME"]).rglob("*") if p.is_file()))
    incremental.hash_files(digest, (p for p in Path(settings["PATH"]).rglob("*") if p.is_file()))
    return digest.hexdigest()


def record_file(settings: dict, output: Path) -> Path:
    name = hashlib.sha256(str(output.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(settings["CACHE_PATH"]) / f"uptodate-{name}.pickle"


def _manifest(output: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for folder, _, names in os.walk(output):
        for name in names:
            info = os.stat(os.path.join(folder, name))
            found[os.path.relpath(os.path.join(folder, name), output)] = (info.st_size, info.st_mtime_ns)
    return found


def current(settings: dict, output: Path, inputs: str) -> BuildRecord | None:
    """The record of the previous build if ``output`` is still exactly what these inputs would build, else None."""
    try:
        with record_file(settings, output).open("rb") as handle:
            previous = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        return None
    if not isinstance(previous, BuildRecord) or not output.is_dir():
        return None
    if previous.next_change is not None and datetime.now(timezone.utc) >= previous.next_change:
        return None
    if previous.fingerprint != inputs or previous.manifest != _manifest(output):
        return None
    return previous


def record(settings: dict, output: Path, inputs: str, warnings: list[str]) -> int | None:
    """Keep what this build was made from (``inputs``: its fingerprint before it ran) and return how many files the
    output holds; nothing (None) without the writer's ``NEXT_CHANGE`` (the fast writer did not run)."""
    if NEXT_CHANGE not in settings:
        return None
    entry = BuildRecord(inputs, settings[NEXT_CHANGE], _manifest(output), warnings)
    target = record_file(settings, output)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".uptodate-", dir=target.parent)
    with os.fdopen(handle, "wb") as out:
        pickle.dump(entry, out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, target)
    return len(entry.manifest)


def forget(settings: dict, output: Path) -> None:
    record_file(settings, output).unlink(missing_ok=True)
