"""Theme assets of the public build: one CSS bundle, minified, with content-hashed ("fingerprinted") names.

``theme/css/site.css`` and the component files it ``@import``s become one minified file
``theme/css/site.<hash>.css``; every other ``.css``/``.js`` under the theme folder is minified and renamed
``<name>.<hash>.<ext>`` the same way. The hash is the first 10 hex digits of the SHA-256 of the file's final
bytes, so a name changes exactly when the content does and the web server may cache these files for a year.
References in the HTML pages are rewritten to the new names.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

import rcssmin
import rjsmin

from .errors import PublishStepFailed

HASH_LENGTH = 10
FINGERPRINTED = re.compile(r"\.[0-9a-f]{%d}\.(?:css|js)$" % HASH_LENGTH)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?(["']?)([^"')\s]+)\1\s*\)?\s*;""")
CSS_URL = re.compile(r"""url\(\s*(["']?)([^"')]+)\1\s*\)""")
NOT_RELATIVE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|#)", re.IGNORECASE)


@dataclass(frozen=True)
class Renamed:
    before: str  # path relative to the site, e.g. theme/css/site.css
    after: str


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:HASH_LENGTH]


def fingerprinted_name(path: Path, data: bytes) -> Path:
    return path.with_name(f"{path.stem}.{content_hash(data)}{path.suffix}")


def _rebase_urls(css: str, source_folder: Path, bundle_folder: Path) -> str:
    def rebase(match: re.Match) -> str:
        quote, url = match.groups()
        if NOT_RELATIVE.match(url):
            return match.group(0)
        rebased = os.path.relpath(source_folder / url, bundle_folder).replace(os.sep, "/")
        return f"url({quote}{rebased}{quote})"

    return CSS_URL.sub(rebase, css)


def bundle_css(entry: Path, bundle_folder: Path | None = None, seen: frozenset[Path] = frozenset()) -> tuple[str, list[Path]]:
    """The CSS of ``entry`` with every ``@import`` replaced by the imported file; also returns those files."""
    bundle_folder = bundle_folder or entry.parent
    if entry in seen:
        raise PublishStepFailed(f"{entry}: @import cycle")
    if not entry.is_file():
        raise PublishStepFailed(f"{entry}: imported CSS file does not exist")
    inlined: list[Path] = []

    def inline(match: re.Match) -> str:
        imported = (entry.parent / match.group(2)).resolve()
        css, nested = bundle_css(imported, bundle_folder, seen | {entry})
        inlined.extend([imported, *nested])
        return css

    css = CSS_IMPORT.sub(inline, entry.read_text(encoding="utf-8"))
    if "@import" in css:
        raise PublishStepFailed(f"{entry}: an @import that cannot be bundled (only plain @import url(\"file.css\"); is)")
    return _rebase_urls(css, entry.parent, bundle_folder), inlined


def minify_asset(path: Path, text: str) -> str:
    return rcssmin.cssmin(text) if path.suffix == ".css" else rjsmin.jsmin(text)


def fingerprint_theme(site: Path, theme_folder: str = "theme", bundle_entry: str = "css/site.css") -> list[Renamed]:
    """Bundle, minify and rename the theme's CSS and JS; returns what was renamed (site-relative paths)."""
    theme = site / theme_folder
    entry = (theme / bundle_entry).resolve()
    renamed: list[Renamed] = []
    inlined: set[Path] = set()
    if entry.is_file():
        css, parts = bundle_css(entry)
        inlined.update(parts)
        entry.write_text(css, encoding="utf-8")
    for path in sorted(p.resolve() for p in theme.rglob("*") if p.suffix in (".css", ".js")):
        if FINGERPRINTED.search(path.name) or path in inlined:
            continue
        data = minify_asset(path, path.read_text(encoding="utf-8")).encode("utf-8")
        target = fingerprinted_name(path, data)
        target.write_bytes(data)
        path.unlink()
        renamed.append(Renamed(path.relative_to(site.resolve()).as_posix(), target.relative_to(site.resolve()).as_posix()))
    for part in inlined:
        part.unlink(missing_ok=True)
    _remove_empty_folders(theme)
    return renamed


def _remove_empty_folders(folder: Path) -> None:
    for path in sorted((p for p in folder.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(path.iterdir()):
            path.rmdir()


def rewrite_references(site: Path, renamed: list[Renamed]) -> int:
    """Point every HTML page at the new names; returns the number of pages changed."""
    if not renamed:
        return 0
    names = {f"/{r.before}": f"/{r.after}" for r in renamed}
    reference = re.compile("(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r""")(?=["'?#])""")
    changed = 0
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        updated = reference.sub(lambda m: names[m.group(1)], text)
        if updated != text:
            page.write_text(updated, encoding="utf-8")
            changed += 1
    return changed
