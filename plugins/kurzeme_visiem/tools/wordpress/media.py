"""Uploads: which file an address in a post means, where it goes under ``content/``, and what is missing.

``MediaLibrary`` is shared by all items of one import: it knows the old site's addresses, the ``UPLOADS`` folder,
the attachments of the export and the new address of every imported post, and plans each copy once.
``ItemMedia`` is its view for one post: the ``MediaRewriter`` that ``body.convert_body`` calls, collecting what
needs a person's look (missing files, images without alt text).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from ...content.lv.slugs import slugify_lv
from .naming import clean_title

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"})
SIZE_SUFFIX = re.compile(r"-(?:\d+x\d+|scaled|rotated)(?=\.[A-Za-z0-9]+$)")
UPLOADS_MARK = "/wp-content/uploads/"


@dataclass(frozen=True)
class Attachment:
    attachment_id: int
    upload: str  # path below uploads/, e.g. 2016/05/foto.jpg
    alt: str
    caption: str
    title: str


@dataclass(frozen=True)
class Copy:
    source: Path  # the file in UPLOADS
    target: str  # below content/, e.g. images/2016/05/foto.jpg


@dataclass
class MediaLibrary:
    site_url: str
    uploads: Path | None
    attachments: dict[int, Attachment] = field(default_factory=dict)
    new_urls: dict[str, str] = field(default_factory=dict)  # old path ("/2016/05/20/x/", "/?p=12") → new URL
    copies: dict[str, Copy] = field(default_factory=dict)  # upload path → copy
    missing: dict[str, str] = field(default_factory=dict)  # original address → where it was used first

    def __post_init__(self) -> None:
        self.hosts = {_host(self.site_url)} if self.site_url else set()
        self._by_upload = {}
        for attachment in self.attachments.values():
            self._by_upload.setdefault(attachment.upload, attachment)
            self._by_upload.setdefault(SIZE_SUFFIX.sub("", attachment.upload), attachment)

    def add_host(self, url: str) -> None:
        if _host(url):
            self.hosts.add(_host(url))

    def is_own(self, url: str) -> bool:
        parts = urlsplit(url)
        return (not parts.scheme and not parts.netloc) or (parts.scheme in ("http", "https") and _host(url) in self.hosts)

    def upload_path(self, url: str) -> str | None:
        """``https://site/wp-content/uploads/2016/05/a.jpg`` → ``2016/05/a.jpg`` (only the old site's own uploads)."""
        if not self.is_own(url):
            return None
        path = unquote(urlsplit(url).path)
        if UPLOADS_MARK not in path:
            return None
        upload = path.split(UPLOADS_MARK, 1)[1].strip("/")
        parts = PurePosixPath(upload).parts
        return upload if upload and ".." not in parts else None

    def attachment_for(self, url: str, attachment_id: int | None) -> Attachment | None:
        if attachment_id in self.attachments:
            return self.attachments[attachment_id]
        upload = self.upload_path(url)
        if not upload:
            return None
        return self._by_upload.get(upload) or self._by_upload.get(SIZE_SUFFIX.sub("", upload))

    def absolute(self, url: str) -> str:
        return urljoin(self.site_url + "/", url) if self.site_url and not urlsplit(url).scheme else url

    def place(self, upload: str) -> str | None:
        """The new ``/images/…`` or ``/documents/…`` address of an upload, planning its copy; ``None`` if absent."""
        if upload in self.copies:
            return "/" + self.copies[upload].target
        source = self._find(upload)
        if source is None:
            return None
        same = next((copy for copy in self.copies.values() if copy.source == source), None)
        target = same.target if same else self._target(upload)
        self.copies[upload] = Copy(source, target)
        return "/" + target

    def new_url(self, href: str) -> str | None:
        """The new address of an imported post or page the link points at (old permalink, ``?p=``, ``?page_id=``)."""
        if not self.is_own(href):
            return None
        parts = urlsplit(href)
        query = parse_qs(parts.query)
        for key in ("p", "page_id"):
            if query.get(key, [""])[0].isdigit():
                return self.new_urls.get(f"/?{key}={query[key][0]}")
        path = unquote(parts.path or "/")
        return self.new_urls.get(path if path.endswith("/") else path + "/")

    def _find(self, upload: str) -> Path | None:
        if self.uploads is None:
            return None
        original = SIZE_SUFFIX.sub("", upload)
        for candidate in dict.fromkeys((original, upload)):
            path = self.uploads / candidate
            try:
                if path.is_file() and path.resolve().is_relative_to(self.uploads.resolve()):
                    return path
            except OSError:
                continue
        return None

    def _target(self, upload: str) -> str:
        path = PurePosixPath(SIZE_SUFFIX.sub("", upload))
        folder = "images" if path.suffix.lower() in IMAGE_SUFFIXES else "documents"
        dirs = [slugify_lv(part) or "x" for part in path.parts[:-1]]
        stem = slugify_lv(path.stem) or "fails"
        base = "/".join([folder, *dirs, stem])
        taken = {copy.target for copy in self.copies.values()}
        candidate, number = f"{base}{path.suffix.lower()}", 2
        while candidate in taken:
            candidate, number = f"{base}-{number}{path.suffix.lower()}", number + 1
        return candidate


@dataclass
class ItemMedia:
    """The ``MediaRewriter`` for one post or page."""

    library: MediaLibrary
    fallback_alt: str
    missing: list[str] = field(default_factory=list)
    alt_made: list[str] = field(default_factory=list)

    def image(self, src: str, alt: str, caption: str, attachment_id: int | None) -> tuple[str | None, str]:
        attachment = self.library.attachment_for(src, attachment_id)
        alt = alt or (attachment.alt if attachment else "") or caption or (attachment.caption if attachment else "")
        alt = alt or (attachment.title if attachment else "")
        upload = self.library.upload_path(src)
        if upload is None:
            new_src = self.library.absolute(src)
        else:
            new_src = self.library.place(upload)
            if new_src is None:
                self._missing(src)
        if not alt:
            alt = _alt_from_name(src) or self.fallback_alt
            self.alt_made.append(f"{src} → alt “{alt}”")
        return new_src, " ".join(html.unescape(alt).split())

    def link(self, href: str) -> str:
        upload = self.library.upload_path(href)
        if upload is not None:
            new = self.library.place(upload)
            if new is None:
                self._missing(href)
                return self.library.absolute(href)
            return new
        new = self.library.new_url(href)
        if new:
            return new
        parts = urlsplit(href)
        if self.library.is_own(href) and not href.startswith("#") and (parts.path or parts.query):
            return self.library.absolute(href)  # a page of the old site that was not imported: keep its address
        return href

    def _missing(self, url: str) -> None:
        address = self.library.absolute(url)
        self.missing.append(address)
        self.library.missing.setdefault(address, self.fallback_alt)


def _alt_from_name(url: str) -> str:
    stem = SIZE_SUFFIX.sub("", PurePosixPath(unquote(urlsplit(url).path)).name).rsplit(".", 1)[0]
    words = re.sub(r"[-_.]+", " ", stem).strip()
    return clean_title(words) if words and not words.isdigit() else ""


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
