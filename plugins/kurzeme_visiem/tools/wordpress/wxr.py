"""Reading a WordPress eXtended RSS export (WXR 1.1 / 1.2) with a hardened XML parser.

Everything WordPress puts in ``<item>`` becomes a plain ``WxrItem``; the export's authors become a login → display
name mapping. Anything that is not a WXR 1.1/1.2 file — not XML, a DTD or entity declarations (the "billion laughs"
attack), the wrong namespace, a file over ``MAX_BYTES`` — raises ``WxrError`` with a message for the writer and
nothing else happens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError
from zoneinfo import ZoneInfo

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ...content.messages import message

MAX_BYTES = 100 * 1024 * 1024
SITE_TIMEZONE = ZoneInfo("Europe/Riga")
WXR_NAMESPACES = {
    "1.1": "http://wordpress.org/export/1.1/",
    "1.2": "http://wordpress.org/export/1.2/",
}
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
ZERO_DATE = "0000-00-00 00:00:00"


class WxrError(Exception):
    """The export cannot be read; the message says why and what to do."""


@dataclass(frozen=True)
class WxrItem:
    """One ``<item>``: a post, page, attachment, navigation item or any other post type."""

    post_id: int
    post_type: str
    status: str
    title: str  # as exported (may hold entities and tags)
    link: str
    content: str
    excerpt: str
    post_name: str
    date: dt.datetime | None  # local time of the site, naive
    creator: str
    parent: int
    menu_order: int
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    attachment_url: str
    meta: dict[str, str] = field(default_factory=dict)
    password: str = ""  # a password-protected post: not for the public site


@dataclass(frozen=True)
class WxrExport:
    version: str
    site_url: str  # wp:base_site_url, or the channel's link
    blog_url: str
    authors: dict[str, str]  # login → display name
    items: tuple[WxrItem, ...]

    def by_id(self) -> dict[int, WxrItem]:
        return {item.post_id: item for item in self.items}


def read_wxr(path: Path, max_bytes: int = MAX_BYTES) -> WxrExport:
    """Read and check the export at ``path``; ``WxrError`` when it is not a usable WXR 1.1/1.2 file."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise WxrError(message("wordpress.wxr.unreadable", path=path, reason=error.strerror)) from error
    if size > max_bytes:
        raise WxrError(message("wordpress.wxr.too_big", path=path, size=f"{size / 1024 / 1024:.0f}",
                               limit=f"{max_bytes / 1024 / 1024:.0f}"))
    return parse_wxr(path.read_bytes(), str(path))


def parse_wxr(data: bytes, name: str = "export") -> WxrExport:
    """Parse the bytes of a WXR file (no DTD, no entities, no external references)."""
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise WxrError(message("wordpress.wxr.declarations", path=name, kind=type(error).__name__)) from error
    except ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else 1
        raise WxrError(message("wordpress.wxr.not_xml", path=name, line=line, reason=error)) from error
    version, wp = _wxr_namespace(root, name)
    channel = root.find("channel")
    if root.tag != "rss" or channel is None:
        raise WxrError(message("wordpress.wxr.not_rss", path=name))
    excerpt_ns = f"{wp}excerpt/"
    site_url = _text(channel, f"{{{wp}}}base_site_url") or _text(channel, "link")
    blog_url = _text(channel, f"{{{wp}}}base_blog_url") or site_url
    authors = {}
    for author in channel.findall(f"{{{wp}}}author"):
        login = _text(author, f"{{{wp}}}author_login")
        if login:
            authors[login] = _text(author, f"{{{wp}}}author_display_name") or login
    items = tuple(_item(element, wp, excerpt_ns) for element in channel.findall("item"))
    return WxrExport(version, site_url.rstrip("/"), blog_url.rstrip("/"), authors, items)


def _wxr_namespace(root: Element, name: str) -> tuple[str, str]:
    """The WXR version and its namespace URI, from the ``wp:`` elements the file actually uses."""
    used = {element.tag[1:].split("}", 1)[0] for element in root.iter() if isinstance(element.tag, str) and element.tag.startswith("{")}
    for version, uri in WXR_NAMESPACES.items():
        if uri in used:
            return version, uri
    others = sorted(uri for uri in used if "wordpress.org/export" in uri)
    if others:
        found = message("wordpress.wxr.other_namespace", namespace=others[0])
    else:
        found = message("wordpress.wxr.no_wp_elements")
    raise WxrError(message("wordpress.wxr.wrong_version", path=name, found=found))


def _item(element: Element, wp: str, excerpt_ns: str) -> WxrItem:
    def wp_text(tag: str) -> str:
        return _text(element, f"{{{wp}}}{tag}")

    categories, tags = [], []
    for category in element.findall("category"):
        label = (category.text or "").strip()
        if not label:
            continue
        if category.get("domain") == "category":
            categories.append(label)
        elif category.get("domain") == "post_tag":
            tags.append(label)
    meta = {}
    for postmeta in element.findall(f"{{{wp}}}postmeta"):
        key = _text(postmeta, f"{{{wp}}}meta_key")
        if key:
            meta[key] = _text(postmeta, f"{{{wp}}}meta_value")
    return WxrItem(
        post_id=_int(wp_text("post_id")),
        post_type=wp_text("post_type") or "post",
        status=wp_text("status") or "publish",
        title=_text(element, "title"),
        link=_text(element, "link"),
        content=_text(element, f"{{{CONTENT_NS}}}encoded"),
        excerpt=_text(element, f"{{{excerpt_ns}}}encoded"),
        post_name=wp_text("post_name"),
        date=_local_date(wp_text("post_date"), wp_text("post_date_gmt"), _text(element, "pubDate")),
        creator=_text(element, f"{{{DC_NS}}}creator"),
        parent=_int(wp_text("post_parent")),
        menu_order=_int(wp_text("menu_order")),
        categories=tuple(categories),
        tags=tuple(tags),
        attachment_url=wp_text("attachment_url"),
        meta=meta,
        password=wp_text("post_password"),
    )


def _local_date(local: str, gmt: str, pub_date: str) -> dt.datetime | None:
    """``wp:post_date`` is the site's local time; drafts may carry only the GMT date or the RSS ``pubDate``."""
    for text, is_gmt in ((local, False), (gmt, True)):
        if text and text != ZERO_DATE:
            try:
                value = dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S")
            except ValueError:
                continue
            if is_gmt:
                value = value.replace(tzinfo=dt.timezone.utc).astimezone(SITE_TIMEZONE).replace(tzinfo=None)
            return value
    try:
        value = parsedate_to_datetime(pub_date)
    except (TypeError, ValueError, IndexError):
        return None
    if value.year < 1900:
        return None
    if value.tzinfo:
        value = value.astimezone(SITE_TIMEZONE).replace(tzinfo=None)
    return value


def _text(element: Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0
