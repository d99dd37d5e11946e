"""``/sitemap.xml`` and ``/robots.txt`` of the public build, from the HTML pages that were written.

Every page with a ``<link rel="canonical">`` is listed (the 404 page has none and says ``noindex``).
``<lastmod>`` is the page's ``<meta name="dcterms.modified">``, i.e. the date its content gives (news:
``Modified``/``Date``; partner, service: its newest news; lists: their newest item); a page whose content
has no date at all (a standalone page without ``Date:``) takes the newest date on the site.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from bs4 import BeautifulSoup

SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
SKIPPED_FOLDERS = ("pagefind", "theme")


XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class SitemapEntry:
    location: str
    last_modified: str | None
    alternates: tuple[tuple[str, str], ...] = ()  # (hreflang, URL) of the page in every language, itself included


def page_entry(html: str) -> SitemapEntry | None:
    """The canonical URL and last change of one page, or ``None`` for a page that is not to be indexed."""
    soup = BeautifulSoup(html, "html.parser")
    robots = soup.find("meta", attrs={"name": "robots"})
    if robots and "noindex" in robots.get("content", ""):
        return None
    canonical = soup.find("link", rel="canonical")
    if not canonical or not canonical.get("href"):
        return None
    modified = soup.find("meta", attrs={"name": "dcterms.modified"})
    alternates = tuple((link["hreflang"], link["href"]) for link in soup.find_all("link", rel="alternate", hreflang=True)
                       if link.get("href"))
    return SitemapEntry(canonical["href"], modified.get("content") if modified else None, alternates)


def collect_entries(site: Path) -> list[SitemapEntry]:
    entries = []
    for path in sorted(site.rglob("*.html")):
        if path.relative_to(site).parts[0] in SKIPPED_FOLDERS:
            continue
        entry = page_entry(path.read_text(encoding="utf-8"))
        if entry:
            entries.append(entry)
    newest = max((e.last_modified for e in entries if e.last_modified), default=None)
    unique = {e.location: SitemapEntry(e.location, e.last_modified or newest, e.alternates) for e in entries}
    return [unique[location] for location in sorted(unique)]


def sitemap_xml(entries: list[SitemapEntry]) -> str:
    with_languages = any(entry.alternates for entry in entries)
    namespaces = f' xmlns:xhtml="{XHTML_NAMESPACE}"' if with_languages else ""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{SITEMAP_NAMESPACE}"{namespaces}>']
    for entry in entries:
        lastmod = f"<lastmod>{escape(entry.last_modified)}</lastmod>" if entry.last_modified else ""
        languages = "".join(f'<xhtml:link rel="alternate" hreflang="{escape(lang)}" href="{escape(href)}"/>'
                            for lang, href in entry.alternates)
        lines.append(f"<url><loc>{escape(entry.location)}</loc>{lastmod}{languages}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_txt(siteurl: str) -> str:
    return f"User-agent: *\nDisallow: /pagefind/\n\nSitemap: {siteurl}/sitemap.xml\n"


def write_sitemap_and_robots(site: Path, siteurl: str) -> int:
    """Write both files into ``site``; returns the number of URLs in the sitemap."""
    entries = collect_entries(site)
    (site / "sitemap.xml").write_text(sitemap_xml(entries), encoding="utf-8")
    (site / "robots.txt").write_text(robots_txt(siteurl), encoding="utf-8")
    return len(entries)
