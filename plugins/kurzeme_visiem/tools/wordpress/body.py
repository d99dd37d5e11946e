"""Post HTML → Markdown: Gutenberg comments out, shortcodes expanded, classic paragraphs restored, media rewritten.

The HTML is cleaned with BeautifulSoup into plain semantic HTML (no WordPress classes, figures as images with a
title, embeds as links) and converted with ``markdownify``. Where an image or a link points is decided by a
``MediaRewriter`` (``media.py``), which also keeps the list of what needs a person's look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from markdownify import MarkdownConverter

from .shortcodes import ShortcodeContext, expand_shortcodes

BLOCK_START = re.compile(
    r"^\s*<(?:p|div|h[1-6]|ul|ol|li|dl|table|thead|tbody|tr|td|th|blockquote|figure|figcaption|pre|hr|form|"
    r"address|section|article|aside|header|footer|nav|iframe|audio|video|object|embed|details|summary|style|script)\b",
    re.I,
)
WP_IMAGE_CLASS = re.compile(r"^wp-image-(\d+)$")
URL_ONLY = re.compile(r"^\s*(https?://\S+)\s*$")
DROPPED_TAGS = ("script", "style", "noscript", "form", "input", "button", "select", "textarea")


class MediaRewriter(Protocol):
    def image(self, src: str, alt: str, caption: str, attachment_id: int | None) -> tuple[str | None, str]:
        """New ``(src, alt)``; ``src`` is ``None`` when the file is missing (the image becomes a link)."""

    def link(self, href: str) -> str:
        """The new address of a link (an upload copied, an imported post's new URL) or ``href`` unchanged."""


@dataclass
class BodyResult:
    markdown: str
    unknown_shortcodes: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # elements removed (script, form, …)
    missing_gallery: list[str] = field(default_factory=list)


class KeepTitleConverter(MarkdownConverter):
    """``markdownify`` with the site's style (ATX headings, ``-`` bullets, images keep their title); a ``<`` in
    the text stays text (``&lt;``), never becoming raw HTML in the Markdown."""

    def escape(self, text, parent_tags):
        return super().escape(text, parent_tags).replace("<", "&lt;")


def safe_address(url: str) -> bool:
    """An address a link or image may have: http(s), mailto, tel, or a path; nothing that could be markup."""
    if not url or re.search(r"[\s<>\"'`\\]", url):
        return False
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", url)
    return scheme is None or scheme.group(1).lower() in ("http", "https", "mailto", "tel")


def convert_body(raw_html: str, context: ShortcodeContext, media: MediaRewriter) -> BodyResult:
    without_comments = re.sub(r"<!--.*?-->", "\n", raw_html, flags=re.S)
    expanded = expand_shortcodes(without_comments, context)
    soup = BeautifulSoup(autop(expanded), "html.parser")
    result = BodyResult("", list(context.unknown), missing_gallery=list(context.missing))
    _drop_unwanted(soup, result)
    _embeds_to_links(soup)
    _figures_to_images(soup)
    _unwrap_image_links(soup)
    _rewrite_media(soup, media)
    _normalise_headings(soup)
    markdown = KeepTitleConverter(heading_style="ATX", bullets="-", strip=["span", "div"]).convert_soup(soup)
    result.markdown = tidy_markdown(markdown)
    return result


def autop(text: str) -> str:
    """WordPress's ``wpautop`` in short: blank-line separated text becomes paragraphs, single newlines ``<br>``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", text)
    out = []
    for block in blocks:
        stripped = block.strip()
        if not stripped:
            continue
        if BLOCK_START.match(stripped):
            out.append(stripped)
        else:
            out.append("<p>" + re.sub(r"\s*\n\s*", "<br />\n", stripped) + "</p>")
    return "\n\n".join(out)


def _drop_unwanted(soup: BeautifulSoup, result: BodyResult) -> None:
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    for tag in soup.find_all(DROPPED_TAGS):
        if tag.decomposed:  # inside one dropped already
            continue
        result.dropped.append(f"<{tag.name}>")
        tag.decompose()


def _embeds_to_links(soup: BeautifulSoup) -> None:
    """``<iframe src>``, ``<video>``/``<audio>`` and Gutenberg embed blocks become a link to the media."""
    for tag in soup.find_all(["iframe", "video", "audio", "object", "embed"]):
        source = tag.get("src") or tag.get("data") or ""
        if not source:
            inner = tag.find("source")
            source = inner.get("src", "") if inner else ""
        tag.replace_with(_link_paragraph(soup, source, tag.get("title") or source) if source else "")
    for paragraph in soup.find_all(["p", "div", "figure"]):
        if paragraph.find(True) is None and URL_ONLY.match(paragraph.get_text()):
            url = URL_ONLY.match(paragraph.get_text()).group(1)
            paragraph.replace_with(_link_paragraph(soup, url, url))


def _link_paragraph(soup: BeautifulSoup, href: str, text: str) -> Tag:
    paragraph = soup.new_tag("p")
    link = soup.new_tag("a", href=href)
    link.string = text
    paragraph.append(link)
    return paragraph


def _figures_to_images(soup: BeautifulSoup) -> None:
    """``<figure><img><figcaption>…</figcaption></figure>`` → ``<p><img title="…"></p>`` (``![alt](src "…")``)."""
    for figure in reversed(soup.find_all("figure")):
        images = figure.find_all("img")
        caption_tag = figure.find("figcaption")
        caption = " ".join(caption_tag.get_text(" ").split()) if caption_tag else ""
        if caption_tag:
            caption_tag.decompose()
        if len(images) != 1:
            figure.name = "div"  # a gallery block: each inner figure was handled already
            continue
        image = images[0]
        if caption:
            image["title"] = caption
            image["data-caption"] = caption
        holder = image.parent if image.parent.name == "a" else image
        paragraph = soup.new_tag("p")
        paragraph.append(holder.extract())
        figure.replace_with(paragraph)


def _unwrap_image_links(soup: BeautifulSoup) -> None:
    """A link around an image to the same picture (full size) or its attachment page: the image alone."""
    for link in soup.find_all("a"):
        children = [c for c in link.children if not (isinstance(c, NavigableString) and not c.strip())]
        if len(children) == 1 and isinstance(children[0], Tag) and children[0].name == "img":
            href = link.get("href", "")
            if re.search(r"\.(jpe?g|png|gif|webp|svg)(\?.*)?$", href, re.I) or "attachment_id=" in href or "/attachment/" in href:
                link.replace_with(children[0].extract())


def _rewrite_media(soup: BeautifulSoup, media: MediaRewriter) -> None:
    for tag, key in [(t, "src") for t in soup.find_all("img")] + [(t, "href") for t in soup.find_all("a")]:
        if tag.get(key):
            tag[key] = tag[key].strip().replace(" ", "%20")  # old posts may hold unencoded spaces in addresses
    for image in soup.find_all("img"):
        attachment_id = next(
            (int(m.group(1)) for c in image.get("class", []) if (m := WP_IMAGE_CLASS.match(c))), None
        )
        caption = image.get("data-caption", "")
        if not safe_address(image.get("src", "")):
            image.replace_with(image.get("alt") or "")
            continue
        src, alt = media.image(image.get("src", ""), (image.get("alt") or "").strip(), caption, attachment_id)
        if src is None:
            link = soup.new_tag("a", href=image.get("src", ""))
            link.string = alt
            image.replace_with(link)
            continue
        attributes = {"src": src, "alt": alt}
        if caption:
            attributes["title"] = caption
        image.attrs = attributes
    for link in soup.find_all("a"):
        if link.get("href") and safe_address(link["href"]):
            link.attrs = {"href": media.link(link["href"])}
        else:
            link.unwrap()


def _normalise_headings(soup: BeautifulSoup) -> None:
    """The page's title is its ``h1``: the body's heading levels, in order, become ``h2``, ``h3``, … with none
    skipped (WordPress themes often start at ``h3``; a skipped level confuses screen-reader users)."""
    headings = soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])
    levels = sorted({int(h.name[1]) for h in headings})
    new_level = {level: min(2 + index, 6) for index, level in enumerate(levels)}
    for heading in headings:
        heading.name = f"h{new_level[int(heading.name[1])]}"


def tidy_markdown(markdown: str) -> str:
    lines = [_strip_end(line) for line in markdown.replace("\r", "").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip() + "\n"


def _strip_end(line: str) -> str:
    """Trailing spaces go, except the two that make a line break (``<br>``)."""
    stripped = line.rstrip()
    return stripped + "  " if stripped and line.endswith("  ") else stripped
