"""Kurzeme visiem: the site's Pelican plugin (directory of partners and services, glossary, build tooling).

This module only connects the plugin to Pelican's signals (its imports load with the garbage collector paused: below);
``docs/architecture.md`` maps the layers.
"""

from __future__ import annotations

import gc

# The plugin's modules (and Pelican, Jinja, pydantic and Babel when nothing imported them before: our commands) load
# with the garbage collector paused: loading them otherwise runs ≈ 150 collections (≈ 40 ms of a build's start) that
# free next to nothing. Nothing is frozen: the process's objects stay the collector's as before (fast_build/forking.py
# freezes only around a fork).
_COLLECTING = gc.isenabled()
gc.disable()
try:
    from pelican import signals

    from .fast_build.forking import join_build_work
    from .fast_build.reader import use_fast_reader
    from .fast_build.writer import fast_templates, fast_writer
    from .site.filters import add_filters
    from .site.generator import directory_generator
    from .site.metadata import news_metadata, page_metadata
    from .site.presentation import presentation_generator
    from .site.readers import use_site_readers
finally:
    if _COLLECTING:
        gc.enable()


def register() -> None:
    signals.get_generators.connect(directory_generator)
    signals.get_generators.connect(presentation_generator)  # after the directory generator: documents, pictures
    signals.article_generator_context.connect(news_metadata)
    signals.page_generator_context.connect(page_metadata)
    signals.generator_init.connect(add_filters)
    signals.readers_init.connect(use_site_readers)
    signals.readers_init.connect(use_fast_reader)  # FAST_BUILD on a tested Pelican: fast_build/versions.py
    signals.all_generators_finalized.connect(join_build_work)  # Markdown workers, template compiling
    signals.get_writer.connect(fast_writer)
    signals.generator_init.connect(fast_templates)
