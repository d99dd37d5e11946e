"""Links and images in Markdown bodies: internal links must lead to a page of the site, images must exist
and carry alt text. Each problem is reported at its line."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .sources import MarkdownSource
from .messages import message
from .problems import ContentProblem
from .suggest import did_you_mean

INLINE_LINK = re.compile(r"(?P<image>!?)\[(?P<text>[^\]]*)\]\(\s*<?(?P<target>[^)\s>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(?P<target>\S+?)>?(?:\s+.*)?$")
HTML_LINK = re.compile(r"<(?P<tag>a|img)\b(?P<attributes>[^>]*)>", re.IGNORECASE)
ATTRIBUTE = re.compile(r"""\b(?P<name>href|src|alt)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.IGNORECASE)
PELICAN_LINK = re.compile(r"^\{(?P<kind>filename|static|attach)\}(?P<path>.*)$")
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
STATIC_FOLDERS = ("images", "documents")


@dataclass
class KnownUrls:
    """The URLs the build will write (``/a/b/``), the drafts' URLs apart, and the content folder (for files)."""

    content_path: Path
    urls: set[str] = field(default_factory=set)
    draft_urls: set[str] = field(default_factory=set)


def check_links(source: MarkdownSource, own_url: str, known: KnownUrls) -> list[ContentProblem]:
    problems: list[ContentProblem] = []
    in_code = False
    for number, line in source.body_lines():
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code or line.startswith("    "):
            continue
        # each pattern is searched only in lines holding the text every match of it needs (most lines hold none)
        for match in INLINE_LINK.finditer(line) if "](" in line else ():
            is_image = bool(match["image"])
            if is_image and not match["text"].strip():
                problems.append(ContentProblem.at(source.path, number, message("link.image_no_alt", target=match["target"])))
            problems += _check_target(source, number, match["target"], own_url, known, is_image)
        reference = REFERENCE.match(line) if "]:" in line else None
        if reference:
            problems += _check_target(source, number, reference["target"], own_url, known, False)
        for tag in HTML_LINK.finditer(line) if "<" in line else ():
            attributes = {a["name"].lower(): a["dq"] if a["dq"] is not None else a["sq"] for a in ATTRIBUTE.finditer(tag["attributes"])}
            is_image = tag["tag"].lower() == "img"
            if is_image and "alt" not in attributes:
                problems.append(ContentProblem.at(source.path, number, message("link.img_no_alt")))
            target = attributes.get("src" if is_image else "href")
            if target is not None:
                problems += _check_target(source, number, target, own_url, known, is_image)
    return problems


def _what(is_image: bool) -> str:
    """"link" or "image" in the writer's language: looked up only for a problem (most targets lead somewhere)."""
    return message("link.what.image" if is_image else "link.what.link")


def _check_target(source: MarkdownSource, line: int, target: str, own_url: str, known: KnownUrls, is_image: bool) -> list[ContentProblem]:
    if not target or target.startswith("#") or EXTERNAL.match(target):
        return []
    pelican = PELICAN_LINK.match(target)
    if pelican:
        relative = unquote(urlsplit(pelican["path"]).path)
        base = known.content_path if relative.startswith("/") else source.path.parent
        if not (base / relative.lstrip("/")).exists():
            return [ContentProblem.at(source.path, line, message("link.no_file", what=_what(is_image), target=target, relative=relative))]
        return []
    path = unquote(urlsplit(target).path)
    if not path:
        return []
    absolute = posixpath.normpath(path if path.startswith("/") else posixpath.join(own_url, path))
    if absolute.split("/")[1:2] and absolute.split("/")[1] in STATIC_FOLDERS:
        if not (known.content_path / absolute.lstrip("/")).is_file():
            return [ContentProblem.at(source.path, line, message("link.no_static_file", what=_what(is_image), target=target, absolute=absolute))]
        return []
    if not path.startswith("/") and path.split("/")[0] in STATIC_FOLDERS:
        return [ContentProblem.at(source.path, line, message("link.relative_static", what=_what(is_image), target=target, path=path))]
    page = absolute if absolute.endswith((".html", ".xml")) else absolute.rstrip("/") + "/"
    if page in known.urls:
        return []
    if page in known.draft_urls and source.status != "draft":
        return [ContentProblem.at(source.path, line, message("link.to_draft", what=_what(is_image), target=target))]
    if page in known.draft_urls:
        return []
    hint = did_you_mean(page, sorted(known.urls))
    hint = f"; {hint}" if hint else ""
    return [ContentProblem.at(source.path, line, message("link.no_page", what=_what(is_image), target=target, page=page, hint=hint))]
