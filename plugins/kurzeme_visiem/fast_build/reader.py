"""The site's Markdown reader, faster and with the same output (``FAST_BUILD``).

* The body of every news item and page is converted once per version of its text: the HTML is kept in one SQLite
  database, ``CACHE_PATH/markdown-<fingerprint>.sqlite`` (table ``body``: the body's SHA-256, its HTML), so an
  edit, a new file or a rename needs no bookkeeping, nothing large is held in memory, and a cold build creates
  three files for it (the database, its WAL and shared-memory index), not one file per body and 256 folders (each
  created file costs system time on this ext4). Each process opens its own connection at its first use (never
  across a fork) in WAL mode, so readers never wait; each entry is committed when stored
  (``synchronous=NORMAL``: no sync per commit in WAL mode), before the worker marks the file done; a database that
  cannot be opened, read or written is a miss or "not stored", never a failed build, and a file that is not a
  database is removed and made again. The cache's name holds a fingerprint of the versions, the ``MARKDOWN``
  setting and the code of the plugin's modules that make a body's HTML (``converting_modules``), so an edited
  extension never serves old HTML. The header is not cached: it is read on every build by the site reader itself
  (``content.markdown_header.read_header``, the function the check uses) and typed by Pelican with that build's
  settings.
* Bodies not in the cache are converted on all cores while Pelican reads: at the first body missing from the cache,
  workers are forked (``BUILD_WORKERS`` minus this process) that go through the build's files (``content/sources``)
  from the last, each taking the next file nobody has taken (``forking.Claims``), converting its body with one
  ``Markdown`` instance (``reset()`` between files) and storing it; this process reads in Pelican's order, converting
  the bodies of files still free itself and waiting for the few a worker is converting. So the work balances itself
  (this process also types the headers and makes Pelican's objects), nothing is read twice to hash it first, and it
  happens once per build: the workers belong to the build (``forking.build_work``), not to the reader each
  generator makes; they are joined when all generators have read.

:class:`CachedBodies` overrides ``read`` and ``convert_body`` of ``site/readers.MarkdownReader`` (and
``process_metadata``: the contract's dates typed without dateutil, ``fast_build/dates.py``); it is mixed into the
reader class registered for the source extensions through the ``readers_init`` signal when ``FAST_BUILD`` is set.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import logging
import multiprocessing
import os
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import markdown
import pelican

from ..content.markdown_header import read_markdown
from ..content.problems import ContentErrors
from ..content.sources import SOURCE_EXTENSIONS, markdown_files
from .dates import typed_date
from .forking import Background, Claims, build_work, default_workers, start
from .markdown_guards import guard
from .patches import read_faster
from .versions import fast_build_active

CACHE_FORMAT = 4  # 4: one SQLite database (3: one pickle file per body; 2: HTML and the meta extension's lines, by the file)
PACKAGE = __name__.split(".")[0]  # the plugin's own modules: their code is part of the cache's fingerprint

logger = logging.getLogger(__name__)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def converting_modules(settings: dict, reader_class: type) -> list[ModuleType]:
    """The plugin's modules whose code makes a body's HTML: the Markdown extensions named in ``MARKDOWN``, the
    reader's classes, and the plugin's modules each of them uses (followed through their globals)."""
    config = settings["MARKDOWN"]
    names = [*config.get("extension_configs", {}), *config.get("extensions", [])]
    found = [importlib.import_module(name) for name in names if isinstance(name, str) and name.startswith(f"{PACKAGE}.")]
    found += [sys.modules[cls.__module__] for cls in reader_class.__mro__ if cls.__module__.startswith(f"{PACKAGE}.")]
    seen: dict[str, ModuleType] = {}
    while found:
        module = found.pop()
        if module.__name__ in seen:
            continue
        seen[module.__name__] = module
        for value in vars(module).values():
            owner = value if isinstance(value, ModuleType) else sys.modules.get(getattr(value, "__module__", None) or "")
            if isinstance(owner, ModuleType) and owner.__name__.startswith(f"{PACKAGE}.") and owner.__name__ not in seen:
                found.append(owner)
    return [seen[name] for name in sorted(seen)]


def code_fingerprint(modules: list[ModuleType]) -> str:
    """SHA-256 over the modules' source files: an edit to an extension changes the HTML of bodies whose text did
    not change, so it must lead to another cache (the preview's full rebuild after a plugin edit included)."""
    digest = hashlib.sha256()
    for module in modules:
        digest.update(module.__name__.encode("utf-8"))
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


class BodyWorkers:
    """This build's Markdown workers and which source file each process took (see the module's docstring)."""

    def __init__(self, paths: list[str], claims: Claims | None, workers: list[Background]) -> None:
        self.index = {path: number for number, path in enumerate(paths)} if claims is not None else {}
        self.claims, self.workers = claims, workers

    def take(self, path: str) -> bool:
        """True: this process converts ``path``'s body (a file no worker took, or not one of the build's)."""
        number = self.index.get(path)
        return number is None or self.claims.take(number)

    def done(self, path: str) -> None:
        if path in self.index:
            self.claims.done(self.index[path])

    def wait(self, path: str) -> bool:
        """Wait for the worker that took ``path``; False if it stopped before converting it."""
        return self.claims.wait(self.index[path], lambda: any(worker.running() for worker in self.workers))

    def join(self) -> None:
        """Wait for every worker (a worker's failure is only noted: what it did not convert, this process did)."""
        for worker in self.workers:
            worker.join()
        self.workers = []


class CachedBodies:
    """Mixin over the site's Markdown reader: ``convert_body`` from the cache, converting on all cores first."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._reading: str | None = None
        self._guarded: markdown.Markdown | None = None
        fingerprint = repr((CACHE_FORMAT, pelican.__version__, markdown.__version__,
                            sorted(self.settings["MARKDOWN"].items(), key=str),
                            code_fingerprint(converting_modules(self.settings, type(self)))))
        name = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:16]
        self._cache_file = Path(self.settings["CACHE_PATH"]) / f"markdown-{name}.sqlite"
        self._connections: dict[int, sqlite3.Connection | None] = {}  # by process: the workers are forked

    # -- the cache: one SQLite database ------------------------------------------------------------------
    def _database(self) -> sqlite3.Connection | None:
        """This process's connection to the cache, opened at its first use in each process (a connection never
        crosses a fork: this process closes its own before forking the Markdown workers, and one a worker of
        another kind inherits stays referenced and unused); None if it cannot be used. A file that is not a
        database (damaged) is removed and made again, once."""
        pid = os.getpid()
        if pid not in self._connections:
            self._connections[pid] = None
            for attempt in (1, 2):
                try:
                    self._connections[pid] = self._open()
                    break
                except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
                    raise  # a mistake in this code, not a damaged cache
                except sqlite3.OperationalError as error:  # locked, read-only, no space: converts without it
                    logger.debug("Markdown cache %s not usable: %s", self._cache_file, error)
                    break
                except sqlite3.DatabaseError as error:  # not a database: damaged
                    logger.warning("Markdown cache %s is damaged (%s); made again", self._cache_file, error)
                    if attempt == 2 or not self._remove():
                        break
                except OSError as error:
                    logger.debug("Markdown cache %s not opened: %s", self._cache_file, error)
                    break
        return self._connections[pid]

    def _open(self) -> sqlite3.Connection:
        self._cache_file.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self._cache_file, timeout=1.0, isolation_level=None)  # autocommit
        try:
            connection.execute("PRAGMA journal_mode=WAL")  # readers see each committed entry, never wait
            connection.execute("PRAGMA synchronous=NORMAL")  # in WAL: no sync per commit, and no damage in a crash
            connection.execute("CREATE TABLE IF NOT EXISTS body (digest TEXT PRIMARY KEY, html TEXT NOT NULL)")
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def _remove(self) -> bool:
        """Remove the damaged database with its WAL and shared-memory files; False if one of them stays."""
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self._cache_file}{suffix}").unlink(missing_ok=True)
        except OSError as error:
            logger.debug("Markdown cache %s not removed: %s", self._cache_file, error)
            return False
        return True

    def _close(self) -> None:
        """Close this process's connection (it is opened again at its next use)."""
        connection = self._connections.pop(os.getpid(), None)
        if connection is not None:
            connection.close()

    def _load(self, digest: str) -> str | None:
        database = self._database()
        if database is None:
            return None
        try:
            row = database.execute("SELECT html FROM body WHERE digest = ?", (digest,)).fetchone()
        except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise  # a mistake in this code, not a damaged cache
        except sqlite3.Error:
            return None  # damaged: convert again
        return row[0] if row is not None and isinstance(row[0], str) else None

    def _store(self, digest: str, html: str) -> None:
        """Store and commit at once (one transaction per entry, about 50 µs): the reader loads it after ``done``."""
        database = self._database()
        if database is not None:
            try:
                database.execute("INSERT OR REPLACE INTO body (digest, html) VALUES (?, ?)", (digest, html))
            except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
                raise  # a mistake in this code, not a damaged cache
            except sqlite3.Error as error:  # busy for a second, full, damaged: not stored, converted again next time
                logger.debug("Markdown cache %s: not stored: %s", self._cache_file, error)

    # -- converting --------------------------------------------------------------------------------------
    def body_markdown(self) -> markdown.Markdown:
        """The site reader's converter, its regexes guarded (``markdown_guards``: the same HTML, fewer searches)."""
        converter = super().body_markdown()
        if converter is not self._guarded:
            guard(converter)
            self._guarded = converter
        return converter

    def _sources(self) -> list[str]:
        """Every news and page file this build will read (``content/sources.py``: the check's discovery)."""
        root = Path(self.settings["PATH"])
        folders = [*self.settings.get("ARTICLE_PATHS", []), *self.settings.get("PAGE_PATHS", [])]
        return sorted({os.path.abspath(p) for folder in folders for p in markdown_files(root / folder)})

    def _convert_free(self, paths: list[str], claims: Claims) -> int:
        """A worker: from the last file to the first, take each file nobody has taken, convert and store its body
        unless the cache has it (a refused header is left to the reader's error)."""
        converted = 0
        for number in reversed(range(len(paths))):
            if claims.take(number):
                try:
                    _, body = read_markdown(Path(paths[number]))
                except (ContentErrors, OSError, UnicodeDecodeError):
                    body = None
                if body is not None and self._load(digest := _digest(body)) is None:
                    self._store(digest, self.body_markdown().convert(body))
                    converted += 1
                claims.done(number)
        return converted

    def _start_workers(self) -> BodyWorkers:
        paths = self._sources()
        count = min(default_workers(self.settings) - 1, len(paths) // 20)
        if count < 1 or "fork" not in multiprocessing.get_all_start_methods():
            return BodyWorkers([], None, [])  # this process converts every body
        claims = Claims(len(paths))
        self._close()  # SQLite: a connection must not cross a fork (the workers open their own)
        return BodyWorkers(paths, claims, [start(lambda: self._convert_free(paths, claims)) for _ in range(count)])

    def _workers(self) -> BodyWorkers:
        """This build's Markdown workers, forked at the first body missing from the cache (none with one worker, and
        none for the preview's reading of a changed file after the build)."""
        workers = build_work(self.settings, "markdown", self._start_workers)
        return workers if workers is not None else BodyWorkers([], None, [])

    def read(self, source_path):
        self._reading = os.path.abspath(source_path)
        try:
            return super().read(source_path)
        finally:
            self._reading = None

    def process_metadata(self, name, value):
        """Pelican's typing of a field, the contract's dates without dateutil (``dates.typed_date``: the same value)."""
        typed = typed_date(name, value)
        return typed if typed is not None else super().process_metadata(name, value)

    def convert_body(self, body: str) -> str:
        """The site reader's ``convert_body``: the same HTML, from the cache when the body is known (or once a
        worker has converted it)."""
        digest = _digest(body)
        html = self._load(digest)
        if html is not None:
            return html
        workers, path = self._workers(), self._reading
        if path is not None and not workers.take(path) and workers.wait(path):
            html = self._load(digest)  # None: the file changed since the worker read it
            if html is not None:
                return html
        html = self.body_markdown().convert(body)
        self._store(digest, html)
        if path is not None:
            workers.done(path)
        return html


@functools.cache  # one class per reader class: Pelican makes a Readers table per generator and build
def cached(reader_class: type) -> type:
    """``reader_class`` with :class:`CachedBodies` mixed in, under the same name (Pelican records ``markdown``)."""
    return type(reader_class.__name__, (CachedBodies, reader_class), {"__doc__": reader_class.__doc__})


def use_fast_reader(readers) -> None:
    """``readers_init``: with FAST_BUILD on a tested Pelican, the site's Markdown reader (``site/readers.py``, which
    has ``convert_body``) converts bodies through the cache, and Pelican's per-file reading is lighter
    (``patches.read_faster``); the same output."""
    if fast_build_active(readers.settings):
        read_faster()
        for extension in SOURCE_EXTENSIONS:
            reader_class = readers.reader_classes.get(extension)
            if reader_class and hasattr(reader_class, "convert_body") and not issubclass(reader_class, CachedBodies):
                readers.reader_classes[extension] = cached(reader_class)
