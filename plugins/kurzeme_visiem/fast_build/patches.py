"""Speed-ups that replace a Pelican method for the whole process (``FAST_BUILD`` on a tested Pelican only).

* ``Content.get_url_setting`` formats a URL or ``save_as`` from the settings on every call (``Content.url`` is
  a property); a build asks each item for its URL some ten times (lists, links, feeds, keys). The result is kept
  on the object, keyed by what can still change after the object is made (status, slug, language, category,
  date), so it equals Pelican's own at every call.
* Pelican makes a category, author and tag object per news item, and each one slugifies its name again (Unicode
  normalising, transliterating, every ``SLUG_REGEX_SUBSTITUTIONS`` pattern): ``slugify`` is a pure function of the
  name and the options, so its result is kept per (name, options) for the process.
* ``Content.get_relative_source_path`` joins, makes absolute and relativises the source path on every call (Pelican
  asks three times per item while reading: the object's ``relative_source_path``, its URL's ``path``, the
  generator's source-path index): the result is kept on the object, keyed by ``PATH`` and the path asked for, when
  both are absolute (then the working folder does not change it).
* Pelican's generators and readers ask their file-stamp cache for every file they read and store every object in
  it, and both steps read the file's modification time even when the content cache is off (``CACHE_CONTENT =
  False``, as here): a lookup with nothing kept for the file, and a store that keeps nothing, no longer read it
  (the result is the same: nothing cached; only Pelican's warning for a file that vanished between being listed and
  read is not given, and the read then fails on its own).
* Jinja compiles the theme's templates in every build (every generator has its own environment): their bytecode
  is kept in ``CACHE_PATH/jinja-<versions>/``, keyed by Jinja on each template's name and source. When that folder
  is empty (a cold build), the first generator's environment compiles every template of the theme in a forked
  process while the news are read (``compile_in_background``), so the pages load them from the cache instead of
  compiling them in this process and again in each render worker.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

import jinja2
from jinja2 import FileSystemBytecodeCache
from pelican import urlwrappers
from pelican.cache import FileStampDataCacher
from pelican.contents import Content

from .forking import build_work, default_workers, start

CACHE_ATTRIBUTE = "_fast_build_urls"
RELATIVE_ATTRIBUTE = "_fast_build_relative_source_paths"


def _cached_get_url_setting(original):
    def get_url_setting(self, key: str) -> str:
        state = (key, getattr(self, "status", None), getattr(self, "slug", None), self.in_default_lang,
                 str(getattr(self, "category", "")), getattr(self, "date", None), getattr(self, "lang", None))
        cache = self.__dict__.setdefault(CACHE_ATTRIBUTE, {})
        if state not in cache:
            cache[state] = original(self, key)
        return cache[state]

    get_url_setting.fast_build_original = original
    return get_url_setting


def cache_content_urls() -> None:
    """Replace ``Content.get_url_setting`` by the caching one (once per process)."""
    if not hasattr(Content.get_url_setting, "fast_build_original"):
        Content.get_url_setting = _cached_get_url_setting(Content.get_url_setting)


def _cached_relative_source_path(original):
    def get_relative_source_path(self, source_path=None):
        path, base = source_path or self.source_path, self.settings["PATH"]
        if not (isinstance(path, str) and isinstance(base, str) and os.path.isabs(path) and os.path.isabs(base)):
            return original(self, source_path)
        cache = self.__dict__.setdefault(RELATIVE_ATTRIBUTE, {})
        if (base, path) not in cache:
            cache[base, path] = original(self, source_path)
        return cache[base, path]

    get_relative_source_path.fast_build_original = original
    return get_relative_source_path


def _stampless_lookup(original):
    def get_cached_data(self, filename, default=None):
        if filename not in self._cache:
            return default  # what Pelican returns after comparing the file's stamp with none
        return original(self, filename, default)

    get_cached_data.fast_build_original = original
    return get_cached_data


def _stampless_store(original):
    def cache_data(self, filename, data):
        if self._cache_data_policy:  # else Pelican reads the stamp and keeps nothing
            original(self, filename, data)

    cache_data.fast_build_original = original
    return cache_data


def read_faster() -> None:
    """Keep each item's relative source path, and read no file stamps for a content cache that keeps nothing (once
    per process; see the module's docstring)."""
    if not hasattr(Content.get_relative_source_path, "fast_build_original"):
        Content.get_relative_source_path = _cached_relative_source_path(Content.get_relative_source_path)
    if not hasattr(FileStampDataCacher.get_cached_data, "fast_build_original"):
        FileStampDataCacher.get_cached_data = _stampless_lookup(FileStampDataCacher.get_cached_data)
        FileStampDataCacher.cache_data = _stampless_store(FileStampDataCacher.cache_data)


def _memoized_slugify(original):
    @functools.lru_cache(maxsize=4096)  # names of categories, authors and tags: few
    def known(value: str, regex_subs: tuple, preserve_case: bool, use_unicode: bool) -> str:
        return original(value, regex_subs=regex_subs, preserve_case=preserve_case, use_unicode=use_unicode)

    def slugify(value, regex_subs=(), preserve_case=False, use_unicode=False) -> str:
        # slugify reads value as markup (Markup(value).striptags()): a str and a Markup of the same text are the same
        return known(str(value), tuple(tuple(pair) for pair in regex_subs), preserve_case, use_unicode)

    slugify.fast_build_original = original
    return slugify


def cache_slugs() -> None:
    """Replace the ``slugify`` of Pelican's category, author and tag objects by the memoized one (once per process)."""
    if not hasattr(urlwrappers.slugify, "fast_build_original"):
        urlwrappers.slugify = _memoized_slugify(urlwrappers.slugify)


def template_bytecode_cache(settings: dict) -> FileSystemBytecodeCache:
    name = hashlib.sha256(repr((jinja2.__version__, sorted(settings.get("JINJA_ENVIRONMENT", {}).items(), key=str)))
                          .encode("utf-8")).hexdigest()[:16]
    folder = Path(settings["CACHE_PATH"]) / f"jinja-{name}"
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))


def compile_in_background(generator) -> None:
    """On an empty bytecode cache and with two or more workers, compile the theme's templates with ``generator``'s environment (its filters and
    options, as every generator's) in a forked process, once per build (joined when all generators have read)."""
    folder = Path(generator.env.bytecode_cache.directory)
    if default_workers(generator.settings) < 2 or any(folder.iterdir()):
        return  # one process asked for (BUILD_WORKERS = 1), or the templates were compiled before
    templates = Path(generator.theme) / "templates"
    names = sorted(p.relative_to(templates).as_posix() for p in templates.rglob("*.html"))
    build_work(generator.settings, "templates", lambda: start(lambda: len([generator.env.get_template(n) for n in names])))
