"""News items and pages: validate their metadata lines and resolve ``Partners:``/``Services:``.

Works on the source files themselves so that every problem carries its line; Pelican's reader
builds the articles from the same files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pelican.utils import slugify

from .lv.date_paragraphs import is_date_led
from .lv.dates import BadDate, parse_contract_date
from .messages import message
from .directory import Directory, Partner, Service, suggest
from .field_urls import field_url_problems
from .image_files import IMAGES_DIR, READABLE, image_path, read_size
from .markdown_header import MarkdownHeader, control_problems, split_list
from .news_template import placeholder_lines
from .partner_names import PartnerNames
from .problems import ContentProblem
from .contact_values import EMAIL, WEB_ADDRESS
from .lv.slugs import MAX_SLUG, cap_slug, is_slug, news_slug, slugify_lv
from .sources import MarkdownSource, markdown_files, read_source
from .suggest import did_you_mean

STATUSES = ("published", "draft", "hidden")
NEWS_FIELDS = (
    "title", "date", "modified", "slug", "summary", "partners", "services", "tags",
    "image", "image_alt", "image_caption", "image_credit", "author", "author_role", "author_email", "status", "source",
)
PAGE_FIELDS = ("title", "slug", "summary", "status", "date", "modified", "image", "image_alt", "image_caption",
               "image_credit", "lang", "translation_of", "url", "save_as")


@dataclass
class NewsLinks:
    """What the plugin adds to one news item: its resolved partners and services. ``markdown`` is its checked file,
    ``None`` when a check run in another process sent the result back without the texts (``fast_build/precheck.py``)."""

    source: Path
    slug: str
    markdown: MarkdownSource | None
    partners: list[Partner] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)


def page_slug(path: Path, explicit: str | None, settings: dict) -> str:
    """A page's slug is ``Slug:`` or its file name, as Pelican derives it (``SLUGIFY_SOURCE = 'basename'``)."""
    if explicit:
        return explicit.strip()
    return slugify(path.stem, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))


def _read(content_path: Path, path: Path, allowed: tuple[str, ...],
          slug_of) -> tuple[MarkdownSource | None, list[ContentProblem]]:
    """One file read, with the checks news and pages share (``allowed`` fields) and its slug ``slug_of(header)``;
    ``None`` when it cannot be read."""
    found, problems = read_source(path)
    if found is None:
        return None, problems
    header, text = found
    problems += _common_checks(header, allowed, content_path)
    return MarkdownSource(path, header, text, slug_of(header)), problems


def _check_folder(folder: Path, check_file) -> tuple[list, list[ContentProblem]]:
    """Every Markdown file of ``folder`` through ``check_file(path, owners)`` (``owners``: slug → file, across the
    folder): what the files gave, and all their problems."""
    checked: list = []
    problems: list[ContentProblem] = []
    owners: dict[str, Path] = {}
    for path in markdown_files(folder):
        item, item_problems = check_file(path, owners)
        problems += item_problems
        if item is not None:
            checked.append(item)
    return checked, problems


def check_news(
    content_path: Path, news_dir: str, directory: Directory, reserved_slugs: frozenset[str] = frozenset()
) -> tuple[dict[Path, NewsLinks], list[ContentProblem]]:
    items, problems = _check_folder(content_path / news_dir, lambda path, owners: check_news_file(
        content_path, path, directory, owners, reserved_slugs))
    return {item.source: item for item in items}, problems


def check_news_file(content_path: Path, path: Path, directory: Directory, owners: dict[str, Path],
                    reserved_slugs: frozenset[str] = frozenset()) -> tuple[NewsLinks | None, list[ContentProblem]]:
    """One news file: its header, slug (``owners``: slug → file, across the folder), summary, partners and services."""
    source, problems = _read(content_path, path, NEWS_FIELDS,
                             lambda header: news_slug(header.value("title") or "", header.value("slug")))
    if source is None:
        return None, problems
    header, slug = source.header, source.slug
    if header.value("title") or header.value("slug"):  # without either, the missing Title is the one problem to report
        problems += _slug_checks(header, slug, owners, reserved_slugs)
        if slug.isdigit():
            problems.append(ContentProblem.at(path, header.line("slug", header.line("title")), message("news.slug_digits", slug=slug)))
    item = NewsLinks(source.path.resolve(), slug, source)
    problems += _summary_checks(item.markdown)
    problems += [
        ContentProblem.at(path, number, message("news.placeholder"), warning=True)
        for number in placeholder_lines(item.markdown.body_lines())
    ]
    item.partners, item.services, resolved = resolve_links(header, directory)
    problems += resolved
    if header.value("date") is None:
        problems.append(ContentProblem.at(path, header.line("date"), message("news.date_missing")))
    return item, problems


def resolve_links(header: MarkdownHeader, directory: Directory) -> tuple[list[Partner], list[Service], list[ContentProblem]]:
    """A news item's ``Partners:`` (slugs, short names or names) and ``Services:`` resolved against ``directory``,
    with the problems of the names it does not know (the live preview resolves them again when the directory
    changed)."""
    problems: list[ContentProblem] = []
    partners = _resolve(header, "partners", directory.partners, directory.invalid_partner_slugs, problems)
    services = _resolve(header, "services", directory.services, directory.invalid_service_slugs, problems)
    return partners, services, problems


def check_pages(
    content_path: Path, pages_dir: str, settings: dict, reserved_slugs: frozenset[str] = frozenset()
) -> tuple[list[MarkdownSource], list[ContentProblem]]:
    return _check_folder(content_path / pages_dir, lambda path, owners: check_page_file(
        content_path, path, settings, owners, reserved_slugs))


def check_page_file(content_path: Path, path: Path, settings: dict, owners: dict[str, Path],
                    reserved_slugs: frozenset[str] = frozenset()) -> tuple[MarkdownSource | None, list[ContentProblem]]:
    """One page file: its header and slug (``owners``: slug → file, across the folder)."""
    page, problems = _read(content_path, path, PAGE_FIELDS, lambda header: page_slug(path, header.value("slug"), settings))
    if page is not None:
        problems += _slug_checks(page.header, page.slug, owners, reserved_slugs)
    return page, problems


NOT_A_PARAGRAPH = ("#", "- ", "* ", "+ ", ">", "|", "<", "![", "```", "~~~", "    ")
ORDERED_ITEM = re.compile(r"^\d+[.)]\s")


def _summary_checks(source: MarkdownSource) -> list[ContentProblem]:
    """Without ``Summary:`` the first paragraph is the summary; a body without one leaves lists and feeds empty."""
    if source.header.value("summary"):
        return []
    for _, line in source.body_lines():
        stripped = line.strip()
        numbered = ORDERED_ITEM.match(line) and not is_date_led(line)  # "2018. gada 27. aprīlī ..." is a paragraph
        if stripped and not line.startswith(NOT_A_PARAGRAPH) and not numbered:
            return []
    return [ContentProblem.at(source.path, source.header.line("summary", source.header.line("title")),
                              message("news.summary_empty"))]


def _common_checks(header: MarkdownHeader, allowed: tuple[str, ...], content_path: Path) -> list[ContentProblem]:
    path = header.path
    problems = [
        ContentProblem.at(path, dup.line, message("field.twice", key=dup.written_key, line=header.line(dup.key)))
        for dup in header.duplicates
    ]
    if not header.value("title"):
        problems.append(ContentProblem.at(path, header.line("title"), message("news.title_missing")))
    problems += field_url_problems(path, header.line("summary"), "Summary", header.value("summary"))
    problems += control_problems(header)
    for key, found in header.fields.items():
        if key not in allowed:
            hint = did_you_mean(key, allowed, message("hint.not_used"), shown=str.capitalize)
            problems.append(ContentProblem.at(path, found.line, message("field.unknown", field=found.written_key, hint=hint), warning=True))
    for key in ("date", "modified"):
        if header.value(key) is not None:
            try:
                parse_contract_date(header.fields[key].value)
            except BadDate as error:
                problems.append(ContentProblem.at(path, header.line(key), message("news.bad_date", field=header.fields[key].written_key, problem=error)))
    status = header.value("status")
    if status is not None and status.lower() not in STATUSES:
        problems.append(ContentProblem.at(path, header.line("status"), message("news.status_unknown", status=status, choices=", ".join(STATUSES))))
    problems += _image_checks(header, content_path)
    email = header.value("author_email")
    if email is not None and not EMAIL.match(email):
        problems.append(ContentProblem.at(path, header.line("author_email"), message("news.email_bad", email=email)))
    source = header.value("source")
    if source is not None and not WEB_ADDRESS.match(source):
        problems.append(ContentProblem.at(path, header.line("source"), message("news.source_bad", source=source)))
    return problems


def _image_checks(header: MarkdownHeader, content_path: Path) -> list[ContentProblem]:
    image = header.value("image")
    problems: list[ContentProblem] = []
    if image is None:
        if header.value("image_alt"):
            problems.append(ContentProblem.at(header.path, header.line("image_alt"), message("image.alt_without_image"), warning=True))
        return problems
    if not header.value("image_alt"):
        problems.append(
            ContentProblem.at(header.path, header.line("image"), message("image.alt_missing"))
        )
    if "\x00" in image:  # the file system refuses such a name (found by tests/unit/test_properties.py)
        problems.append(ContentProblem.at(header.path, header.line("image"), message("image.nul")))
        return problems
    target = image_path(content_path, image)
    if not target.resolve().is_relative_to((content_path / IMAGES_DIR).resolve()):
        problems.append(ContentProblem.at(header.path, header.line("image"), message("image.outside", image=image)))
    elif not target.is_file():
        problems.append(ContentProblem.at(header.path, header.line("image"), message("image.not_found", image=image)))
    elif read_size(target) is None:
        problems.append(ContentProblem.at(header.path, header.line("image"), message("image.unreadable", image=image, formats=READABLE)))
    return problems


def _slug_checks(header: MarkdownHeader, slug: str, owners: dict[str, Path], reserved: frozenset[str]) -> list[ContentProblem]:
    path = header.path
    line = header.line("slug", header.line("title"))
    if not slug:
        return [ContentProblem.at(path, line, message("slug.none"))]
    if not is_slug(slug):
        return [ContentProblem.at(path, line, message("slug.invalid", slug=slug[:MAX_SLUG], example=cap_slug(slugify_lv(slug)) or "jaunums"))]
    if len(slug) > MAX_SLUG:
        return [ContentProblem.at(path, line, message("slug.too_long", length=len(slug), most=MAX_SLUG, example=cap_slug(slug)))]
    if slug in reserved:
        return [ContentProblem.at(path, line, message("slug.reserved", slug=slug))]
    if slug in owners:
        other = ContentProblem.at(owners[slug], 1, "").path
        return [ContentProblem.at(path, line, message("slug.duplicate", slug=slug, other=other))]
    owners[slug] = path
    return []


def _resolve(header: MarkdownHeader, key: str, known: dict, invalid: set[str], problems: list[ContentProblem]) -> list:
    found = []
    names = None  # made only for a partner written by name: most items give slugs
    for slug in split_list(header.value(key)):
        if key == "partners" and slug not in known and slug not in invalid:
            names = names or PartnerNames(known)
            named, several = names.find(slug)
            if several:
                problems.append(ContentProblem.at(header.path, header.line(key), message("news.partner_name_ambiguous", slug=slug, slugs=", ".join(several))))
                continue
            if named is None:
                problems.append(ContentProblem.at(header.path, header.line(key), message("news.unknown_partner_name", slug=slug, hint=names.suggestion(slug))))
                continue
            slug = named
        target = known.get(slug)
        if slug in invalid:
            continue  # the file exists; its own problems are reported
        if target is None:
            problems.append(
                ContentProblem.at(header.path, header.line(key), message(f"news.unknown_{key[:-1]}", slug=slug, hint=suggest(slug, known)))
            )
        elif target not in found:
            found.append(target)
    return found

