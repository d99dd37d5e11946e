"""The import manifest ``content/wordpress-import.json``: what the import wrote, so a second import is safe.

For every file it wrote, the manifest keeps the SHA-256 of the bytes written and the WordPress item it came from;
for every WordPress post or page, the file it went to (so its slug stays put when the import runs again). A file
whose bytes no longer match the manifest was edited by a person and is never overwritten.

The manifest is written with sorted keys and no time stamps, so importing the same export again leaves it, like
every other file, byte for byte as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from ...content.messages import message
from ..file_bytes import sha256

MANIFEST_NAME = "wordpress-import.json"


class Outcome(str, Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    EDITED = "skipped: edited since the import"
    FOREIGN = "skipped: a file not written by the import is there"
    DELETED = "skipped: deleted since the import"


@dataclass
class Manifest:
    files: dict[str, dict[str, str]] = field(default_factory=dict)  # path below content/ → {sha256, source}
    items: dict[str, str] = field(default_factory=dict)  # "post:123" → path below content/

    @classmethod
    def load(cls, content: Path) -> Manifest:
        path = content / MANIFEST_NAME
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ManifestError(message("wordpress.manifest.unreadable", path=path, reason=error)) from error
        if not isinstance(data, dict):
            raise ManifestError(message("wordpress.manifest.not_object", path=path))
        return cls(dict(data.get("files", {})), dict(data.get("items", {})))

    def dumps(self) -> bytes:
        data = {"about": "WordPress import: what was written (make import-wordpress); do not edit", "version": 1,
                "files": self.files, "items": self.items}
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")

    def decide(self, content: Path, relative: str, data: bytes) -> Outcome:
        """What writing ``data`` to ``content/relative`` would do, without writing."""
        target = content / relative
        recorded = self.files.get(relative)
        if not target.exists():
            return Outcome.DELETED if recorded else Outcome.CREATED
        current = sha256(target.read_bytes())
        if current == sha256(data):
            return Outcome.UNCHANGED
        if recorded is None:
            return Outcome.FOREIGN
        return Outcome.UPDATED if recorded.get("sha256") == current else Outcome.EDITED

    def record(self, relative: str, data: bytes, source: str) -> None:
        self.files[relative] = {"sha256": sha256(data), "source": source}


class ManifestError(Exception):
    """The manifest is there but cannot be read."""
