"""Every check of the content in one pass: the directory, news, pages and their links.

The generator runs it in ``generate_context`` before anything is written; ``python -m kurzeme_visiem check``
(``make check``) runs it without building.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .directory import Directory, load_directory
from .links import SiteMap, check_links
from .news_check import NewsLinks, check_news, check_pages
from .sources import MarkdownSource
from .problems import ContentProblem
from .urls import RESERVED_PAGE_SLUGS, SERVICE_SECTION_URLS, last_segment, url_setting


@dataclass
class ValidatedContent:
    directory: Directory
    news_links: dict[Path, NewsLinks]
    pages: list[MarkdownSource]
    problems: list[ContentProblem]
    site: SiteMap | None = None  # every URL the build will write (what links are checked against)


def validate_content(content_path: Path, settings: dict) -> ValidatedContent:
    directory, problems = load_directory(content_path)
    problems += _reserved_service_problems(directory, settings)
    news_links: dict[Path, NewsLinks] = {}
    for news_dir in settings["ARTICLE_PATHS"]:
        found, news_problems = check_news(content_path, news_dir, directory)
        news_links.update(found)
        problems += news_problems
    pages: list[MarkdownSource] = []
    for pages_dir in settings["PAGE_PATHS"]:
        found_pages, page_problems = check_pages(content_path, pages_dir, settings, RESERVED_PAGE_SLUGS)
        pages += found_pages
        problems += page_problems
    site = site_map(content_path, settings, directory, news_links.values(), pages)
    for item in news_links.values():
        problems += check_links(item.markdown, page_url(settings, "ARTICLE", item.markdown), site)
    for page in pages:
        problems += check_links(page, page_url(settings, "PAGE", page), site)
    return ValidatedContent(directory, news_links, pages, problems, site)


def page_url(settings: dict, kind: str, source: MarkdownSource) -> str:
    key = f"DRAFT_{'PAGE_' if kind == 'PAGE' else ''}URL" if source.status == "draft" else f"{kind}_URL"
    return "/" + settings[key].format(slug=source.slug)


def site_map(content_path: Path, settings: dict, directory: Directory, news_items: Iterable[NewsLinks],
             pages: list[MarkdownSource]) -> SiteMap:
    """Every URL the build will write, from the same settings the build uses."""
    site = SiteMap(content_path)
    news = [item.markdown for item in news_items]
    for source in news:
        (site.draft_urls if source.status == "draft" else site.urls).add(page_url(settings, "ARTICLE", source))
    for source in pages:
        (site.draft_urls if source.status == "draft" else site.urls).add(page_url(settings, "PAGE", source))
    listed = sum(1 for source in news if source.status == "published")
    per_page = settings.get("DEFAULT_PAGINATION") or max(listed, 1)
    index_url = "/" + settings.get("INDEX_URL", "jaunumi/")
    site.urls.add("/" + settings.get("HOME_URL", ""))
    site.urls.add(index_url)
    site.urls.update(f"{index_url}{number}/" for number in range(2, math.ceil(listed / per_page) + 1))
    for slug in directory.partners:
        site.urls.add("/" + url_setting(settings, "PARTNER_URL").format(slug=slug))
    for slug in directory.services:
        site.urls.add("/" + url_setting(settings, "SERVICE_URL").format(slug=slug))
    for key in ("PARTNERS_INDEX_URL", "SERVICES_INDEX_URL", *SERVICE_SECTION_URLS):
        site.urls.add("/" + url_setting(settings, key))
    for key in ("FEED_ALL_ATOM", "NOT_FOUND_SAVE_AS"):
        if settings.get(key):
            site.urls.add("/" + settings[key])
    return site


def _reserved_service_problems(directory: Directory, settings: dict) -> list[ContentProblem]:
    problems = []
    for key in SERVICE_SECTION_URLS:
        slug = last_segment(url_setting(settings, key))
        service = directory.services.get(slug)
        if service is not None:
            what = "the availability table" if key == "AVAILABILITY_URL" else "the easy-to-read overview of services"
            problems.append(ContentProblem.at(service.source, 1, f"the service slug '{slug}' is reserved for {what}; rename the file"))
    return problems

