"""News items and pages: validate their metadata lines and resolve ``Partners:``/``Services:``.

Works on the source files themselves so that every problem carries its line; Pelican's reader
builds the articles from the same files.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pelican.utils import slugify

from .lv.dates import BadDate, parse_contract_date
from .directory import Directory, Partner, Service, suggest
from .image_files import IMAGES_DIR, READABLE, image_path, read_size
from .markdown_header import MarkdownHeader, split_list
from .problems import ContentProblem
from .records import EMAIL
from .lv.slugs import is_slug, news_slug, slugify_lv
from .sources import MarkdownSource, markdown_files, read_source

STATUSES = ("published", "draft", "hidden")
NEWS_FIELDS = (
    "title", "date", "modified", "slug", "summary", "partners", "services", "tags",
    "image", "image_alt", "author", "author_role", "author_email", "status",
)
PAGE_FIELDS = ("title", "slug", "summary", "status", "date", "modified", "image", "image_alt")


@dataclass
class NewsLinks:
    """What the plugin adds to one news item: its resolved partners and services."""

    source: Path
    slug: str
    partners: list[Partner] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    markdown: MarkdownSource | None = None


def page_slug(path: Path, explicit: str | None, settings: dict) -> str:
    """A page's slug is ``Slug:`` or its file name, as Pelican derives it (``SLUGIFY_SOURCE = 'basename'``)."""
    if explicit:
        return explicit.strip()
    return slugify(path.stem, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))


def check_news(
    content_path: Path, news_dir: str, directory: Directory, reserved_slugs: frozenset[str] = frozenset()
) -> tuple[dict[Path, NewsLinks], list[ContentProblem]]:
    links: dict[Path, NewsLinks] = {}
    problems: list[ContentProblem] = []
    owners: dict[str, Path] = {}
    for path in markdown_files(content_path / news_dir):
        item, item_problems = check_news_file(content_path, path, directory, owners, reserved_slugs)
        problems += item_problems
        if item is not None:
            links[item.source] = item
    return links, problems


def check_news_file(content_path: Path, path: Path, directory: Directory, owners: dict[str, Path],
                    reserved_slugs: frozenset[str] = frozenset()) -> tuple[NewsLinks | None, list[ContentProblem]]:
    """One news file: its header, slug (``owners``: slug → file, across the folder), summary, partners and services."""
    found, problems = read_source(path)
    if found is None:
        return None, problems
    header, text = found
    problems += _common_checks(header, NEWS_FIELDS, content_path)
    title = header.value("title") or ""
    slug = news_slug(title, header.value("slug"))
    if title or header.value("slug"):  # without either, the missing Title is the one problem to report
        problems += _slug_checks(header, slug, owners, reserved_slugs)
        if slug.isdigit():
            problems.append(ContentProblem.at(path, header.line("slug", header.line("title")), f"slug '{slug}' would clash with the numbered news list pages (/jaunumi/2/, ...); add a Slug with words"))
    item = NewsLinks(path.resolve(), slug, markdown=MarkdownSource(path, header, text, slug))
    problems += _summary_checks(item.markdown)
    item.partners = _resolve(header, "partners", directory.partners, directory.invalid_partner_slugs, problems)
    item.services = _resolve(header, "services", directory.services, directory.invalid_service_slugs, problems)
    if header.value("date") is None:
        problems.append(ContentProblem.at(path, header.line("date"), "required field 'Date' is missing or empty; add 'Date: YYYY-MM-DD' below the title"))
    return item, problems


def check_pages(
    content_path: Path, pages_dir: str, settings: dict, reserved_slugs: frozenset[str] = frozenset()
) -> tuple[list[MarkdownSource], list[ContentProblem]]:
    pages: list[MarkdownSource] = []
    problems: list[ContentProblem] = []
    owners: dict[str, Path] = {}
    for path in markdown_files(content_path / pages_dir):
        page, page_problems = check_page_file(content_path, path, settings, owners, reserved_slugs)
        problems += page_problems
        if page is not None:
            pages.append(page)
    return pages, problems


def check_page_file(content_path: Path, path: Path, settings: dict, owners: dict[str, Path],
                    reserved_slugs: frozenset[str] = frozenset()) -> tuple[MarkdownSource | None, list[ContentProblem]]:
    """One page file: its header and slug (``owners``: slug → file, across the folder)."""
    found, problems = read_source(path)
    if found is None:
        return None, problems
    header, text = found
    problems += _common_checks(header, PAGE_FIELDS, content_path)
    slug = page_slug(path, header.value("slug"), settings)
    problems += _slug_checks(header, slug, owners, reserved_slugs)
    return MarkdownSource(path, header, text, slug), problems


NOT_A_PARAGRAPH = ("#", "- ", "* ", "+ ", ">", "|", "<", "![", "```", "~~~", "    ")
ORDERED_ITEM = re.compile(r"^\d+[.)]\s")


def _summary_checks(source: MarkdownSource) -> list[ContentProblem]:
    """Without ``Summary:`` the first paragraph is the summary; a body without one leaves lists and feeds empty."""
    if source.header.value("summary"):
        return []
    for _, line in source.body_lines():
        stripped = line.strip()
        if stripped and not line.startswith(NOT_A_PARAGRAPH) and not ORDERED_ITEM.match(line):
            return []
    return [ContentProblem.at(source.path, source.header.line("summary", source.header.line("title")),
                              "the summary is empty: the body has no paragraph to take it from; add 'Summary: one sentence'")]


def _common_checks(header: MarkdownHeader, allowed: tuple[str, ...], content_path: Path) -> list[ContentProblem]:
    path = header.path
    problems = [
        ContentProblem.at(path, dup.line, f"'{dup.written_key}' is given twice (first on line {header.line(dup.key)}); keep one")
        for dup in header.duplicates
    ]
    if not header.value("title"):
        problems.append(ContentProblem.at(path, header.line("title"), "required field 'Title' is missing or empty; start the file with 'Title: ...'"))
    for key, found in header.fields.items():
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"did you mean '{close[0].capitalize()}'?" if close else "it is not used by the site"
            problems.append(ContentProblem.at(path, found.line, f"unknown field '{found.written_key}'; {hint}", warning=True))
    for key in ("date", "modified"):
        if header.value(key) is not None:
            try:
                parse_contract_date(header.fields[key].value)
            except BadDate as error:
                problems.append(ContentProblem.at(path, header.line(key), f"{header.fields[key].written_key}: {error}"))
    status = header.value("status")
    if status is not None and status.lower() not in STATUSES:
        problems.append(ContentProblem.at(path, header.line("status"), f"Status '{status}' is unknown; use one of: {', '.join(STATUSES)}"))
    problems += _image_checks(header, content_path)
    email = header.value("author_email")
    if email is not None and not EMAIL.match(email):
        problems.append(ContentProblem.at(path, header.line("author_email"), f"Author_email '{email}' is not an e-mail address"))
    return problems


def _image_checks(header: MarkdownHeader, content_path: Path) -> list[ContentProblem]:
    image = header.value("image")
    problems: list[ContentProblem] = []
    if image is None:
        if header.value("image_alt"):
            problems.append(ContentProblem.at(header.path, header.line("image_alt"), "Image_alt is set but Image is not; add 'Image: file.jpg' or remove Image_alt", warning=True))
        return problems
    if not header.value("image_alt"):
        problems.append(
            ContentProblem.at(header.path, header.line("image"), "Image needs 'Image_alt: <what the picture shows>' (text for people who cannot see it)")
        )
    if "\x00" in image:  # the file system refuses such a name (found by tests/unit/test_properties.py)
        problems.append(ContentProblem.at(header.path, header.line("image"), "Image contains a NUL character; write the file name again"))
        return problems
    target = image_path(content_path, image)
    if not target.resolve().is_relative_to((content_path / IMAGES_DIR).resolve()):
        problems.append(ContentProblem.at(header.path, header.line("image"), f"Image '{image}' must be inside content/images/"))
    elif not target.is_file():
        problems.append(ContentProblem.at(header.path, header.line("image"), f"Image '{image}' not found: put the file in content/images/ or fix the name"))
    elif read_size(target) is None:
        problems.append(ContentProblem.at(header.path, header.line("image"), f"Image '{image}' is not a picture the site can read; use a {READABLE} file"))
    return problems


def _slug_checks(header: MarkdownHeader, slug: str, owners: dict[str, Path], reserved: frozenset[str]) -> list[ContentProblem]:
    path = header.path
    line = header.line("slug", header.line("title"))
    if not slug:
        return [ContentProblem.at(path, line, "cannot make a slug from the title; add 'Slug: words-with-hyphens'")]
    if not is_slug(slug):
        return [ContentProblem.at(path, line, f"Slug '{slug}' must be lower-case a-z, 0-9 and hyphens, e.g. '{slugify_lv(slug) or 'jaunums'}'")]
    if slug in reserved:
        return [ContentProblem.at(path, line, f"slug '{slug}' is reserved for a section of the site; choose another Slug")]
    if slug in owners:
        other = ContentProblem.at(owners[slug], 1, "").path
        return [ContentProblem.at(path, line, f"duplicate slug '{slug}': {other} already uses it; add a different 'Slug: ...'")]
    owners[slug] = path
    return []


def _resolve(header: MarkdownHeader, key: str, known: dict, invalid: set[str], problems: list[ContentProblem]) -> list:
    found = []
    folder = "partners" if key == "partners" else "services"
    for slug in split_list(header.value(key)):
        target = known.get(slug)
        if slug in invalid:
            continue  # the file exists; its own problems are reported
        if target is None:
            problems.append(
                ContentProblem.at(header.path, header.line(key), f"unknown {key[:-1]} '{slug}' in {key.capitalize()}: no content/{folder}/{slug}.yaml; {suggest(slug, known)}")
            )
        elif target not in found:
            found.append(target)
    return found

