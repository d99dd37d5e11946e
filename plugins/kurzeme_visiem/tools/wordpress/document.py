"""The Markdown file of one imported news item or page: the contract's metadata lines, a blank line, the body."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ...content.news_check import NOT_A_PARAGRAPH, ORDERED_ITEM

NEWS_KEYS = ("Title", "Date", "Slug", "Summary", "Partners", "Services", "Tags", "Author", "Status")
PAGE_KEYS = ("Title", "Date", "Slug", "Summary", "Status")


@dataclass
class Document:
    kind: str  # "news" | "page"
    title: str
    date: dt.datetime
    slug: str
    body: str
    status: str = "published"
    summary: str = ""
    partners: list[str] = field(default_factory=list)
    services: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    author: str = ""

    @property
    def url(self) -> str:
        return f"/jaunumi/{self.slug}/" if self.kind == "news" else f"/{self.slug}/"

    @property
    def path(self) -> str:
        """Below ``content/``: ``news/2016-05-20-slug.md`` or ``pages/slug.md``."""
        if self.kind == "news":
            return f"news/{self.date:%Y-%m-%d}-{self.slug}.md"
        return f"pages/{self.slug}.md"

    def render(self) -> str:
        values = {
            "Title": self.title,
            "Date": f"{self.date:%Y-%m-%d %H:%M}",
            "Slug": self.slug,
            "Summary": self.summary or ("" if has_text_paragraph(self.body) else self.title),
            "Partners": ", ".join(self.partners),
            "Services": ", ".join(self.services),
            "Tags": ", ".join(tag.replace(",", " ") for tag in self.tags),
            "Author": self.author,
            "Status": self.status,
        }
        keys = NEWS_KEYS if self.kind == "news" else PAGE_KEYS
        lines = [f"{key}: {one_line(values[key])}" for key in keys if one_line(values[key])]
        return "\n".join(lines) + "\n\n" + self.body.strip() + "\n"


def one_line(text: str) -> str:
    return " ".join(text.split())


def has_text_paragraph(body: str) -> bool:
    """The same test as ``make check``: a line that can be a summary (not a heading, list, image, …)."""
    return any(
        line.strip() and not line.startswith(NOT_A_PARAGRAPH) and not ORDERED_ITEM.match(line)
        for line in body.splitlines()
    )
