"""Kurzeme visiem: the directory plugin (partners, services, glossary) for Pelican."""

from __future__ import annotations

from pelican import signals

from .dates import format_date_lv, iso_date
from .generator import DirectoryGenerator
from .labels import label
from .lastmod import last_changed, newest_of
from .metadata import normalise
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


def register() -> None:
    signals.get_generators.connect(_generators)
    signals.article_generator_context.connect(_news_metadata)
    signals.page_generator_context.connect(_page_metadata)
    signals.generator_init.connect(_jinja_filters)
