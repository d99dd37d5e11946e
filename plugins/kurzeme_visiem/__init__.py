"""Kurzeme visiem: the directory plugin (partners, services, glossary) for Pelican."""

from __future__ import annotations

from pelican import signals
from pelican.readers import MarkdownReader as PelicanMarkdownReader

from .dates import format_date_lv, iso_date
from .fast_reader import MarkdownReader as FastMarkdownReader
from .generator import DirectoryGenerator
from .labels import label
from .lastmod import last_changed, newest_of
from .metadata import normalise
from .parallel_writer import ParallelWriter
from .partner_feeds import partner_feed_path
from .structured_data import news_article, organization, script_json


def _generators(pelican):
    return DirectoryGenerator


def _news_metadata(generator, metadata: dict) -> None:
    normalise(metadata, generator.settings["MARKDOWN"], default_slug=True)


def _page_metadata(generator, metadata: dict) -> None:
    normalise(metadata, generator.settings["MARKDOWN"], default_slug=False)


def _jinja_filters(generator) -> None:
    generator.env.filters.update({"lv_date": format_date_lv, "iso_date": iso_date, "label": label})
    generator.env.filters.update({
        "last_changed": last_changed,
        "newest_of": newest_of,
        "news_article_json": lambda article, siteurl, publisher, author: script_json(
            news_article(article, siteurl, publisher, author)),
        "organization_json": lambda partner, siteurl: script_json(organization(partner, siteurl)),
    })
    generator.env.globals["partner_feed_path"] = lambda slug: partner_feed_path(generator.settings, slug)


def _fast_reader(readers) -> None:
    """FAST_BUILD: Markdown through the cached, all-cores reader (same output as Pelican's)."""
    if readers.settings.get("FAST_BUILD"):
        for extension, reader_class in list(readers.reader_classes.items()):
            if reader_class is PelicanMarkdownReader:
                readers.reader_classes[extension] = FastMarkdownReader


def _fast_writer(pelican):
    """FAST_BUILD: render pages on all cores, write only changed files (same output as Pelican's Writer)."""
    return ParallelWriter if pelican.settings.get("FAST_BUILD") else None


def register() -> None:
    signals.get_generators.connect(_generators)
    signals.article_generator_context.connect(_news_metadata)
    signals.page_generator_context.connect(_page_metadata)
    signals.generator_init.connect(_jinja_filters)
    signals.readers_init.connect(_fast_reader)  # build speed-ups (FAST_BUILD), see README "Build speed"
    signals.get_writer.connect(_fast_writer)
