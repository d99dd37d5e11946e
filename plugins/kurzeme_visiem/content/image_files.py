"""The site's own pictures in ``content/images/``: where a field's value points, and the picture's size."""

from __future__ import annotations

from pathlib import Path

import imagesize

IMAGES_DIR = "images"
READABLE = "PNG, JPEG, GIF, WebP or SVG"


def image_relative(value: str) -> str:
    """``foto.jpg``, ``images/foto.jpg`` and ``/images/foto.jpg`` all name ``foto.jpg`` in ``content/images/``."""
    return value.strip().lstrip("/").removeprefix(f"{IMAGES_DIR}/")


def image_path(content_path: Path, value: str) -> Path:
    """The file an ``Image:`` value names: ``content/images/foto.jpg``."""
    return content_path / IMAGES_DIR / image_relative(value)


def read_size(path: Path) -> tuple[int, int] | None:
    """``(width, height)`` in pixels, or None when the file is not a picture of a known kind."""
    try:
        width, height = imagesize.get(str(path))
    except (OSError, ValueError):
        return None
    if width <= 0 or height <= 0:
        return None
    return int(width), int(height)
