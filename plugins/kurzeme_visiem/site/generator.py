"""The directory generator: partner and service pages, their indexes and the availability matrix.

Modelled on Pelican's own generators: ``generate_context`` reads and validates every content file
and links news, partners and services; ``generate_output`` only writes, through Pelican's Writer.
"""

from __future__ import annotations

import logging
from datetime import datetime
from itertools import chain
from pathlib import Path
from zoneinfo import ZoneInfo

from pelican.generators import Generator

from ..content.check import validate_content
from ..content.directory import Directory
from ..content.image_files import image_path, read_size
from ..content.availability import Status
from ..content.problems import ContentErrors, errors_only
from ..content.records import PartnerType, Region, TargetGroup
from ..pelican_context import CONTENT_KEYS, PRECHECKED_CONTENT
from ..settings import setting
from .easy_read import split_easy_read
from .feeds import write_partner_feeds
from .glossary import mark_abbreviations
from .images import add_image_sizes
from .markdown_fields import FieldRenderer
from .matrix import STATUS_LEGEND, build_matrix
from .partner_map import build_partner_map
from .public_urls import image_url
from .redirects import MAP_NAME, MAP_TEMPLATE, map_entries, redirect_pages

logger = logging.getLogger(__name__)


def news_partners(named: list) -> list:
    """The partners a news item is listed under: those it names and, for a merged municipality, its successors
    (news about Priekules novads also appear on Dienvidkurzemes novads' page)."""
    found: list = []
    for partner in named:
        current = partner
        while current is not None and current not in found:
            found.append(current)
            current = current.successor
    return found

class DirectoryGenerator(Generator):
    """Reads ``partners/``, ``services/`` and ``glossary.yaml``; writes the directory pages."""

    def generate_context(self) -> None:
        pending = self.settings.pop(PRECHECKED_CONTENT, None)  # the one-shot build's check, run on another core
        self.context.pop(PRECHECKED_CONTENT, None)  # Pelican's context began as a copy of the settings
        validated = pending.result() if pending is not None else None
        if validated is None:
            validated = validate_content(Path(self.path), self.settings)
        directory, news_links, problems = validated.directory, validated.news_links, validated.problems
        for warning in (p for p in problems if p.warning):
            logger.warning("%s", warning)
        if errors_only(problems):
            raise ContentErrors(errors_only(problems))
        self.redirects = validated.redirects

        self.use_directory(directory, news_links)
        self._finish_bodies(directory.glossary)
        self.validated = validated  # the live preview re-checks single files against it
        self.context["documents"] = validated.documents
        self.context["PartnerType"] = PartnerType
        self.context["Region"] = Region
        self.context["TargetGroup"] = TargetGroup
        self.context["Status"] = Status
        self.context["STATUS_LEGEND"] = STATUS_LEGEND
        self.context["AVAILABILITY_URL"] = setting(self.settings, "AVAILABILITY_URL")
        self.context["EASY_READ_SERVICES_URL"] = setting(self.settings, "EASY_READ_SERVICES_URL")
        self.context["PARTNERS_INDEX_URL"] = setting(self.settings, "PARTNERS_INDEX_URL")
        self.context["SERVICES_INDEX_URL"] = setting(self.settings, "SERVICES_INDEX_URL")

    def use_directory(self, directory: Directory, news_links: dict) -> None:
        """Link the news with ``directory`` and put it in the context (again when the live preview read a changed
        directory: the news objects stay, their partners and services are the new ones)."""
        self._link_news(directory, news_links)
        self._assign_urls(directory)
        self._render_fields(directory)
        self.directory = directory
        self.context["directory"] = directory
        self.context["availability"] = build_matrix(directory)
        self.context["partner_map"] = build_partner_map(directory.partners.values())

    def _link_news(self, directory: Directory, news_links: dict) -> None:
        """Give each news item its partners and services, and each partner and service its published news."""
        published = self.context.get("articles", [])
        for article in chain(published, self.context.get("drafts", []), self.context.get("hidden_articles", [])):
            self.link_article(article, news_links)
        self.list_news(directory)

    def list_news(self, directory: Directory) -> None:
        """Each partner's and service's published news, newest first (again after the live preview re-sorted the
        news: the lists are changed in place, so every page job keeps pointing at them)."""
        for item in chain(directory.partners.values(), directory.services.values()):
            item.news.clear()
        for article in self.context.get("articles", []):
            for partner in news_partners(article.partner_list):
                partner.news.append(article)
            for service in article.service_list:
                service.news.append(article)
        for item in chain(directory.partners.values(), directory.services.values()):
            item.news.sort(key=lambda a: a.date, reverse=True)

    def link_article(self, article, news_links: dict) -> None:
        """One news item's partners and services, and whether it is scheduled (dated in the future)."""
        path = Path(article.source_path)
        links = news_links.get(path) or news_links.get(path.resolve())  # keyed by resolved paths: most are already
        article.partner_list = links.partners if links else []
        article.service_list = links.services if links else []
        article.scheduled = article.date > datetime.now(ZoneInfo(self.settings["TIMEZONE"]))  # "plānots" in the preview

    def _assign_urls(self, directory: Directory) -> None:
        for partner in directory.partners.values():
            partner.url = setting(self.settings, "PARTNER_URL").format(slug=partner.slug)
            partner.save_as = setting(self.settings, "PARTNER_SAVE_AS").format(slug=partner.slug)
        for service in directory.services.values():
            service.url = setting(self.settings, "SERVICE_URL").format(slug=service.slug)
            service.save_as = setting(self.settings, "SERVICE_SAVE_AS").format(slug=service.slug)

    def _render_fields(self, directory: Directory) -> None:
        renderer = FieldRenderer(self.settings["MARKDOWN"])
        for item in chain(directory.partners.values(), directory.services.values()):
            item.description_html = mark_abbreviations(renderer.render(item.record.description), directory.glossary)
        for service in directory.services.values():
            service.easy_read_html = mark_abbreviations(renderer.render(service.record.easy_read), directory.glossary)

    def _finish_bodies(self, glossary: dict[str, str]) -> None:
        for content in chain.from_iterable(self.context.get(key, []) for key in CONTENT_KEYS):
            self.finish_body(content, glossary)

    def finish_body(self, content, glossary: dict[str, str]) -> None:
        """Move the body's "Viegli lasīt" section to ``easy_read``; mark abbreviations in both parts; give
        images their size (the lead image as ``image_size``)."""
        content_path = Path(self.path)
        siteurl = self.settings.get("SITEURL", "")
        split = split_easy_read(add_image_sizes(content._content, content_path, siteurl))
        content._content = mark_abbreviations(split.body, glossary)
        content.easy_read = mark_abbreviations(split.easy_read, glossary)
        image = getattr(content, "image", None)
        content.image_url = image_url(siteurl, image) if image else None
        content.image_size = read_size(image_path(content_path, image)) if image else None

    def generate_output(self, writer) -> None:
        self.write_pages(writer)
        self.partner_feed_files = write_partner_feeds(self.directory.partners.values(), self.context.get("articles", []),
                                                      self.settings, Path(self.output_path),
                                                      later=getattr(writer, "write_later", None))

    def write_pages(self, writer) -> None:
        """The directory's pages, through the writer (``generate_output`` writes the partner feeds beside them: through
        the writer too when it can make a file from a function, ``write_later``)."""
        relative = self.settings["RELATIVE_URLS"]
        directory: Directory = self.directory

        def write(save_as: str, template: str, url: str, **values) -> None:
            writer.write_file(
                save_as, self.get_template(template), self.context, relative_urls=relative,
                url=url, page_name=save_as.removesuffix("/index.html"), template_name=template, **values,
            )

        for partner in directory.partners.values():
            write(partner.save_as, "partner", partner.url, partner=partner)
        for service in directory.services.values():
            write(service.save_as, "service", service.url, service=service)
        write(setting(self.settings, "PARTNERS_INDEX_SAVE_AS"), "partners", setting(self.settings, "PARTNERS_INDEX_URL"))
        write(setting(self.settings, "SERVICES_INDEX_SAVE_AS"), "services", setting(self.settings, "SERVICES_INDEX_URL"))
        write(setting(self.settings, "AVAILABILITY_SAVE_AS"), "availability", setting(self.settings, "AVAILABILITY_URL"))
        write(setting(self.settings, "EASY_READ_SERVICES_SAVE_AS"), "services_easy_read", setting(self.settings, "EASY_READ_SERVICES_URL"))
        for page in redirect_pages(self.redirects, self.settings.get("SITEURL", "")):
            write(page.save_as, "redirect", page.old.lstrip("/"), redirect=page)
        writer.write_file(MAP_NAME, MAP_TEMPLATE, self.context, entries=map_entries(self.redirects))


def directory_generator(pelican) -> type[DirectoryGenerator]:
    """``get_generators``: the plugin's generator runs after Pelican's own."""
    return DirectoryGenerator
