"""Documents as the site shows them: "(PDF, 240 KB)" after every link to one, and the /dokumenti/ list."""

from __future__ import annotations

import math
import re
from html import escape
from urllib.parse import unquote, urlsplit

from babel.numbers import format_decimal

from ..content.lv.collation import lv_sort_key
from ..content.documents import Document

NOTE_CLASS = "document-note"
_LINK = re.compile(r"<a\b(?P<attributes>[^>]*)>(?P<text>.*?)</a>", re.IGNORECASE | re.DOTALL)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.IGNORECASE)


def format_size(size: int, language: str = "lv") -> str:
    """``240 KB``, ``1,2 MB`` (Latvian decimal comma; ``1.2 MB`` in English); never ``0 KB``."""
    locale = "lv_LV" if language == "lv" else "en_GB"
    if size < 1024 * 1024:
        return f"{format_decimal(max(1, math.ceil(size / 1024)), locale=locale)}\u00a0KB"
    return f"{format_decimal(round(size / (1024 * 1024), 1), format='#,##0.#', locale=locale)}\u00a0MB"


def document_note(document: Document, language: str = "lv") -> str:
    """``(PDF, 240 KB)``: the type and size, the same wherever the document is linked."""
    return f"({document.kind}, {format_size(document.size, language)})"


def newest_first(documents: list[Document]) -> list[Document]:
    """Dated documents newest first, then undated ones in Latvian alphabetical order of their titles."""
    dated = sorted((d for d in documents if d.date), key=lambda d: (d.date, lv_sort_key(d.display_title)),
                   reverse=True)
    undated = sorted((d for d in documents if not d.date), key=lambda d: lv_sort_key(d.display_title))
    return dated + undated


def _document_path(href: str, siteurl: str) -> str | None:
    path = unquote(urlsplit(href).path)
    for prefix in ("{static}", "{filename}", urlsplit(siteurl).path.rstrip("/")):
        if prefix and path.startswith(prefix + "/"):
            path = path[len(prefix):]
            break
    if urlsplit(href).netloc and not href.startswith(siteurl.rstrip("/") + "/"):
        return None  # another site's document
    return path.lstrip("/") if path.startswith("/documents/") else None


def annotate_document_links(html: str, documents: dict[str, Document], siteurl: str = "",
                            language: str = "lv") -> str:
    """Add ``(PDF, 240 KB)`` inside every link to one of our documents (once; links elsewhere untouched)."""

    def annotated(match: re.Match) -> str:
        href = _HREF.search(match["attributes"])
        if href is None:
            return match[0]
        path = _document_path(href["dq"] if href["dq"] is not None else href["sq"], siteurl)
        document = documents.get(path) if path else None
        if document is None or NOTE_CLASS in match["text"]:
            return match[0]
        note = escape(document_note(document, language))
        return f'<a{match["attributes"]}>{match["text"]} <span class="{NOTE_CLASS}">{note}</span></a>'

    return _LINK.sub(annotated, html)
