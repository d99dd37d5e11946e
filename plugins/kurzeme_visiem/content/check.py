"""Every check of the content in one pass: the directory, news, pages, their links and ``redirects.yaml``.

The generator runs it in ``generate_context`` before anything is written; ``python -m kurzeme_visiem check``
(``make check``) runs it without building.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .directory import Directory, load_directory
from .documents import Document, load_documents
from .links import KnownUrls, check_links
from .news_check import NewsLinks, check_news, check_pages
from .sources import MarkdownSource, unread_file_problems
from .messages import message
from .problems import ContentProblem
from .redirects import RedirectRule, check_redirects, load_redirects
from .symlinks import symlink_problems
from .urls import RESERVED_PAGE_SLUGS, SERVICE_SECTION_URLS, last_segment
from ..settings import setting


@dataclass
class ValidatedContent:
    directory: Directory
    news_links: dict[Path, NewsLinks]
    pages: list[MarkdownSource]
    problems: list[ContentProblem]
    redirects: list[RedirectRule] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    known: KnownUrls | None = None  # every URL the build will write (the live preview re-checks links against it)


def validate_content(content_path: Path, settings: dict) -> ValidatedContent:
    directory, problems = load_directory(content_path)
    problems += symlink_problems(content_path)
    problems += reserved_service_problems(directory, settings)
    news_links: dict[Path, NewsLinks] = {}
    for news_dir in settings["ARTICLE_PATHS"]:
        found, news_problems = check_news(content_path, news_dir, directory)
        problems += unread_file_problems(content_path / news_dir)
        news_links.update(found)
        problems += news_problems
    pages: list[MarkdownSource] = []
    for pages_dir in settings["PAGE_PATHS"]:
        found_pages, page_problems = check_pages(content_path, pages_dir, settings, RESERVED_PAGE_SLUGS)
        problems += unread_file_problems(content_path / pages_dir)
        pages += found_pages
        problems += page_problems
    documents, document_problems = load_documents(content_path)
    problems += document_problems
    problems += translation_problems(pages, settings)
    known = known_urls(content_path, settings, directory, news_links.values(), pages)
    for item in news_links.values():
        problems += check_links(item.markdown, page_url(settings, "ARTICLE", item.markdown), known)
    for page in pages:
        problems += check_links(page, page_url(settings, "PAGE", page), known)
    redirects, redirect_problems = load_redirects(content_path)
    problems += redirect_problems + check_redirects(redirects, known, content_path)
    return ValidatedContent(directory, news_links, pages, problems, redirects, documents, known)


def page_url(settings: dict, kind: str, source: MarkdownSource) -> str:
    """The URL Pelican gives the file: ``Url:`` when set, else the pattern of its state and language."""
    if kind == "PAGE" and source.header.value("url") is not None and source.status != "draft":
        return "/" + source.header.value("url").strip().lstrip("/")
    key = f"DRAFT_{'PAGE_' if kind == 'PAGE' else ''}URL" if source.status == "draft" else f"{kind}_URL"
    lang = (source.header.value("lang") or settings.get("DEFAULT_LANG", "lv")).strip()
    if lang != settings.get("DEFAULT_LANG", "lv"):
        key = key.replace("_URL", "_LANG_URL")
    return "/" + settings[key].format(slug=source.slug, lang=lang)


def translation_problems(pages: list[MarkdownSource], settings: dict) -> list[ContentProblem]:
    """``Lang:`` must be a language of the site; ``Translation_of:`` must name a page in the default language."""
    default = settings.get("DEFAULT_LANG", "lv")
    languages = setting(settings, "SITE_LANGUAGES")
    originals = {p.slug for p in pages if (p.header.value("lang") or default).strip() == default}
    problems = []
    for page in pages:
        lang = page.header.value("lang")
        if lang is not None and lang.strip() not in languages:
            problems.append(ContentProblem.at(page.path, page.header.line("lang"),
                                              message("page.unknown_lang", given=lang.strip(),
                                                      languages=message("page.or").join(languages))))
        original = page.header.value("translation_of")
        if original is not None and original.strip() not in originals:
            problems.append(ContentProblem.at(page.path, page.header.line("translation_of"),
                                              message("page.no_original", slug=original.strip(),
                                                      pages=", ".join(sorted(originals)))))
    return problems


def known_urls(content_path: Path, settings: dict, directory: Directory, news_items: Iterable[NewsLinks],
               pages: list[MarkdownSource]) -> KnownUrls:
    """Every URL the build will write, from the same settings the build uses."""
    known = KnownUrls(content_path)
    news = [item.markdown for item in news_items]
    for source in news:
        (known.draft_urls if source.status == "draft" else known.urls).add(page_url(settings, "ARTICLE", source))
    for source in pages:
        (known.draft_urls if source.status == "draft" else known.urls).add(page_url(settings, "PAGE", source))
    listed = sum(1 for source in news if source.status == "published")
    per_page = settings.get("DEFAULT_PAGINATION") or max(listed, 1)
    index_url = "/" + settings.get("INDEX_URL", "jaunumi/")
    known.urls.add("/" + settings.get("HOME_URL", ""))
    known.urls.add(index_url)
    known.urls.update(f"{index_url}{number}/" for number in range(2, math.ceil(listed / per_page) + 1))
    for slug in directory.partners:
        known.urls.add("/" + setting(settings, "PARTNER_URL").format(slug=slug))
    for slug in directory.services:
        known.urls.add("/" + setting(settings, "SERVICE_URL").format(slug=slug))
    for key in ("PARTNERS_INDEX_URL", "SERVICES_INDEX_URL", "DOCUMENTS_URL", *SERVICE_SECTION_URLS):
        known.urls.add("/" + setting(settings, key))
    for source in news:
        date = source.header.value("date")
        if source.status == "published" and date and date.strip()[:4].isdigit():
            known.urls.add("/" + setting(settings, "NEWS_YEAR_URL").format(year=int(date.strip()[:4])))
    for key in ("FEED_ALL_ATOM", "NOT_FOUND_SAVE_AS"):
        if settings.get(key):
            known.urls.add("/" + settings[key])
    return known


def reserved_service_problems(directory: Directory, settings: dict) -> list[ContentProblem]:
    problems = []
    for key in SERVICE_SECTION_URLS:
        slug = last_segment(setting(settings, key))
        service = directory.services.get(slug)
        if service is not None:
            reserved_for = "service.reserved_for_table" if key == "AVAILABILITY_URL" else "service.reserved_for_easy_read"
            problems.append(ContentProblem.at(service.source, 1, message(reserved_for, slug=slug)))
    return problems

