"""The site's Markdown reader, faster and with the same output (``FAST_BUILD``).

* The body of every news item and page is converted once per version of its text: the HTML is kept in
  ``CACHE_PATH/markdown-<fingerprint>/``, one small file per body, named by the body's SHA-256 (so an edit, a new
  file or a rename needs no bookkeeping, and nothing large is held in memory). The header is not cached: it is
  read on every build by the site reader itself (``content.markdown_header.read_header``, the function the check
  uses) and typed by Pelican with that build's settings.
* Bodies not in the cache are converted on all cores at the first read, one ``Markdown`` instance per worker
  (``reset()`` between files instead of the new instance per file the site reader makes).

:class:`CachedBodies` only overrides ``convert_body`` of ``site/readers.MarkdownReader``; it is mixed into the
reader class registered for the source extensions through the ``readers_init`` signal when ``FAST_BUILD`` is set.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from pathlib import Path

import markdown
import pelican
from pelican.utils import pelican_open

from ..content.markdown_header import markdown_body, parse_header
from ..content.sources import SOURCE_EXTENSIONS, markdown_files
from .forking import default_workers, run_shares, split
from .versions import fast_build_active

CACHE_FORMAT = 3  # 3: the body's HTML only, keyed by the body (2: HTML and the meta extension's lines, by the file)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CachedBodies:
    """Mixin over the site's Markdown reader: ``convert_body`` from the cache, converting on all cores first."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._prepared = False
        fingerprint = repr((CACHE_FORMAT, pelican.__version__, markdown.__version__,
                            sorted(self.settings["MARKDOWN"].items(), key=str)))
        name = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:16]
        self._cache_dir = Path(self.settings["CACHE_PATH"]) / f"markdown-{name}"

    # -- the cache: one file per text ------------------------------------------------------------------------
    def _entry(self, digest: str) -> Path:
        return self._cache_dir / digest[:2] / f"{digest}.pickle"

    def _load(self, digest: str) -> str | None:
        try:
            with self._entry(digest).open("rb") as handle:
                entry = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None  # not converted yet, or damaged: convert again
        return entry if isinstance(entry, str) else None

    def _store(self, digest: str, html: str) -> None:
        target = self._entry(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".entry-{os.getpid()}-{target.name}")  # this process's own name for it
        with temporary.open("wb") as out:
            pickle.dump(html, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)  # a concurrent build sees the whole entry or none

    # -- converting --------------------------------------------------------------------------------------
    def _sources(self) -> list[str]:
        """Every news and page file this build will read (``content/sources.py``: the check's discovery)."""
        root = Path(self.settings["PATH"])
        folders = [*self.settings.get("ARTICLE_PATHS", []), *self.settings.get("PAGE_PATHS", [])]
        return sorted({os.path.abspath(p) for folder in folders for p in markdown_files(root / folder)})

    @staticmethod
    def _body_of(path: str) -> str | None:
        """The file's body (after the header the check's parser finds); ``None`` for a refused header, which is left
        to the reader's error."""
        with pelican_open(path) as text:
            header = parse_header(Path(path), str(text))
            return None if header.controls else markdown_body(str(text), header)

    def _convert_files(self, paths: list[str]) -> int:
        """Convert and cache the bodies of ``paths``, holding one at a time (a worker's share: the parent keeps no
        texts, so no worker is forked with all of them in memory)."""
        for path in paths:
            body = self._body_of(path)
            if body is not None:
                self._store(_digest(body), self.body_markdown().convert(body))
        return len(paths)

    def _prepare(self) -> None:
        """Convert, on all cores, every body the cache does not have yet."""
        missing: dict[str, tuple[str, int]] = {}  # digest → (path, length): the workers read the files again
        for path in self._sources():
            body = self._body_of(path)
            if body is not None and (digest := _digest(body)) not in missing and not self._entry(digest).is_file():
                missing[digest] = (path, len(body))
        if missing:
            files = list(missing.values())
            workers = min(default_workers(self.settings), max(1, len(files) // 20))
            shares = split(files, workers, cost=lambda file: file[1])
            run_shares(self._convert_files, [[path for path, _ in share] for share in shares])

    def convert_body(self, body: str) -> str:
        """The site reader's ``convert_body``: the same HTML, from the cache when the body is known."""
        if not self._prepared:
            self._prepared = True
            self._prepare()
        digest = _digest(body)
        html = self._load(digest)
        if html is None:
            html = self.body_markdown().convert(body)
            self._store(digest, html)
        return html


@functools.cache  # one class per reader class: Pelican makes a Readers table per generator and build
def cached(reader_class: type) -> type:
    """``reader_class`` with :class:`CachedBodies` mixed in, under the same name (Pelican records ``markdown``)."""
    return type(reader_class.__name__, (CachedBodies, reader_class), {"__doc__": reader_class.__doc__})


def use_fast_reader(readers) -> None:
    """``readers_init``: with FAST_BUILD on a tested Pelican, the site's Markdown reader (``site/readers.py``, which
    has ``convert_body``) converts bodies through the cache (same output)."""
    if fast_build_active(readers.settings):
        for extension in SOURCE_EXTENSIONS:
            reader_class = readers.reader_classes.get(extension)
            if reader_class and hasattr(reader_class, "convert_body") and not issubclass(reader_class, CachedBodies):
                readers.reader_classes[extension] = cached(reader_class)
