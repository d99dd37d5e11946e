"""Pelican's Markdown reader, faster and with the same output (``FAST_BUILD``).

* The Markdown of every news item and page is converted once per version of its text: the HTML and the raw
  metadata lines are kept in ``CACHE_PATH/markdown-<fingerprint>/``, one small file per text, named by the
  text's SHA-256 (so an edit, a new file or a rename needs no bookkeeping, and nothing large is held in
  memory). Only strings are cached; Pelican turns the metadata lines into its objects (dates, tags, authors)
  on every build, with the settings of that build.
* Texts not in the cache are converted on all cores at the first read, one ``Markdown`` instance per worker
  (``reset()`` between files instead of the new instance per file that Pelican's reader makes).

Registered for Pelican's Markdown extensions through the ``readers_init`` signal when ``FAST_BUILD`` is set.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import markdown
import pelican
from markdown.extensions.meta import MetaPreprocessor
from pelican.readers import MarkdownReader as PelicanMarkdownReader
from pelican.utils import pelican_open

from ..content.sources import markdown_files
from .forking import default_workers, run_shares, split
from .versions import fast_build_active

CACHE_FORMAT = 2


@dataclass(frozen=True)
class Converted:
    """One text's Markdown turned into HTML, and its metadata lines as the ``meta`` extension read them."""

    html: str
    meta: dict[str, list[str]] | None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class MarkdownReader(PelicanMarkdownReader):
    """Drop-in for ``pelican.readers.MarkdownReader`` (same class name: Pelican records it as ``reader: markdown``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._prepared = False
        self._markdown: markdown.Markdown | None = None
        fingerprint = repr((CACHE_FORMAT, pelican.__version__, markdown.__version__,
                            sorted(self.settings["MARKDOWN"].items(), key=str)))
        name = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:16]
        self._cache_dir = Path(self.settings["CACHE_PATH"]) / f"markdown-{name}"

    # -- the cache: one file per text ------------------------------------------------------------------------
    def _entry(self, digest: str) -> Path:
        return self._cache_dir / digest[:2] / f"{digest}.pickle"

    def _load(self, digest: str) -> Converted | None:
        try:
            with self._entry(digest).open("rb") as handle:
                entry = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None  # not converted yet, or damaged: convert again
        return entry if isinstance(entry, Converted) else None

    def _store(self, digest: str, entry: Converted) -> None:
        target = self._entry(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".entry-{os.getpid()}-{target.name}")  # this process's own name for it
        with temporary.open("wb") as out:
            pickle.dump(entry, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)  # a concurrent build sees the whole entry or none

    # -- converting --------------------------------------------------------------------------------------
    def _sources(self) -> list[str]:
        """Every news and page file this build will read (``content/sources.py``: the check's discovery)."""
        root = Path(self.settings["PATH"])
        folders = [*self.settings.get("ARTICLE_PATHS", []), *self.settings.get("PAGE_PATHS", [])]
        return sorted({os.path.abspath(p) for folder in folders for p in markdown_files(root / folder)})

    def _new_markdown(self) -> markdown.Markdown:
        return markdown.Markdown(**self.settings["MARKDOWN"])

    def _convert_many(self, texts: list[str]) -> list[Converted]:
        """Convert and cache ``texts``, one Markdown instance for all (``reset()`` between texts)."""
        converter = self._new_markdown()
        return [self._convert(converter, text) for text in texts]

    def _convert(self, converter: markdown.Markdown, text: str) -> Converted:
        converter.reset()
        html = converter.convert(text)
        entry = Converted(html, dict(converter.Meta) if hasattr(converter, "Meta") else None)
        self._store(_digest(text), entry)
        return entry

    def _convert_files(self, paths: list[str]) -> int:
        """Convert and cache the texts of ``paths``, keeping none of them in memory (a worker's share)."""
        converter = self._new_markdown()
        for path in paths:
            with pelican_open(path) as text:
                self._convert(converter, str(text))
        return len(paths)

    def _prepare(self) -> None:
        """Convert, on all cores, every source text the cache does not have yet."""
        missing: dict[str, tuple[str, int]] = {}  # digest → (path, length): the texts are read again by the workers
        for path in self._sources():
            with pelican_open(path) as text:
                digest = _digest(text)
                if digest not in missing and not self._entry(digest).is_file():
                    missing[digest] = (path, len(text))
        if missing:
            files = list(missing.values())
            workers = min(default_workers(self.settings), max(1, len(files) // 20))
            shares = split(files, workers, cost=lambda file: file[1])
            run_shares(self._convert_files, [[path for path, _ in share] for share in shares])

    def _metadata_markdown(self) -> markdown.Markdown:
        """The instance ``_parse_metadata`` renders FORMATTED_FIELDS with; it removes the ``meta`` step each time."""
        if self._markdown is None:
            self._markdown = self._new_markdown()
        if "meta" not in self._markdown.preprocessors:
            self._markdown.preprocessors.register(MetaPreprocessor(self._markdown), "meta", 27)  # as the extension does
        return self._markdown.reset()

    def read(self, source_path):
        """Pelican's ``MarkdownReader.read``: the same content and metadata, from the cache when the text is known."""
        self._source_path = source_path
        if not self._prepared:
            self._prepared = True
            self._prepare()
        self._md = self._metadata_markdown()
        with pelican_open(source_path) as text:
            entry = self._load(_digest(text)) or self._convert_many([str(text)])[0]
        metadata = self._parse_metadata(entry.meta) if entry.meta is not None else {}
        return entry.html, metadata


def use_fast_reader(readers) -> None:
    """``readers_init``: with FAST_BUILD on a tested Pelican, Markdown goes through this reader (same output)."""
    if fast_build_active(readers.settings):
        for extension, reader_class in list(readers.reader_classes.items()):
            if reader_class is PelicanMarkdownReader:
                readers.reader_classes[extension] = MarkdownReader
