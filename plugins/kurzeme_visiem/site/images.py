"""Width and height of the site's own images, so every <img> carries them and the page does not jump as it loads."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..content.image_files import read_size

_IMG = re.compile(r"<img\b(?P<attributes>[^>]*?)\s*/?>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.IGNORECASE)
_HAS_SIZE = re.compile(r"\b(?:width|height)\s*=", re.IGNORECASE)


def add_image_sizes(html: str, content_path: Path, siteurl: str = "") -> str:
    """Give each ``<img>`` of a file under ``content/images/`` its ``width`` and ``height`` unless it has them."""

    def sized(match: re.Match) -> str:
        attributes = match["attributes"]
        src = _SRC.search(attributes)
        if src is None or _HAS_SIZE.search(attributes):
            return match[0]
        path = unquote(urlsplit(src["dq"] if src["dq"] is not None else src["sq"]).path)
        prefix = urlsplit(siteurl).path.rstrip("/")
        if prefix and path.startswith(prefix + "/"):
            path = path[len(prefix):]
        if not path.startswith("/images/"):
            return match[0]
        size = read_size(content_path / path.lstrip("/"))
        if size is None:
            return match[0]
        return f'<img{attributes} width="{escape(str(size[0]))}" height="{escape(str(size[1]))}">'

    return _IMG.sub(sized, html)
