"""Speed-ups that replace a Pelican method for the whole process (``FAST_BUILD`` on a tested Pelican only).

* ``Content.get_url_setting`` formats a URL or ``save_as`` from the settings on every call (``Content.url`` is
  a property); a build asks each item for its URL some ten times (lists, links, feeds, keys). The result is kept
  on the object, keyed by what can still change after the object is made (status, slug, language, category,
  date), so it equals Pelican's own at every call.
* Pelican makes a category, author and tag object per news item, and each one slugifies its name again (Unicode
  normalising, transliterating, every ``SLUG_REGEX_SUBSTITUTIONS`` pattern): ``slugify`` is a pure function of the
  name and the options, so its result is kept per (name, options) for the process.
* Jinja compiles the theme's templates in every build (every generator has its own environment): their bytecode
  is kept in ``CACHE_PATH/jinja-<versions>/``, keyed by Jinja on each template's name and source. When that folder
  is empty (a cold build), the first generator's environment compiles every template of the theme in a forked
  process while the news are read (``compile_in_background``), so the pages load them from the cache instead of
  compiling them in this process and again in each render worker.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import jinja2
from jinja2 import FileSystemBytecodeCache
from pelican import urlwrappers
from pelican.contents import Content

from .forking import build_work, default_workers, start

CACHE_ATTRIBUTE = "_fast_build_urls"


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
