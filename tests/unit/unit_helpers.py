"""Shared helpers of the unit tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# the header of a 16 × 8 GIF: enough for the size reader, as a test picture
GIF_16_BY_8 = b"GIF89a\x10\x00\x08\x00\x80\x00\x00" + bytes(16)


class ContentFolder:
    def __init__(self, root: Path):
        self.root = root

    def write(self, relative: str, text: str = "", *, dedent: bool = True) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text) if dedent else text, encoding="utf-8")
        return path

    def write_bytes(self, relative: str, data: bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

def lines(problems) -> list[str]:
    """Problems as the editor sees them, in the order ``ContentErrors`` prints them."""
    return [str(p) for p in sorted(problems)]
