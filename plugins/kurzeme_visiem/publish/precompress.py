"""Precompressed copies (``.gz`` and ``.br``) of every text file, for nginx's ``gzip_static`` (and ``brotli_static``).

Both are deterministic: gzip with no file name and modification time 0, brotli at quality 11. A copy that
would not be smaller than the file is not written.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli

COMPRESSED_SUFFIXES = frozenset({".html", ".css", ".js", ".xml", ".txt", ".json", ".svg", ".webmanifest", ".ico"})


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def brotli_bytes(data: bytes) -> bytes:
    return brotli.compress(data, quality=11)


def precompress_site(site: Path) -> int:
    """Write ``<file>.gz`` and ``<file>.br`` next to each text file; returns the number of files written."""
    written = 0
    for path in sorted(p for p in site.rglob("*") if p.is_file() and p.suffix in COMPRESSED_SUFFIXES):
        data = path.read_bytes()
        for suffix, compress in ((".gz", gzip_bytes), (".br", brotli_bytes)):
            packed = compress(data)
            if len(packed) < len(data):
                path.with_name(path.name + suffix).write_bytes(packed)
                written += 1
    return written
