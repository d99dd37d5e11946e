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
from itertools import chain
from pathlib import Path

from pelican.contents import Article

from ..content.check import known_urls, page_url, reserved_service_problems
from ..content.directory import PARTNERS_DIR, SERVICES_DIR, Directory, load_directory
from ..content.links import KnownUrls, check_links
from ..content.news_check import NewsLinks, check_news_file, check_page_file, resolve_links
from ..content.problems import ContentErrors, errors_only
from ..content.redirects import check_redirects
from ..content.symlinks import symlink_problems
from ..content.yaml_source import ParsedYaml
from ..pelican_context import CONTENT_KEYS
from ..site.feeds import feed_inputs, partner_feed_makers, partner_feed_path
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


@dataclass
class DirectoryChecked:
    """The directory read again after its files changed, every news item's partners and services resolved against
    it, and the site map with its partners' and services' URLs."""

    directory: Directory
    news_links: dict[Path, NewsLinks]
    known: KnownUrls


def _gone_urls_named(before: KnownUrls, after: KnownUrls, texts) -> bool:
    """Whether a URL of ``before`` that ``after`` lacks may be named in one of ``texts`` (its last segment is)."""
    gone = (before.urls - after.urls) | (before.draft_urls - after.draft_urls)
    segments = {url.rstrip("/").rsplit("/", 1)[-1] for url in gone}
    return any(segment in text for text in texts for segment in segments)


def _raise_or_log(problems: list) -> None:
    if errors_only(problems):
        raise ContentErrors(errors_only(problems))
    for warning in problems:
        logger.warning("%s", warning)


class ContentRules:
    """``BodyRules`` for the site's content contract."""

    def __init__(self) -> None:
        self.parsed = ParsedYaml()  # the directory's files, parsed again only when changed

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
        others = [item.markdown for source, item in validated.news_links.items() if source != path] + validated.pages
        if _gone_urls_named(validated.known, known, (other.text for other in others)):
            return None  # another file may link to the URL that is gone: the whole check says where
        if errors_only(check_redirects(validated.redirects, known, content_root)):
            return None
        own_url = page_url(settings, "ARTICLE", checked.markdown)
        problems += check_links(checked.markdown, own_url, known)
        _raise_or_log(problems)
        return Listed(checked, known)

    def check_directory(self, generators: list, paths: set[Path]) -> DirectoryChecked | None:
        """Partner or service files changed, were added or removed (nothing else): the directory read and checked
        again, and every news item's ``Partners:`` (slugs or names) and ``Services:`` resolved against it, from the
        headers the last check kept (no news file is read). ``None`` when the full rebuild must check: a problem
        anywhere (the whole check reports it as it would), a symbolic link, a URL that is gone and may be linked."""
        generator = _directory_generator(generators)
        validated, settings = generator.validated, generator.settings
        root = Path(generator.path).resolve()
        folders = {root / PARTNERS_DIR, root / SERVICES_DIR}
        for path in paths:
            absolute = path.absolute()
            if (absolute.parent.resolve() not in folders or absolute.suffix != ".yaml" or absolute.name.startswith(".")
                    or absolute.is_symlink() or (absolute.exists() and not absolute.is_file())):
                return None
        if any(item.markdown is None for item in validated.news_links.values()):
            return None
        directory, problems = load_directory(root, parsed=self.parsed)
        if not all(path.exists() for path in paths):
            problems += symlink_problems(root)  # a removed file may have been a link's target
        problems += reserved_service_problems(directory, settings)
        news_links = {}
        for source, before in validated.news_links.items():
            partners, services, resolved = resolve_links(before.markdown.header, directory)
            problems += resolved
            news_links[source] = NewsLinks(before.source, before.slug, before.markdown, partners, services)
        if errors_only(problems):
            return None
        known = known_urls(root, settings, directory, news_links.values(), validated.pages)
        texts = chain((item.markdown.text for item in news_links.values()), (page.text for page in validated.pages))
        if _gone_urls_named(validated.known, known, texts) or errors_only(check_redirects(validated.redirects, known, root)):
            return None
        _raise_or_log(problems)  # the directory's warnings
        return DirectoryChecked(directory, news_links, known)

    def accept_directory(self, generators: list, checked: DirectoryChecked) -> None:
        """The site now uses the directory read again: the news keep their objects, linked to its partners and
        services; the partners' and services' pages and the context follow."""
        generator = _directory_generator(generators)
        validated = generator.validated
        validated.directory, validated.news_links, validated.known = checked.directory, checked.news_links, checked.known
        generator.use_directory(checked.directory, checked.news_links)
        _presentation_generator(generators).annotate_directory(checked.directory)

    def rewrite_directory(self, generator, writer) -> bool:
        """Record again the page jobs of the generator of the directory's pages; True if it is that one."""
        if isinstance(generator, DirectoryGenerator):
            generator.write_pages(writer)
            return True
        return False

    def feed_keys(self, generators: list) -> dict[str, str]:
        """Each partner feed (output-relative path) with what it shows: a feed whose key stays is not made again."""
        directory = _directory_generator(generators)
        found = {}
        for partner in directory.directory.partners.values():
            relative = partner_feed_path(directory.settings, partner.slug)
            if relative:
                found[relative] = feed_inputs(partner)
        return found

    def directory_feeds(self, generators: list, paths: set[str]) -> dict[str, Callable[[], str]]:
        """What makes the partner feeds at these output-relative paths again."""
        directory = _directory_generator(generators)
        partners = [p for p in directory.directory.partners.values()
                    if partner_feed_path(directory.settings, p.slug) in paths]
        return partner_feed_makers(partners, directory.context.get("articles", []), directory.settings)

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
        return repr(list(self.pages_inputs([content])[0]))

    def pages_inputs(self, items: list) -> list[tuple]:
        """What ``page_inputs`` shows of each of ``items``, as tuples (each partner's and service's record shown
        once, so equal inputs share their strings and compare fast)."""
        shown: dict[int, tuple[str, str, str]] = {}

        def of(entry) -> tuple[str, str, str]:
            if id(entry) not in shown:
                shown[id(entry)] = (entry.slug, str(entry.url), repr(entry.record))
            return shown[id(entry)]

        return [tuple(of(entry) for entry in (*getattr(item, "partner_list", []), *getattr(item, "service_list", [])))
                for item in items]
