"""The directory generator: partner and service pages, their indexes and the availability matrix.

Modelled on Pelican's own generators: ``generate_context`` reads and validates every content file
and links news, partners and services; ``generate_output`` only writes, through Pelican's Writer.
"""

from __future__ import annotations

import logging
from itertools import chain
from pathlib import Path

from pelican.generators import Generator

from .directory import Directory, load_directory
from .glossary import mark_abbreviations
from .markdown_fields import FieldRenderer
from .matrix import build_matrix
from .news_check import check_news, check_pages
from .problems import ContentErrors, ContentProblem, errors_only
from .records import PartnerType, Region, TargetGroup

logger = logging.getLogger(__name__)

DEFAULT_URLS = {
    "PARTNER_URL": "partneri/{slug}/",
    "PARTNER_SAVE_AS": "partneri/{slug}/index.html",
    "PARTNERS_INDEX_URL": "partneri/",
    "PARTNERS_INDEX_SAVE_AS": "partneri/index.html",
    "SERVICE_URL": "pakalpojumi/{slug}/",
    "SERVICE_SAVE_AS": "pakalpojumi/{slug}/index.html",
    "SERVICES_INDEX_URL": "pakalpojumi/",
    "SERVICES_INDEX_SAVE_AS": "pakalpojumi/index.html",
    "AVAILABILITY_URL": "pakalpojumi/pasvaldibas/",
    "AVAILABILITY_SAVE_AS": "pakalpojumi/pasvaldibas/index.html",
}
RESERVED_PAGE_SLUGS = frozenset(
    {"jaunumi", "partneri", "pakalpojumi", "meklet", "feeds", "theme", "images", "documents", "drafts", "pagefind"}
)


class DirectoryGenerator(Generator):
    """Reads ``partners/``, ``services/`` and ``glossary.yaml``; writes the directory pages."""

    def url_setting(self, key: str) -> str:
        return self.settings.get(key, DEFAULT_URLS[key])

    def generate_context(self) -> None:
        content_path = Path(self.path)
        directory, problems = load_directory(content_path)
        problems += self._reserved_service_problems(directory)
        news_links: dict = {}
        for news_dir in self.settings["ARTICLE_PATHS"]:
            found, news_problems = check_news(content_path, news_dir, directory)
            news_links.update(found)
            problems += news_problems
        for pages_dir in self.settings["PAGE_PATHS"]:
            problems += check_pages(content_path, pages_dir, self.settings, RESERVED_PAGE_SLUGS)
        for warning in (p for p in problems if p.warning):
            logger.warning("%s", warning)
        if errors_only(problems):
            raise ContentErrors(errors_only(problems))

        self._link_news(directory, news_links)
        self._assign_urls(directory)
        self._render_fields(directory)
        self._mark_abbreviations(directory.glossary)
        self.directory = directory
        self.context["directory"] = directory
        self.context["availability"] = build_matrix(directory)
        self.context["PartnerType"] = PartnerType
        self.context["Region"] = Region
        self.context["TargetGroup"] = TargetGroup
        self.context["AVAILABILITY_URL"] = self.url_setting("AVAILABILITY_URL")
        self.context["PARTNERS_INDEX_URL"] = self.url_setting("PARTNERS_INDEX_URL")
        self.context["SERVICES_INDEX_URL"] = self.url_setting("SERVICES_INDEX_URL")

    def _reserved_service_problems(self, directory: Directory) -> list[ContentProblem]:
        matrix_slug = self.url_setting("AVAILABILITY_URL").rstrip("/").rsplit("/", 1)[-1]
        service = directory.services.get(matrix_slug)
        if service is None:
            return []
        return [ContentProblem.at(service.source, 1, f"the service slug '{matrix_slug}' is reserved for the availability table; rename the file")]

    def _link_news(self, directory: Directory, news_links: dict) -> None:
        """Give each news item its partners and services, and each partner and service its published news."""
        published = self.context.get("articles", [])
        for article in chain(published, self.context.get("drafts", []), self.context.get("hidden_articles", [])):
            links = news_links.get(Path(article.source_path).resolve())
            article.partner_list = links.partners if links else []
            article.service_list = links.services if links else []
        for article in published:
            for partner in article.partner_list:
                partner.news.append(article)
            for service in article.service_list:
                service.news.append(article)
        for item in chain(directory.partners.values(), directory.services.values()):
            item.news.sort(key=lambda a: a.date, reverse=True)

    def _assign_urls(self, directory: Directory) -> None:
        for partner in directory.partners.values():
            partner.url = self.url_setting("PARTNER_URL").format(slug=partner.slug)
            partner.save_as = self.url_setting("PARTNER_SAVE_AS").format(slug=partner.slug)
        for service in directory.services.values():
            service.url = self.url_setting("SERVICE_URL").format(slug=service.slug)
            service.save_as = self.url_setting("SERVICE_SAVE_AS").format(slug=service.slug)

    def _render_fields(self, directory: Directory) -> None:
        renderer = FieldRenderer(self.settings["MARKDOWN"])
        for item in chain(directory.partners.values(), directory.services.values()):
            item.description_html = mark_abbreviations(renderer.render(item.record.description), directory.glossary)

    def _mark_abbreviations(self, glossary: dict[str, str]) -> None:
        keys = ("articles", "drafts", "hidden_articles", "pages", "hidden_pages", "draft_pages")
        for content in chain.from_iterable(self.context.get(key, []) for key in keys):
            content._content = mark_abbreviations(content._content, glossary)

    def generate_output(self, writer) -> None:
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
        write(self.url_setting("PARTNERS_INDEX_SAVE_AS"), "partners", self.url_setting("PARTNERS_INDEX_URL"))
        write(self.url_setting("SERVICES_INDEX_SAVE_AS"), "services", self.url_setting("SERVICES_INDEX_URL"))
        write(self.url_setting("AVAILABILITY_SAVE_AS"), "availability", self.url_setting("AVAILABILITY_URL"))
