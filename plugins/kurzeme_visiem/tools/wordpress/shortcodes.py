"""WordPress shortcodes in post HTML: the common ones become plain HTML, the rest stay as text and are listed.

``[caption]`` → ``<figure>`` with ``<figcaption>``; ``[gallery]`` → the gallery's images; ``[audio]``, ``[video]``,
``[embed]`` → a link to the media. ``[[name]]`` is WordPress's way of writing a literal ``[name]``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import urlsplit

OPEN = re.compile(r"\[(\[?)([A-Za-z][\w-]*)((?:\s[^\[\]]*?)?)(/?)\](\]?)")
ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)"""
)
CAPTION_IMAGE = re.compile(r"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", re.S | re.I)
AUDIO_KEYS = ("src", "mp3", "m4a", "ogg", "wav", "wma", "flac")
VIDEO_KEYS = ("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mov")
KNOWN = frozenset({"caption", "wp_caption", "gallery", "audio", "video", "embed"})


@dataclass(frozen=True)
class GalleryImage:
    attachment_id: int
    url: str
    caption: str


@dataclass
class ShortcodeContext:
    """What shortcodes need from the rest of the export: the post and the attachments."""

    post_id: int = 0
    attachments: Mapping[int, GalleryImage] = field(default_factory=dict)
    children: Mapping[int, Sequence[int]] = field(default_factory=dict)  # post id → its attachments, in menu order
    unknown: list[str] = field(default_factory=list)  # names of shortcodes kept as text, in order of appearance
    missing: list[str] = field(default_factory=list)  # gallery attachment ids the export does not hold


def parse_attributes(text: str) -> dict[str, str]:
    """WordPress's ``shortcode_parse_atts``: ``a="1" b='2' c=3 "pos"`` → ``{'a': '1', 'b': '2', 'c': '3', '0': 'pos'}``."""
    attributes: dict[str, str] = {}
    position = 0
    for match in ATTRIBUTE.finditer(html.unescape(text.replace("\u201d", '"').replace("\u2033", '"'))):
        key = match.group(1) or match.group(3) or match.group(5)
        if key:
            value = next(v for v in (match.group(2), match.group(4), match.group(6)) if v is not None)
            attributes[key.lower()] = value
        else:
            attributes[str(position)] = next(v for v in match.groups()[6:] if v is not None)
            position += 1
    return attributes


def expand_shortcodes(text: str, context: ShortcodeContext) -> str:
    """``text`` with every known shortcode replaced by HTML; unknown ones are kept and named in ``context.unknown``."""
    out: list[str] = []
    position = 0
    while True:
        match = OPEN.search(text, position)
        if not match:
            out.append(text[position:])
            return "".join(out)
        out.append(text[position:match.start()])
        escaped_open, name, attrs, self_closing, escaped_close = match.groups()
        lowered = name.lower()
        if escaped_open and escaped_close:  # [[name]]: a literal [name]
            out.append(match.group(0)[1:-1])
            position = match.end()
            continue
        inner, end = None, match.end()
        if not self_closing:
            close = re.search(rf"\[/{re.escape(name)}\]", text[match.end():], re.I)
            if close and not re.search(rf"\[{re.escape(name)}[\s\]/]", text[match.end():match.end() + close.start()], re.I):
                inner, end = text[match.end():match.end() + close.start()], match.end() + close.end()
        if lowered not in KNOWN:
            if _looks_like_shortcode(name, attrs, inner):
                context.unknown.append(lowered)
            out.append(text[match.start():match.end()] if escaped_open or escaped_close else match.group(0))
            position = match.end()
            continue
        out.append(_render(lowered, parse_attributes(attrs), expand_shortcodes(inner, context) if inner else "", context))
        position = end


def _looks_like_shortcode(name: str, attrs: str, inner: str | None) -> bool:
    """``[contact-form-7 id="5"]``, ``[foo]…[/foo]`` are shortcodes; ``[sic]`` or ``[1]`` in running text are not."""
    return bool(attrs.strip()) or inner is not None or "-" in name or "_" in name


def _render(name: str, attributes: dict[str, str], inner: str, context: ShortcodeContext) -> str:
    if name in ("caption", "wp_caption"):
        return _caption(attributes, inner)
    if name == "gallery":
        return _gallery(attributes, context)
    if name == "embed":
        url = inner.strip() or attributes.get("src", "")
        return _link(url, url)
    keys = AUDIO_KEYS if name == "audio" else VIDEO_KEYS
    url = next((attributes[key] for key in keys if attributes.get(key)), "") or inner.strip()
    label = "Audio" if name == "audio" else "Video"
    return _link(url, f"{label}: {_file_name(url)}")


def _caption(attributes: dict[str, str], inner: str) -> str:
    match = CAPTION_IMAGE.match(inner)
    image, text = (match.group(1), match.group(2)) if match else ("", inner)
    caption = attributes.get("caption") or text.strip()
    if not image:
        return f"<p>{caption}</p>" if caption else ""
    return f"<figure>{image}<figcaption>{caption}</figcaption></figure>"


def _gallery(attributes: dict[str, str], context: ShortcodeContext) -> str:
    listed = attributes.get("ids") or attributes.get("include") or ""
    ids = [int(part) for part in re.findall(r"\d+", listed)]
    if not ids:
        parent = int(attributes["id"]) if attributes.get("id", "").isdigit() else context.post_id
        ids = list(context.children.get(parent, ()))
    images = [context.attachments[i] for i in ids if i in context.attachments]
    context.missing += [f"[gallery] attachment {i}" for i in ids if i not in context.attachments]
    return "".join(
        f'<figure><img src="{html.escape(image.url)}" class="wp-image-{image.attachment_id}" alt="">'
        f"<figcaption>{html.escape(image.caption)}</figcaption></figure>"
        for image in images
    )


def _link(url: str, label: str) -> str:
    if not url:
        return ""
    return f'<p><a href="{html.escape(url)}">{html.escape(label)}</a></p>'


def _file_name(url: str) -> str:
    return PurePosixPath(urlsplit(url).path).name or url
