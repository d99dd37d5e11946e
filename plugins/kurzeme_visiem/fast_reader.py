"""Pelican's Markdown reader, faster and with the same output (``FAST_BUILD``).

* The Markdown of every news item and page is converted once per change of the file: the HTML and the raw
  metadata lines are kept in a cache in ``CACHE_PATH`` keyed by the file's text, so a rebuild converts only
  the files that changed. Only strings are cached; Pelican turns the metadata lines into its objects
  (dates, tags, authors) on every build, with the settings of that build.
* Files not in the cache are converted on all cores at the first read, one ``Markdown`` instance per worker
  (``reset()`` between files instead of a new instance per file, which Pelican's reader makes).

Registered for Pelican's Markdown extensions through the ``readers_init`` signal when ``FAST_BUILD`` is set.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

import markdown
import pelican
from markdown.extensions.meta import MetaPreprocessor
from pelican.readers import MarkdownReader as PelicanMarkdownReader
from pelican.utils import pelican_open

from .forking import default_workers, run_shares, split

CACHE_FORMAT = 1


@dataclass(frozen=True)
class Converted:
    """One file's Markdown turned into HTML, and its metadata lines as the ``meta`` extension read them."""

    digest: str
    html: str
    meta: dict[str, list[str]] | None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class MarkdownReader(PelicanMarkdownReader):
    """Drop-in for ``pelican.readers.MarkdownReader`` (same class name: Pelican records it as ``reader: markdown``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._converted: dict[str, Converted] | None = None
        self._markdown: markdown.Markdown | None = None

    # -- the cache -------------------------------------------------------------------------------------
    def _cache_file(self) -> Path | None:
        if not self.settings.get("CACHE_PATH"):
            return None
        fingerprint = repr((CACHE_FORMAT, pelican.__version__, markdown.__version__, sorted(self.settings["MARKDOWN"].items(), key=str)))
        name = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:16]
        return Path(self.settings["CACHE_PATH"]) / f"markdown-{name}.pickle"

    def _load(self, cache_file: Path | None) -> dict[str, Converted]:
        if cache_file is None:
            return {}
        try:
            with cache_file.open("rb") as handle:
                loaded = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            return {}  # no cache yet, or one from another version: convert again
        return loaded if isinstance(loaded, dict) else {}

    def _save(self, cache_file: Path | None, converted: dict[str, Converted]) -> None:
        if cache_file is None:
            return
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".markdown-", dir=cache_file.parent)
        with os.fdopen(handle, "wb") as out:
            pickle.dump(converted, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, cache_file)  # a concurrent build reads the old or the new cache, never half of one

    # -- converting --------------------------------------------------------------------------------------
    def _sources(self) -> list[str]:
        """Every Markdown file below the article and page folders: what this build will read."""
        root = Path(self.settings["PATH"])
        found: set[str] = set()
        for folder in [*self.settings.get("ARTICLE_PATHS", []), *self.settings.get("PAGE_PATHS", [])]:
            base = root / folder
            if base.is_dir():
                for extension in self.file_extensions:
                    found.update(os.path.abspath(p) for p in base.rglob(f"*.{extension}") if p.is_file())
        return sorted(found)

    def _new_markdown(self) -> markdown.Markdown:
        return markdown.Markdown(**self.settings["MARKDOWN"])

    def _convert_many(self, items: list[tuple[str, str]]) -> list[tuple[str, Converted]]:
        """``(path, text)`` → ``(path, Converted)``, one Markdown instance for all (``reset()`` between files)."""
        converter = self._new_markdown()
        results = []
        for path, text in items:
            converter.reset()
            html = converter.convert(text)
            meta = dict(converter.Meta) if hasattr(converter, "Meta") else None
            results.append((path, Converted(_digest(text), html, meta)))
        return results

    def _prepare(self) -> dict[str, Converted]:
        """The cache brought up to date with every source file, converting the missing ones on all cores."""
        cache_file = self._cache_file()
        cached = self._load(cache_file)
        current: dict[str, Converted] = {}
        missing: list[tuple[str, str]] = []
        for path in self._sources():
            with pelican_open(path) as text:
                entry = cached.get(path)
                if entry is not None and entry.digest == _digest(text):
                    current[path] = entry
                else:
                    missing.append((path, str(text)))
        if missing:
            workers = min(default_workers(self.settings), max(1, len(missing) // 20))
            shares = split(missing, workers, cost=lambda item: len(item[1]))
            for results in run_shares(self._convert_many, shares):
                current.update(results)
            self._save(cache_file, current)
        return current

    def _metadata_markdown(self) -> markdown.Markdown:
        """The instance ``_parse_metadata`` renders FORMATTED_FIELDS with; it removes the ``meta`` step each time."""
        if self._markdown is None:
            self._markdown = self._new_markdown()
        if "meta" not in self._markdown.preprocessors:
            self._markdown.preprocessors.register(MetaPreprocessor(self._markdown), "meta", 27)  # as the extension does
        return self._markdown.reset()

    def read(self, source_path):
        """Pelican's ``MarkdownReader.read``: the same content and metadata, from the cache when the text is unchanged."""
        self._source_path = source_path
        if self._converted is None:
            self._converted = self._prepare()
        self._md = self._metadata_markdown()
        path = os.path.abspath(source_path)
        with pelican_open(source_path) as text:
            entry = self._converted.get(path)
            if entry is None or entry.digest != _digest(text):  # new, or saved again since the build started
                entry = self._convert_many([(path, str(text))])[0][1]
                self._converted[path] = entry
        metadata = self._parse_metadata(entry.meta) if entry.meta is not None else {}
        return entry.html, metadata
