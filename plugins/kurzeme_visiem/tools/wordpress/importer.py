"""The WordPress import from start to end: read the export, plan every file, write what changed, report.

Nothing is written until the whole export has been read and every file planned; ``dry_run`` plans and reports
only. Which file may be written is the manifest's decision (``manifest.py``): a file edited since the import is
never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...content.messages import message
from ...content.sources import markdown_files, read_source
from ...content.lv.slugs import slugify_lv
from ...content.urls import RESERVED_PAGE_SLUGS
from ..file_bytes import write_atomic
from .body import convert_body
from .document import Document
from .guesses import NameMatcher, load_names
from .manifest import MANIFEST_NAME, Manifest, Outcome
from .media import Attachment, ItemMedia, MediaLibrary
from .naming import clean_title, first_words, item_slug, plain_text, unique_slug, untitled_title
from .redirects import REDIRECTS_NAME, Redirect, existing_redirects, merge, old_paths, read_text
from .report import ImportReport
from .shortcodes import GalleryImage, ShortcodeContext
from .wxr import WxrExport, WxrItem, read_wxr

CONTENT_TYPES = ("post", "page")
STATUS = {"publish": "published", "future": "published", "draft": "draft", "pending": "draft", "private": "draft"}
DEFAULT_CATEGORIES = frozenset({"uncategorized", "bez kategorijas", "nekategorizēti", "nav kategorijas"})


@dataclass(frozen=True)
class ImportOptions:
    wxr: Path
    content: Path
    uploads: Path | None = None
    dry_run: bool = False


@dataclass
class PlannedFile:
    relative: str  # below content/
    data: bytes
    source: str  # "post 12", "attachment", …


@dataclass
class Plan:
    files: list[PlannedFile] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)


def run_import(options: ImportOptions) -> ImportReport:
    """Import ``options.wxr``; raises ``WxrError``/``ManifestError``/``RedirectsFileError`` before writing anything."""
    export = read_wxr(options.wxr)
    manifest = Manifest.load(options.content)
    redirects_text = read_text(options.content)
    existing_redirects(redirects_text)
    report = ImportReport(str(options.wxr), export.version, export.site_url, options.dry_run)
    plan = plan_import(export, options.content, options.uploads, manifest, report)
    apply_plan(plan, options.content, manifest, redirects_text, report, dry_run=options.dry_run)
    return report


def plan_import(export: WxrExport, content: Path, uploads: Path | None, manifest: Manifest, report: ImportReport) -> Plan:
    attachments = _attachments(export)
    library = MediaLibrary(export.site_url, uploads, attachments)
    library.add_host(export.blog_url)
    items = _content_items(export, report)
    documents, page_urls = _name_documents(items, content, manifest, report, export.authors)
    redirects = []
    for item, document in documents:
        if item.status != "publish" or item.password:
            continue  # drafts, private, protected and scheduled posts had no public address
        for old in old_paths(item.link, item.post_id, item.post_type):
            library.new_urls[old] = document.url
            if old in page_urls and old != document.url:
                report.note("redirects", message("wordpress.note.address_is_a_page", old=old, new=document.url))
            elif old != document.url:
                redirects.append(Redirect(old, document.url, f"{item.post_type} {item.post_id}"))
    matcher = NameMatcher(load_names(content))
    context_children = _children(export)
    gallery = {i: GalleryImage(i, _upload_url(export, a), a.caption) for i, a in attachments.items()}
    plan = Plan(redirects=redirects)
    for item, document in documents:
        label = _label(item, document)
        media = ItemMedia(library, document.title)
        context = ShortcodeContext(item.post_id, gallery, context_children)
        body = convert_body(item.content, context, media)
        document.body = body.markdown
        for name in dict.fromkeys(body.unknown_shortcodes):
            report.note("shortcodes", f"{label}: [{name}]")
        for address in dict.fromkeys(media.missing):
            report.note("missing", f"{label}: {address}")
        for entry in media.alt_made:
            report.note("alt", f"{label}: {entry}")
        for entry in body.dropped + body.missing_gallery:
            report.note("dropped", f"{label}: {entry}")
        if document.kind == "news":
            for guess in matcher.find(f"{document.title}\n{plain_text(item.content)}"):
                (document.partners if guess.kind == "partner" else document.services).append(guess.slug)
                field_name = "Partners" if guess.kind == "partner" else "Services"
                report.note("guesses", f"{label}: {field_name}: {guess.slug} — “{guess.found}”")
                report.counts["guesses"] += 1
        plan.files.append(PlannedFile(document.path, document.render().encode("utf-8"), f"{item.post_type} {item.post_id}"))
        manifest.items[f"{item.post_type}:{item.post_id}"] = document.path
    copies = {copy.target: (upload, copy) for upload, copy in reversed(library.copies.items())}
    for target, (upload, copy) in sorted(copies.items()):
        plan.files.append(PlannedFile(target, copy.source.read_bytes(), f"upload {upload}"))
    report.counts["media_copied"] = len(copies)
    report.counts["media_missing"] = len(library.missing)
    return plan


def apply_plan(plan: Plan, content: Path, manifest: Manifest, redirects_text: str, report: ImportReport, *, dry_run: bool) -> None:
    for planned in plan.files:
        outcome = manifest.decide(content, planned.relative, planned.data)
        _count(outcome, planned.relative, report)
        if outcome in (Outcome.CREATED, Outcome.UPDATED, Outcome.UNCHANGED):
            if outcome is not Outcome.UNCHANGED and not dry_run:
                write_atomic(content / planned.relative, planned.data)
            manifest.record(planned.relative, planned.data, planned.source)
    new_text, added, conflicts = merge(redirects_text, plan.redirects)
    report.counts["redirects_added"] = len(added)
    report.counts["redirects_known"] = len(plan.redirects) - len(added)
    for redirect, target in conflicts:
        report.note("redirects", message("wordpress.note.redirect_kept", old=redirect.old, target=target,
                                         new=redirect.new))
    if new_text != redirects_text and not dry_run:
        write_atomic(content / REDIRECTS_NAME, new_text.encode("utf-8"))
    data = manifest.dumps()
    target = content / MANIFEST_NAME
    if not dry_run and (not target.exists() or target.read_bytes() != data):
        write_atomic(target, data)


def _count(outcome: Outcome, relative: str, report: ImportReport) -> None:
    if outcome in (Outcome.CREATED, Outcome.UPDATED, Outcome.UNCHANGED):
        report.counts[outcome.value] += 1
        return
    report.counts["skipped"] += 1
    notes = {
        Outcome.EDITED: "wordpress.note.edited",
        Outcome.FOREIGN: "wordpress.note.foreign",
        Outcome.DELETED: "wordpress.note.deleted",
    }
    report.note("skipped", message(notes[outcome], path=relative))


def _attachments(export: WxrExport) -> dict[int, Attachment]:
    found = {}
    for item in export.items:
        if item.post_type != "attachment":
            continue
        upload = item.meta.get("_wp_attached_file") or _upload_of(item.attachment_url)
        found[item.post_id] = Attachment(
            item.post_id, upload, clean_title(item.meta.get("_wp_attachment_image_alt", "")),
            plain_text(item.excerpt), clean_title(item.title),
        )
    return found


def _upload_of(url: str) -> str:
    return url.split("/wp-content/uploads/", 1)[1] if "/wp-content/uploads/" in url else ""


def _upload_url(export: WxrExport, attachment: Attachment) -> str:
    return f"{export.site_url}/wp-content/uploads/{attachment.upload}"


def _children(export: WxrExport) -> dict[int, list[int]]:
    children: dict[int, list[WxrItem]] = {}
    for item in export.items:
        if item.post_type == "attachment" and item.parent:
            children.setdefault(item.parent, []).append(item)
    return {parent: [i.post_id for i in sorted(items, key=lambda i: (i.menu_order, i.post_id))] for parent, items in children.items()}


def _content_items(export: WxrExport, report: ImportReport) -> list[WxrItem]:
    items = []
    for item in export.items:
        if item.post_type not in CONTENT_TYPES:
            report.counts["not_content"] += 1
            if item.post_type not in ("attachment", "nav_menu_item", "revision", "customize_changeset", "custom_css",
                                      "wp_global_styles", "wp_navigation", "oembed_cache", "user_request"):
                report.note("other", message("wordpress.note.type_not_imported", item=_named(item)))
            continue
        if item.status not in STATUS:
            report.note("other", message("wordpress.note.status_not_imported", item=_named(item), status=item.status))
            continue
        if item.date is None:
            report.note("other", message("wordpress.note.no_date", item=_named(item)))
            continue
        items.append(item)
    return items


def _name_documents(
    items: list[WxrItem], content: Path, manifest: Manifest, report: ImportReport, authors: dict[str, str]
) -> tuple[list[tuple[WxrItem, Document]], set[str]]:
    """Title, slug, date, status and metadata of each item; slugs unique against the files already there.

    Also the URLs of every page and section the site will have (a redirect must not hide one).
    """
    ours = set(manifest.items.values())
    taken = {"news": _existing_slugs(content / "news", ours, content), "page": _existing_slugs(content / "pages", ours, content) | set(RESERVED_PAGE_SLUGS)}
    by_id = {item.post_id: item for item in items}
    documents = []
    for item in items:
        kind = "news" if item.post_type == "post" else "page"
        title = clean_title(item.title)
        if not title:
            title = untitled_title(item.date, item.content)
        slug = _recorded_slug(manifest.items.get(f"{item.post_type}:{item.post_id}"), kind)
        if slug is None:
            base = item_slug(title if clean_title(item.title) else first_words(item.content), item.post_name)
            if kind == "page":
                base = "-".join([*_ancestor_slugs(item, by_id), base])
            slug = unique_slug(base, taken[kind])
            if slug != base:
                report.note("other", message("wordpress.note.slug_taken", item=_named(item, title), taken=base,
                                             slug=slug))
        taken[kind].add(slug)
        document = Document(
            kind, title, item.date, slug, "", "draft" if item.password else STATUS[item.status], summary=plain_text(item.excerpt),
            tags=_tags(item), author=authors.get(item.creator, item.creator),
        )
        if item.password:
            report.note("other", message("wordpress.note.password", item=_label(item, document)))
        if not clean_title(item.title):
            report.note("untitled", f"{_label(item, document)}: “{title}”")
        _count_item(item, document.status, report)
        documents.append((item, document))
    return documents, {f"/{slug}/" for slug in taken["page"]}


def _label(item: WxrItem, document: Document) -> str:
    """How the report names an imported item: its file (in backticks) and ``(WordPress post 100)``."""
    return f"`{document.path}` (WordPress {item.post_type} {item.post_id})"


def _named(item: WxrItem, title: str | None = None) -> str:
    """How the report names an item by its title: ``WordPress post 107 “Izdzēsta ziņa”``."""
    return f"WordPress {item.post_type} {item.post_id} “{clean_title(item.title) if title is None else title}”"


def _count_item(item: WxrItem, status: str, report: ImportReport) -> None:
    report.counts["news" if item.post_type == "post" else "pages"] += 1
    if status == "draft":
        report.counts["drafts"] += 1
    if item.status == "future":
        report.counts["scheduled"] += 1


def _ancestor_slugs(item: WxrItem, by_id: dict[int, WxrItem]) -> list[str]:
    chain, seen, parent = [], {item.post_id}, by_id.get(item.parent)
    while parent is not None and parent.post_id not in seen and parent.post_type == "page":
        seen.add(parent.post_id)
        chain.append(item_slug(clean_title(parent.title) or str(parent.post_id), parent.post_name))
        parent = by_id.get(parent.parent)
    return list(reversed(chain))


def _tags(item: WxrItem) -> list[str]:
    tags: dict[str, str] = {}
    for label in (*item.tags, *item.categories):
        text = clean_title(label)
        if text and text.casefold() not in DEFAULT_CATEGORIES:
            tags.setdefault(text.casefold(), text)
    return list(tags.values())


def _recorded_slug(path: str | None, kind: str) -> str | None:
    if not path:
        return None
    stem = Path(path).stem
    return stem[11:] if kind == "news" and len(stem) > 11 and stem[10] == "-" else stem


def _existing_slugs(folder: Path, ours: set[str], content: Path) -> set[str]:
    """Slugs of the news or pages already there that the import did not write (the check's own file discovery)."""
    slugs = set()
    for path in markdown_files(folder):
        if path.relative_to(content).as_posix() in ours:
            continue
        read, _ = read_source(path)
        if read is None:
            continue  # make check reports it
        header = read[0]
        explicit = header.value("slug")
        if explicit:
            slugs.add(explicit)
        elif folder.name == "news":
            slugs.add(slugify_lv(header.value("title") or ""))
        else:
            slugs.add(slugify_lv(path.stem))
    return slugs
