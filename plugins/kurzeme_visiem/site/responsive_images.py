"""Responsive images made at build time: width variants, WebP and AVIF, cached by content hash.

``plan_image`` only reads a picture's size (``generate_context``); ``encode_variants`` makes the bytes, taking them
from the cache when the same source was encoded with the same settings before (``generate_output`` writes them);
``picture_html`` writes the ``<picture>`` with ``srcset``, ``width``/``height`` and lazy loading.

Output is deterministic: variant names carry the source's content hash, the encoders get fixed settings and no
metadata (no EXIF, no time stamps), so two builds of the same content are byte-identical.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from html import unescape as html_unescape
from pathlib import Path
from urllib.parse import unquote

from PIL import Image, ImageOps, features

__all__ = ["ImagePolicy", "Variant", "ResponsiveImage", "ImageTooLarge", "VariantCache", "plan_image",
           "encode_variants", "picture_html", "responsive_body", "image_source"]

MIME = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}
PILLOW_FORMAT = {"avif": "AVIF", "webp": "WEBP", "jpeg": "JPEG", "png": "PNG"}
RESIZABLE = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp"}  # GIF (animation) and SVG are served as they are
VARIANT_DIR = "images/v"


@dataclass(frozen=True)
class ImagePolicy:
    """What variants to make and how small they must be (``IMAGE_*`` settings)."""

    widths: tuple[int, ...] = (480, 800, 1200)
    formats: tuple[str, ...] = ("avif", "webp")  # besides the fallback in the source's own format
    quality: dict = field(default_factory=lambda: {"avif": 55, "webp": 78, "jpeg": 80})
    min_quality: int = 40
    budget_bytes: int = 250_000  # the largest allowed variant of one image

    @classmethod
    def from_settings(cls, settings: dict) -> ImagePolicy:
        formats = tuple(f for f in settings.get("IMAGE_FORMATS", cls.formats)
                        if f != "avif" or features.check("avif"))
        return cls(widths=tuple(sorted(settings.get("IMAGE_WIDTHS", cls.widths))), formats=formats,
                   budget_bytes=int(settings.get("IMAGE_BUDGET_BYTES", cls.budget_bytes)))

    def key(self) -> str:
        """Changes whenever an encoded byte could change: settings and Pillow's version."""
        import PIL
        return f"{PIL.__version__}|{sorted(self.quality.items())}|{self.min_quality}|{self.budget_bytes}"


@dataclass(frozen=True)
class Variant:
    path: str  # relative to the output folder, e.g. images/v/foto-1a2b3c4d5e-800.webp
    width: int
    height: int
    format: str


@dataclass(frozen=True)
class ResponsiveImage:
    source: str  # relative to content/, e.g. images/foto.jpg
    width: int  # of the largest variant (the <img> width/height)
    height: int
    digest: str
    variants: tuple[Variant, ...] = ()

    @property
    def fallback(self) -> Variant | None:
        own = [v for v in self.variants if v.format in ("jpeg", "png")]
        return own[-1] if own else None


class ImageTooLarge(Exception):
    """A variant stays above the size budget even at the lowest quality."""

    def __init__(self, source: str, variant: Variant, size: int, budget: int):
        self.source, self.variant, self.size, self.budget = source, variant, size, budget
        super().__init__(f"{source}: {variant.width} px {variant.format} ir {size // 1000} KB, vairāk nekā "
                         f"atļautie {budget // 1000} KB; samaziniet attēlu vai saglabājiet to mazāku")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:10]


def plan_image(content_path: Path, relative: str, policy: ImagePolicy) -> ResponsiveImage | None:
    """The variants one picture will get; None when it is served as it is (SVG, GIF, unreadable)."""
    path = content_path / relative
    data = path.read_bytes()
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = RESIZABLE.get(image.format or "")
            width, height = ImageOps.exif_transpose(image).size if kind else (0, 0)
    except (OSError, Image.DecompressionBombError):
        return None
    if kind is None:
        return None
    digest = _digest(data)
    widths = sorted({w for w in policy.widths if w < width} | {min(width, policy.widths[-1])})
    stem = Path(relative).stem
    fallback = "png" if kind == "png" else "jpeg"
    variants = []
    for fmt in (*policy.formats, fallback):
        extension = "jpg" if fmt == "jpeg" else fmt
        for w in widths:
            h = max(1, round(height * w / width))
            variants.append(Variant(f"{VARIANT_DIR}/{stem}-{digest}-{w}.{extension}", w, h, fmt))
    largest = widths[-1]
    return ResponsiveImage(relative, largest, max(1, round(height * largest / width)), digest, tuple(variants))


class VariantCache:
    """Encoded variants on disk, keyed by source hash, variant and policy: a rebuild does not re-encode."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _path(self, image: ResponsiveImage, variant: Variant, policy: ImagePolicy) -> Path | None:
        if self.folder is None:
            return None
        key = hashlib.sha256(f"{image.digest}|{variant.path}|{policy.key()}".encode()).hexdigest()
        return self.folder / key[:2] / key

    def get(self, image, variant, policy) -> bytes | None:
        path = self._path(image, variant, policy)
        if path is not None and path.is_file():
            self.hits += 1
            return path.read_bytes()
        self.misses += 1
        return None

    def put(self, image, variant, policy, data: bytes) -> None:
        path = self._path(image, variant, policy)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_bytes(data)
        temporary.replace(path)  # atomic: a parallel build never reads half a file


def _resized(source: Image.Image, variant: Variant) -> Image.Image:
    image = ImageOps.exif_transpose(source)
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if has_alpha and variant.format != "jpeg" else "RGB")
    if image.size != (variant.width, variant.height):
        image = image.resize((variant.width, variant.height), Image.Resampling.LANCZOS)
    return image


def _encode_once(image: Image.Image, fmt: str, quality: int) -> bytes:
    out = io.BytesIO()
    options: dict = {}
    if fmt == "png":
        options = {"optimize": True}
    elif fmt == "jpeg":
        options = {"quality": quality, "optimize": True, "progressive": True}
    elif fmt == "webp":
        options = {"quality": quality, "method": 6}
    elif fmt == "avif":
        options = {"quality": quality, "speed": 6, "max_threads": 1}
    image.save(out, PILLOW_FORMAT[fmt], **options)
    return out.getvalue()


def encode_variant(data: bytes, variant: Variant, policy: ImagePolicy, source: str = "") -> bytes:
    """One variant's bytes: lower quality in steps until it fits the budget; ImageTooLarge when it never does."""
    with Image.open(io.BytesIO(data)) as opened:
        image = _resized(opened, variant)
    quality = policy.quality.get(variant.format, 80)
    while True:
        encoded = _encode_once(image, variant.format, quality)
        if len(encoded) <= policy.budget_bytes:
            return encoded
        if variant.format == "png" or quality <= policy.min_quality:
            raise ImageTooLarge(source, variant, len(encoded), policy.budget_bytes)
        quality = max(policy.min_quality, quality - 10)


def encode_variants(content_path: Path, image: ResponsiveImage, policy: ImagePolicy,
                    cache: VariantCache) -> dict[str, bytes]:
    """Every variant of one picture, ``{output path: bytes}``."""
    data = None
    result = {}
    for variant in image.variants:
        encoded = cache.get(image, variant, policy)
        if encoded is None:
            if data is None:
                data = (content_path / image.source).read_bytes()
            encoded = encode_variant(data, variant, policy, image.source)
            cache.put(image, variant, policy, encoded)
        result[variant.path] = encoded
    return result


def picture_html(image: ResponsiveImage, alt: str, siteurl: str = "", *, lazy: bool = True,
                 sizes: str = "(min-width: 48rem) 44rem, 100vw", css_class: str = "") -> str:
    """``<picture>``: one ``<source>`` per modern format, the fallback ``<img>`` with its size and loading."""
    base = siteurl.rstrip("/")
    lines = ["<picture>"]
    for fmt in dict.fromkeys(v.format for v in image.variants):
        if fmt in ("jpeg", "png"):
            continue
        srcset = ", ".join(f"{base}/{v.path} {v.width}w" for v in image.variants if v.format == fmt)
        lines.append(f'<source type="{MIME[fmt]}" srcset="{escape(srcset)}" sizes="{escape(sizes)}">')
    fallback = image.fallback
    own = [v for v in image.variants if v.format == fallback.format]
    srcset = ", ".join(f"{base}/{v.path} {v.width}w" for v in own)
    loading = ' loading="lazy" decoding="async"' if lazy else ' fetchpriority="high"'
    klass = f' class="{escape(css_class)}"' if css_class else ""
    lines.append(f'<img src="{escape(base)}/{escape(fallback.path)}" srcset="{escape(srcset)}" '
                 f'sizes="{escape(sizes)}" alt="{escape(alt)}" width="{image.width}" height="{image.height}"'
                 f'{loading}{klass}>')
    lines.append("</picture>")
    return "".join(lines)


_IMG = re.compile(r"<img\b(?P<attributes>[^>]*?)\s*/?>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""\b(?P<name>src|alt|class)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.IGNORECASE)


def image_source(src: str, siteurl: str = "") -> str | None:
    """``images/foto.jpg`` for a link to one of the site's own pictures (``/images/…``, ``{static}/images/…``,
    ``<SITEURL>/images/…``); None for any other address."""
    path = unquote(src)
    for prefix in ("{static}", "{filename}", siteurl.rstrip("/")):
        if prefix and path.startswith(prefix + "/"):
            path = path[len(prefix):]
            break
    return path.lstrip("/") if path.startswith("/images/") else None


def responsive_body(html: str, plan: Callable[[str], ResponsiveImage | None], siteurl: str = "",
                    first_eager: bool = False) -> str:
    """Every ``<img>`` of a resizable picture of ours becomes a ``<picture>``; lazy, except the first one when
    ``first_eager`` (a page without a lead image: its first picture may be the largest thing on screen)."""
    seen = 0

    def replaced(match: re.Match) -> str:
        nonlocal seen
        attributes = {a["name"].lower(): html_unescape(a["dq"] if a["dq"] is not None else a["sq"])
                      for a in _ATTRIBUTE.finditer(match["attributes"])}
        relative = image_source(attributes.get("src", ""), siteurl)
        image = plan(relative) if relative else None
        if image is None:
            return match[0]
        seen += 1
        return picture_html(image, attributes.get("alt", ""), siteurl, lazy=not (first_eager and seen == 1),
                            css_class=attributes.get("class", ""))

    return _IMG.sub(replaced, html)
