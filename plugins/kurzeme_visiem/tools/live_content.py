"""The content rules of the live preview's partial updates (``fast_build/live_site.py``): one changed news item
or page is checked as the whole-content check would check it, against the directory and site map of the last full
rebuild, and finished as the plugin's generators finish every item.

* a body edit: a file whose slug, partners or services changed is not one (``None``);
* a news item's title or date (``check_listed``): its new slug and URL are checked against every other item's, the
  site map is made again with its new URL, and the plugin's lists (each partner's and service's news, the years)
  are sorted again. Anything that could change another file's check (another file naming its old URL, a redirect
  problem) is left to the full rebuild (``None``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pelican.contents import Article

from ..content.check import known_urls, page_url
from ..content.links import KnownUrls, check_links
from ..content.news_check import NewsLinks, check_news_file, check_page_file
from ..content.problems import ContentErrors, errors_only
from ..content.redirects import check_redirects
from ..pelican_context import CONTENT_KEYS
from ..site.feeds import partner_feed_makers
from ..site.generator import DirectoryGenerator, news_partners
from ..site.lastmod import newest_of
from ..site.news_archive import ArchiveYear
from ..site.presentation import PresentationGenerator

logger = logging.getLogger(__name__)


def _directory_generator(generators: list) -> DirectoryGenerator:
    return next(g for g in generators if isinstance(g, DirectoryGenerator))


def _presentation_generator(generators: list) -> PresentationGenerator:
    return next(g for g in generators if isinstance(g, PresentationGenerator))


@dataclass
class Listed:
    """A news item checked with a new title or date: its links, and the site map with its new URL."""

    links: NewsLinks
    known: KnownUrls


def _raise_or_log(problems: list) -> None:
    if errors_only(problems):
        raise ContentErrors(errors_only(problems))
    for warning in problems:
        logger.warning("%s", warning)


class ContentRules:
    """``BodyRules`` for the site's content contract."""

    directory_variables = frozenset({"directory", "availability", "partner_map"})
    directory_pages = frozenset({"partner", "service"})
    list_variables = frozenset({*CONTENT_KEYS, "dates", "tags", "categories", "authors", "period_archives", "news_years",
                                "year", "articles_page"})

    def check(self, generators: list, path: Path, old):
        generator = _directory_generator(generators)
        validated, content_root = generator.validated, Path(generator.path).resolve()
        if isinstance(old, Article):
            checked, problems = check_news_file(content_root, path, validated.directory, {})
            before = validated.news_links.get(path)
            if checked is None or before is None or checked.slug != before.slug:
                return None
            if ([p.slug for p in checked.partners], [s.slug for s in checked.services]) != \
                    ([p.slug for p in before.partners], [s.slug for s in before.services]):
                return None
            markdown, kind = checked.markdown, "ARTICLE"
        else:
            checked, problems = check_page_file(content_root, path, generator.settings, {})
            before = next((p for p in validated.pages if p.path.resolve() == path), None)
            if checked is None or before is None or checked.slug != before.slug:
                return None
            markdown, kind = checked, "PAGE"
        problems += check_links(markdown, page_url(generator.settings, kind, markdown), validated.known)
        _raise_or_log(problems)
        return checked

    def check_listed(self, generators: list, path: Path, old):
        """A published news item whose title or date (so its slug and URL) changed, but not its partners or
        services: ``Listed``, or ``None`` when the full rebuild must check it (another file's check may change)."""
        generator = _directory_generator(generators)
        validated, content_root, settings = generator.validated, Path(generator.path).resolve(), generator.settings
        before = validated.news_links.get(path)
        if not isinstance(old, Article) or before is None or old.status != "published":
            return None
        owners = {links.slug: links.source for source, links in validated.news_links.items() if source != path}
        checked, problems = check_news_file(content_root, path, validated.directory, dict(owners))
        if checked is None or checked.slug in owners or checked.markdown.status != "published":
            return None  # a duplicate slug is reported on whichever file a whole check reads second
        if ([p.slug for p in checked.partners], [s.slug for s in checked.services]) != \
                ([p.slug for p in before.partners], [s.slug for s in before.services]):
            return None
        links = {**validated.news_links, path: checked}
        known = known_urls(content_root, settings, validated.directory, links.values(), validated.pages)
        gone = (validated.known.urls - known.urls) | (validated.known.draft_urls - known.draft_urls)
        segments = {url.rstrip("/").rsplit("/", 1)[-1] for url in gone}
        others = [item.markdown for source, item in validated.news_links.items() if source != path] + validated.pages
        if any(segment in other.text for other in others for segment in segments):
            return None  # another file may link to the URL that is gone: the whole check says where
        if errors_only(check_redirects(validated.redirects, known, content_root)):
            return None
        own_url = page_url(settings, "ARTICLE", checked.markdown)
        problems += check_links(checked.markdown, own_url, known)
        _raise_or_log(problems)
        return Listed(checked, known)

    def finish(self, generators: list, new, checked) -> bool:
        generator = _directory_generator(generators)
        links = checked.links if isinstance(checked, Listed) else checked
        if isinstance(new, Article):
            generator.link_article(new, {Path(new.source_path).resolve(): links})
        generator.finish_body(new, generator.validated.directory.glossary)
        return _presentation_generator(generators).present(new)

    def accept(self, generators: list, content, checked) -> None:
        validated = _directory_generator(generators).validated
        if isinstance(checked, Listed):
            validated.news_links[Path(content.source_path).resolve()] = checked.links
            validated.known = checked.known
        elif isinstance(content, Article):
            validated.news_links[Path(content.source_path).resolve()] = checked
        else:
            validated.pages[:] = [checked if p.path.resolve() == checked.path.resolve() else p for p in validated.pages]

    def relist(self, generators: list) -> None:
        """The news were sorted again: each partner's and service's news and the years follow."""
        directory = _directory_generator(generators)
        directory.list_news(directory.directory)
        _presentation_generator(generators).list_years()

    def rewrite(self, generator, writer) -> bool:
        """Record again the page jobs of one of the plugin's generators whose lists were made anew (the years)."""
        if isinstance(generator, PresentationGenerator):
            generator.write_pages(writer)
            return True
        return False

    def feeds(self, generators: list, items: list) -> dict[str, Callable[[], str]]:
        """The partner feeds that list these news items, or list none (their date is the site's newest)."""
        directory = _directory_generator(generators)
        named = {p.slug for item in items for p in news_partners(getattr(item, "partner_list", []))}
        partners = [p for p in directory.directory.partners.values() if p.slug in named or not p.news]
        return partner_feed_makers(partners, directory.context.get("articles", []), directory.settings)

    def directory_paths(self, settings: dict) -> list[Path]:
        root = Path(settings["PATH"])
        return [root / "partners", root / "services"]

    def list_page(self, template: str, localcontext: dict) -> tuple[list, str] | None:
        """A page of the news list (``index.html``) shows its own items, its place among the pages and the years."""
        page = localcontext.get("articles_page")
        if template != "index.html" or page is None:
            return None
        years = [(year.year, len(year.articles), year.url) for year in localcontext.get("news_years", [])]
        return list(page.object_list), repr((page.number, page.paginator.num_pages, years))

    def item_lists(self, kwargs: dict, context: dict) -> tuple[list, str] | None:
        """A partner's or service's page lists its own news only (``partner.html``, ``service.html``); a year's
        page (``news_year.html``) its news, the years and, as its last change, the site's newest date."""
        own = kwargs.get("partner") or kwargs.get("service")
        if own is not None:
            return [own.news], ""
        year = kwargs.get("year")
        if isinstance(year, ArchiveYear):
            years = [(y.year, len(y.articles), y.url) for y in context.get("news_years", [])]
            return [year.articles], repr((years, newest_of(context.get("articles", []))))
        return None

    def page_inputs(self, content) -> str:
        """A news item's page names its partners and services (``link_list``): their records and URLs."""
        shown = [(item.slug, str(item.url), repr(item.record)) for item in
                 (*getattr(content, "partner_list", []), *getattr(content, "service_list", []))]
        return repr(shown)
