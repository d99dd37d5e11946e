"""The nginx configuration in ``deploy/nginx/`` read as data, so the preview and the S3 deploy answer as nginx does.

One source of truth: the security headers (``security-headers.conf``), and, from ``site.conf``, the Cache-Control
of each location, the ``types { }`` a location overrides and the ``charset_types`` that get ``; charset=utf-8``.
Only the subset of nginx's syntax that ``site.conf`` uses is understood: prefix locations and ``~``/``~*`` regex
locations, matched as nginx does (longest prefix, then the first regex that matches wins).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

NGINX_FOLDER = Path("deploy") / "nginx"
ADD_HEADER = re.compile(r'^\s*add_header\s+(?P<name>[A-Za-z-]+)\s+"(?P<value>[^"]*)"\s+always\s*;', re.MULTILINE)
LOCATION = re.compile(r'^location\s+(?:(?P<mod>~\*|~)\s+)?(?P<pattern>"[^"]*"|[^\s{]+)\s*\{(?P<body>(?:[^{}]|\{[^{}]*\})*)\}',
                      re.MULTILINE)
CACHE_CONTROL = re.compile(r'add_header\s+Cache-Control\s+"(?P<value>[^"]*)"')
TYPES = re.compile(r"types\s*\{(?P<body>[^{}]*)\}")
CHARSET_TYPES = re.compile(r"^charset_types\s+(?P<types>[^;]+);", re.MULTILINE)
# Debian's /etc/nginx/mime.types for the kinds of file a build holds; anything else: default_type
MIME_TYPES = {
    "html": "text/html", "htm": "text/html", "css": "text/css", "js": "application/javascript", "json": "application/json",
    "xml": "text/xml", "atom": "application/atom+xml", "rss": "application/rss+xml", "txt": "text/plain",
    "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
    "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon", "woff": "font/woff", "woff2": "font/woff2",
    "wasm": "application/wasm", "pdf": "application/pdf", "doc": "application/msword", "rtf": "application/rtf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel", "odt": "application/vnd.oasis.opendocument.text",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "zip": "application/zip", "mp3": "audio/mpeg", "mp4": "video/mp4", "webm": "video/webm",
}
DEFAULT_TYPE = "application/octet-stream"


def find_nginx_file(name: str, start: Path | None = None) -> Path:
    """``deploy/nginx/<name>`` in the nearest folder above ``start`` (default: this package) that has it."""
    start = start or Path(__file__).resolve().parent
    for folder in (start, *start.parents):
        if (folder / NGINX_FOLDER / name).is_file():
            return folder / NGINX_FOLDER / name
    raise FileNotFoundError(f"{NGINX_FOLDER / name} nav atrasts virs {start}")


def security_headers(conf: Path) -> dict[str, str]:
    """The ``add_header NAME "VALUE" always;`` lines of the nginx include, as a mapping."""
    return {m.group("name"): m.group("value") for m in ADD_HEADER.finditer(conf.read_text(encoding="utf-8"))}


@dataclass(frozen=True)
class Location:
    modifier: str  # "" prefix, "~" regex, "~*" regex ignoring case
    pattern: str
    cache_control: str | None
    types: dict[str, str] = field(default_factory=dict)

    def matches(self, uri: str) -> bool:
        if not self.modifier:
            return uri.startswith(self.pattern)
        return re.search(self.pattern, uri, re.IGNORECASE if self.modifier == "~*" else 0) is not None


@dataclass(frozen=True)
class SiteRules:
    locations: tuple[Location, ...]
    charset_types: frozenset[str]

    def location(self, uri: str) -> Location | None:
        prefixes = [loc for loc in self.locations if not loc.modifier and loc.matches(uri)]
        regex = next((loc for loc in self.locations if loc.modifier and loc.matches(uri)), None)
        return regex or max(prefixes, key=lambda loc: len(loc.pattern), default=None)

    def cache_control(self, uri: str) -> str | None:
        found = self.location(uri)
        return found.cache_control if found else None

    def content_type(self, uri: str) -> str:
        found = self.location(uri)
        extension = PurePosixPath(uri).suffix.lstrip(".").lower()
        mime = (found.types if found and found.types else MIME_TYPES).get(extension, DEFAULT_TYPE)
        return f"{mime}; charset=utf-8" if mime in self.charset_types else mime


def parse_types(body: str) -> dict[str, str]:
    mapping = {}
    for entry in body.split(";"):
        words = entry.split()
        for extension in words[1:]:
            mapping[extension] = words[0]
    return mapping


def site_rules(conf: Path) -> SiteRules:
    text = conf.read_text(encoding="utf-8")
    locations = []
    for m in LOCATION.finditer(text):
        cache = CACHE_CONTROL.search(m.group("body"))
        types = TYPES.search(m.group("body"))
        locations.append(Location(m.group("mod") or "", m.group("pattern").strip('"'),
                                  cache.group("value") if cache else None,
                                  parse_types(types.group("body")) if types else {}))
    charset = CHARSET_TYPES.search(text)
    return SiteRules(tuple(locations), frozenset({"text/html", *(charset.group("types").split() if charset else [])}))
