"""The presentation generator: the documents page, the news archive by year, responsive images, languages.

Runs after Pelican's generators and the directory generator. ``generate_context`` plans (reads sizes, links
translations, notes every link to a document, turns our pictures into ``<picture>``); ``generate_output`` writes
the pages through Pelican's Writer and the image variants (taken from the cache when encoded before).
"""

from __future__ import annotations

import logging
from html import escape
from itertools import chain
from pathlib import Path

from pelican.generators import Generator

from ..content.image_files import image_path
from ..content.problems import ContentErrors, ContentProblem
from ..pelican_context import CONTENT_KEYS
from ..settings import setting
from .documents import annotate_document_links, newest_first
from .news_archive import archive_years
from .responsive_images import (ImagePolicy, ImageTooLarge, ResponsiveImage, VariantCache, encode_variants,
                                picture_html, plan_image, responsive_body)
from .translations import link_translations

logger = logging.getLogger(__name__)


class PresentationGenerator(Generator):
    """Documents, years, pictures and languages: what the theme shows around the content."""

    def generate_context(self) -> None:
        siteurl = self.settings.get("SITEURL", "")
        default_lang = self.settings.get("DEFAULT_LANG", "lv")
        self.policy = ImagePolicy.from_settings(self.settings)
        self.images: dict[str, ResponsiveImage | None] = {}
        by_path = {d.path: d for d in self.context.get("documents", [])}
        for item in chain.from_iterable(self.context.get(key, []) for key in CONTENT_KEYS):
            self._present(item, by_path)
        self.annotate_directory(self.context.get("directory"))
        link_translations(chain.from_iterable(self.context.get(k, []) for k in ("pages", "hidden_pages")), default_lang)

        self.list_years()
        self.context["documents_list"] = newest_first(self.context.get("documents", []))
        for key in ("DOCUMENTS_URL", "OG_DEFAULT_IMAGE", "PROJECT_NUMBER", "PROJECT_IMPLEMENTER"):
            self.context[key] = setting(self.settings, key)

    def annotate_directory(self, directory) -> None:
        """Links to documents in the partners' and services' descriptions annotated (again after the live preview
        read a changed directory)."""
        if directory is None:
            return
        siteurl = self.settings.get("SITEURL", "")
        by_path = {d.path: d for d in self.context.get("documents", [])}
        for entry in chain(directory.partners.values(), directory.services.values()):
            entry.description_html = annotate_document_links(entry.description_html or "", by_path, siteurl)

    def _plan(self, relative: str) -> ResponsiveImage | None:
        if relative not in self.images:
            found = Path(self.path) / relative
            self.images[relative] = plan_image(Path(self.path), relative, self.policy) if found.is_file() else None
        return self.images[relative]

    def _present(self, item, by_path: dict) -> None:
        """One news item or page: document links annotated, our pictures as ``<picture>``, its lead picture."""
        content_path = Path(self.path)
        siteurl = self.settings.get("SITEURL", "")
        lang = getattr(item, "lang", self.settings.get("DEFAULT_LANG", "lv"))
        image = getattr(item, "image", None)
        lead = self._plan(image_path(content_path, image).relative_to(content_path).as_posix()) if image else None
        item._content = responsive_body(annotate_document_links(item._content, by_path, siteurl, lang), self._plan,
                                        siteurl, first_eager=lead is None)
        if getattr(item, "easy_read", None):
            item.easy_read = responsive_body(annotate_document_links(item.easy_read, by_path, siteurl, lang),
                                             self._plan, siteurl)
        item.lead_picture = (picture_html(lead, item.image_alt, siteurl, lazy=False) if lead
                             else plain_image(item) if image else None)
        item.og_image = lead.fallback.path if lead else None

    def present(self, item) -> bool:
        """``_present`` for one item read again by the live preview; False if it shows a picture no other item did
        (whose variants only a whole build writes)."""
        planned = len(self.images)
        self._present(item, {d.path: d for d in self.context.get("documents", [])})
        return len(self.images) == planned

    def list_years(self) -> None:
        """The news archive by year, from the published news (again after the live preview re-sorted them)."""
        self.years = archive_years(self.context.get("articles", []), setting(self.settings, "NEWS_YEAR_URL"),
                                   setting(self.settings, "NEWS_YEAR_SAVE_AS"))
        self.context["news_years"] = self.years

    def generate_output(self, writer) -> None:
        self.write_pages(writer)
        self._write_variants()

    def write_pages(self, writer) -> None:
        """The documents page and the news years (no files of their own: the live preview calls this again)."""
        relative = self.settings["RELATIVE_URLS"]

        def write(save_as: str, template: str, url: str, **values) -> None:
            writer.write_file(save_as, self.get_template(template), self.context, relative_urls=relative, url=url,
                              page_name=save_as.removesuffix("/index.html"), template_name=template, **values)

        write(setting(self.settings, "DOCUMENTS_SAVE_AS"), "documents", setting(self.settings, "DOCUMENTS_URL"))
        for year in self.years:
            write(year.save_as, "news_year", year.url, year=year)

    def _write_variants(self) -> None:
        cache_name = setting(self.settings, "IMAGE_CACHE")
        cache_root = self.settings.get("CACHE_PATH")
        cache = VariantCache(Path(cache_root) / cache_name if cache_name and cache_root else None)
        output = Path(self.output_path)
        problems = []
        for image in (i for i in self.images.values() if i is not None):
            try:
                variants = encode_variants(Path(self.path), image, self.policy, cache)
            except ImageTooLarge as error:
                problems.append(ContentProblem.at(Path(self.path) / error.source, 1, str(error).split(": ", 1)[1]))
                continue
            for name, data in variants.items():
                target = output / name
                if target.is_file() and target.read_bytes() == data:
                    continue  # unchanged: a file linked from the previous build is never written through
                target.parent.mkdir(parents=True, exist_ok=True)
                temporary = target.with_name(f".{target.name}.tmp")
                temporary.write_bytes(data)
                temporary.replace(target)
        logger.debug("image variants: %d from the cache, %d encoded", cache.hits, cache.misses)
        if problems:
            raise ContentErrors(problems)


def plain_image(item) -> str:
    """A lead picture served as it is (SVG, GIF): ``<img>`` with its size when known."""
    size = getattr(item, "image_size", None)
    dimensions = f' width="{size[0]}" height="{size[1]}"' if size else ""
    return f'<img src="{escape(item.image_url)}" alt="{escape(item.image_alt)}"{dimensions}>'


def presentation_generator(pelican) -> type[PresentationGenerator]:
    """``get_generators``: runs after the directory generator."""
    return PresentationGenerator
