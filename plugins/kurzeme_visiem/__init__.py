"""Kurzeme visiem: the directory plugin (partners, services, glossary) for Pelican."""

from __future__ import annotations

from pelican import signals

from .dates import format_date_lv, iso_date
from .generator import DirectoryGenerator
from .labels import label
from .news_check import news_slug


def _generators(pelican):
    return DirectoryGenerator


def _default_news_slug(generator, metadata: dict) -> None:
    """News without ``Slug:`` get the contract's transliterated title (Pelican's own slugify differs)."""
    if "slug" not in metadata and metadata.get("title"):
        metadata["slug"] = news_slug(str(metadata["title"]), None)


def _jinja_filters(generator) -> None:
    generator.env.filters.update({"lv_date": format_date_lv, "iso_date": iso_date, "label": label})


def register() -> None:
    signals.get_generators.connect(_generators)
    signals.article_generator_context.connect(_default_news_slug)
    signals.generator_init.connect(_jinja_filters)
