"""Pelican's Writer, rendering pages on all cores (``FAST_BUILD``) and, for the preview, only pages that changed.

``write_file`` calls are collected while the generators run and rendered when Pelican sends ``finalized``
(after the last generator), shared among forked worker processes (``BUILD_WORKERS``, default: one per CPU): each
process goes through the pages in their order and renders the next one no other has taken (``forking.Claims``), so
a paginated list, a process slowed by another program, or the parent's own share never leaves a core waiting.
Feeds are made by the render workers too, like pages: Pelican's (``write_feed``, to a path) and the files a
generator hands over as a function giving their text (``write_later``: the plugin's partner feeds). Every file is written to a temporary name and renamed over the
target, and only when its bytes changed, so a file linked from the previous build is never written through.

With ``BUILD_INCREMENTAL`` (the preview), the staging folder already holds the previous build's pages
(``build.py`` links in the files the previous state lists): pages whose inputs did not change (keys in
``incremental``) are kept as they are, and pages this build did not produce are removed.

Differences from Pelican's Writer: ``content_written``, ``feed_generated`` and ``feed_written`` are sent from the
worker that wrote the file, after every generator's ``generate_output``; ``write_feed`` returns None; a file
written twice by two different workers is not reported as an overwrite.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import multiprocessing
import os
from collections.abc import Callable
from datetime import datetime, timezone
from itertools import chain
from pathlib import Path

from pelican.plugins import signals
from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError

from . import incremental
from ..settings import setting
from . import uptodate
from ..pelican_context import CONTENT_KEYS, ONE_SHOT_BUILD
from .patches import cache_content_urls, cache_slugs, compile_in_background, template_bytecode_cache
from .forking import Claims, default_workers, open_build_work, run_shares
from .jinja_lookup import use_dict_items_first
from .jobs import Job, QueuedWriter, replace_file
from .versions import fast_build_active

logger = logging.getLogger(__name__)


class _ReplaceIfChanged(io.StringIO):
    """A text file opened for writing (a text stream, as the feed writer requires): on leaving the ``with``
    block, renamed over the target, and only if the bytes differ."""

    def __init__(self, path: str, encoding: str) -> None:
        super().__init__()
        self.path, self.target_encoding = path, encoding

    def __exit__(self, kind, value, traceback) -> None:
        data = self.getvalue().encode(self.target_encoding)
        super().__exit__(kind, value, traceback)
        if kind is not None:
            return
        if _create(self.path, data):  # a new file: every file of a one-shot build (its staging folder starts empty)
            return
        try:
            with open(self.path, "rb") as existing:
                if existing.read() == data:
                    return
        except FileNotFoundError:
            pass  # removed meanwhile: made as below
        replace_file(self.path, data)


def _create(path: str, data: bytes) -> bool:
    """Write ``data`` to ``path`` if no file is there (mode 0644), else leave it and return False. One ``open`` with
    ``O_EXCL`` and plain writes: no read attempt first, no rename, no buffered file object (each page's
    ``fstat``, ``ioctl`` and ``lseek``); a failed write leaves no file."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
    except FileExistsError:
        return False
    written = False
    try:
        try:
            os.fchmod(handle, 0o644)  # whatever the umask
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view):]
        finally:
            os.close(handle)  # its error (a full disk reported at close) is a failed write too
        written = True
    finally:
        if not written:  # disk full, interrupted, ...: no partial file left behind
            with contextlib.suppress(OSError):
                os.unlink(path)
    return True


class ParallelWriter(QueuedWriter):
    def __init__(self, output_path, settings=None) -> None:
        super().__init__(output_path, settings=settings)
        self._claimed: set[str] = set()
        self._new_files: list[str] = []  # the files the job being rendered wrote first
        self._previous: incremental.RenderState | None = None
        signals.finalized.connect(self._render_all)  # weak: goes away with this writer

    # -- Pelican's Writer API (``write_file`` records a job: ``QueuedWriter``) ------------------------------
    def _open_w(self, filename, encoding, override=False):
        """Pelican's overwrite bookkeeping (``Writer._open_w``), then write by rename and only if changed."""
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(f'Failed to overwrite "{filename}" a second time (was previously overwritten)')
            logger.info('Skipping "%s", not overwriting', filename)
            return open(os.devnull, "w", encoding=encoding)
        if filename in self._written_files and not override:
            raise FileOverwriteFailedError(
                f'Failed to overwrite "{filename}" as Pelican has already written to it previously (set `override=True` if intended)'
            )
        if override:
            self._overridden_files.add(filename)
        if filename not in self._written_files:
            self._new_files.append(filename)
        self._written_files.add(filename)
        return _ReplaceIfChanged(filename, encoding)

    def write_later(self, name: str, make: Callable[[], str]) -> None:
        """A file below the output whose text ``make()`` gives, made (UTF-8) when the pages are rendered, by whichever
        process takes it (a generator's own files, the partner feeds: off the parent's serial path)."""
        self.jobs.append(Job(len(self.jobs), name, None, {}, {}, make=functools.partial(self._write_text, name, make)))

    def _write_text(self, name: str, make: Callable[[], str]) -> None:
        path = sanitised_join(self.output_path, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with self._open_w(path, "utf-8") as out:
            out.write(make())

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom", override_output=False,
                   feed_title=None):
        """Pelican's ``write_feed``, made when the pages are rendered (a feed to no path: the feed object, now)."""
        if not path:
            return super().write_feed(elements, context, path, url, feed_type, override_output, feed_title)
        self.jobs.append(Job(len(self.jobs), path, None, {}, {}, make=functools.partial(
            super().write_feed, elements, context, path, url, feed_type, override_output, feed_title)))
        return None

    def render_job(self, job: Job, template=None) -> None:
        if job.make is not None:
            job.make()
        else:
            super().render_job(job, template)

    # -- rendering -----------------------------------------------------------------------------------------
    def _render_claimed(self, jobs: list[Job], claims: Claims | None) -> dict[str, list[str]]:
        """Render, in their order, the ``jobs`` no other process has taken (all without ``claims``); the files each
        wrote (a paginated list writes many)."""
        files: dict[str, list[str]] = {}
        for number, job in enumerate(jobs):
            if claims is None or claims.take(number):
                self._new_files = []  # not a copy of every file written so far per job: that grew with N²
                self.render_job(job)
                files.setdefault(job.name, []).extend(sorted(self._new_files))
                if claims is not None:
                    claims.done(number)
        self._new_files = []
        return files

    def _render_all(self, sender) -> None:
        if os.path.abspath(sender.output_path) != os.path.abspath(self.output_path):
            return  # another build's signal (the preview runs many builds in one process)
        signals.finalized.disconnect(self._render_all)
        jobs, state_path, state = self.jobs, None, None
        self.settings[uptodate.NEXT_CHANGE] = _next_change(_site_context(jobs))
        output = Path(self.output_path)
        if setting(self.settings, "BUILD_INCREMENTAL"):
            state_path = incremental.state_file(self.settings, str(self.settings.get("INCREMENTAL_OUTPUT", "")))
            jobs, state = self._skip_unchanged(jobs, output, incremental.load_state(state_path))
        workers = default_workers(self.settings) if len(jobs) > 20 else 1
        claims = Claims(len(jobs)) if workers > 1 and "fork" in multiprocessing.get_all_start_methods() else None
        processes = [[worker] for worker in range(workers if claims is not None else 1)]
        for written in run_shares(lambda _: self._render_claimed(jobs, claims), processes):
            for name, files in written.items():
                self._written_files.update(files)
                if state is not None:
                    state.job_files[name] = [os.path.relpath(f, output) for f in files]
        if state is not None:
            self._finish_incremental(output, state, state_path)

    def _skip_unchanged(self, jobs: list[Job], output: Path, previous: incremental.RenderState | None):
        context = _site_context(jobs)
        state = incremental.RenderState(incremental.site_key(self.settings, context))
        self._previous = previous
        usable = previous is not None and previous.site_key == state.site_key and incremental.matches(previous, output)
        listing = incremental.listing_key(context)
        kept = []
        for job in jobs:
            if job.make is not None:  # a feed: no key says what it shows (Pelican writes them on every build)
                kept.append(job)
                continue
            item = job.content
            key = incremental.page_key(item) if item is not None else f"{listing}:{job.kwargs.get('template_name')}"
            state.page_keys[job.name] = key
            files = previous.job_files.get(job.name) if usable else None
            if (files and previous.page_keys.get(job.name) == key and not job.kwargs.get("override_output")
                    and all((output / f).is_file() for f in files)):
                self._claimed.update(str(output / f) for f in files)  # the previous build's files, unchanged
                state.job_files[job.name] = files
            else:
                kept.append(job)
        logger.debug("incremental build: %d of %d pages to render", len(kept), len(jobs))
        return kept, state

    def _finish_incremental(self, output: Path, state: incremental.RenderState, state_path: Path) -> None:
        produced = {os.path.abspath(p) for p in self._written_files | self._claimed}
        for name in (self._previous.manifest if self._previous else {}):
            path = output / name
            if str(path) not in produced and path.is_file():
                path.unlink()  # a page of the previous build (linked into staging) that this build no longer has
        state.manifest = {os.path.relpath(p, output): incremental.stamp(Path(p)) for p in produced if os.path.exists(p)}
        incremental.save_state(state_path, state)


def _site_context(jobs: list[Job]) -> dict:
    """The generators' shared context, as the first page job holds it (``{}`` without pages)."""
    return next((job.context for job in jobs if job.make is None), {})


def _next_change(context: dict):
    """When the first item dated in the future becomes due (its page or lists change then), or None."""
    now = datetime.now(timezone.utc)
    due = [item.date for item in chain.from_iterable(context.get(key, []) for key in CONTENT_KEYS)
           if getattr(item, "date", None) is not None and item.date.tzinfo is not None and item.date > now]
    return min(due) if due else None


def fast_writer(pelican):
    """``get_writer``: with FAST_BUILD on a tested Pelican, this writer (same output); else Pelican's own."""
    if not fast_build_active(pelican.settings):
        return None
    cache_content_urls()
    cache_slugs()
    return ParallelWriter


def fast_templates(generator) -> None:
    """``generator_init``: with FAST_BUILD on a tested Pelican, the build's background work opens (``forking``;
    first, since compiling the templates is such work), compiled templates come from the cache and ``params.x`` on a
    dict is looked up as an item first (``jinja_lookup``)."""
    if fast_build_active(generator.settings):
        open_build_work(generator.settings)
        cache_content_urls()
        cache_slugs()
        generator.env.bytecode_cache = template_bytecode_cache(generator.settings)
        use_dict_items_first(generator.env)  # the components' params.x without an AttributeError each
        compile_in_background(generator)
        if generator.settings.get(ONE_SHOT_BUILD):
            generator.env.auto_reload = False  # one os.stat per template include per page, for a theme that cannot change
