"""Metadata of news and pages as Pelican reads it, normalised before the content objects are made."""

from __future__ import annotations

from markupsafe import Markup

from .markdown_fields import FieldRenderer
from ..content.lv.slugs import news_slug


def _is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, (str, list)):  # checked first: comparing a Tag with "" makes Pelican slugify both
        return len(value) == 0
    name = getattr(value, "name", None)  # Pelican's Author/Tag objects
    return name is not None and not str(name).strip()


def normalise(metadata: dict, markdown_settings: dict, *, default_slug: bool) -> None:
    """Drop fields left empty (they mean "not set"); give news the contract's slug; make ``Summary`` safe.

    A field with indented continuation lines is already one value (the reader, ``site/readers.py``, reads the header
    with the check's ``markdown_header.parse_header``). ``Summary`` is a metadata field written by the team: its
    Markdown is kept, raw HTML is shown as text.
    """
    for key in [k for k, v in metadata.items() if _is_empty(v) or (isinstance(v, list) and all(map(_is_empty, v)))]:
        del metadata[key]
    if default_slug and "slug" not in metadata and metadata.get("title"):
        metadata["slug"] = news_slug(str(metadata["title"]), None)
    if "summary" in metadata:
        metadata["summary"] = Markup(FieldRenderer(markdown_settings).render(str(metadata["summary"])))


def news_metadata(generator, metadata: dict) -> None:
    """``article_generator_context``: news metadata as the contract means it (default slug from the title)."""
    normalise(metadata, generator.settings["MARKDOWN"], default_slug=True)


def page_metadata(generator, metadata: dict) -> None:
    """``page_generator_context``: page metadata (the slug stays Pelican's: the file name)."""
    normalise(metadata, generator.settings["MARKDOWN"], default_slug=False)
