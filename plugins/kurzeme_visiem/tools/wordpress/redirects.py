"""Old WordPress addresses of imported posts and pages → their new URLs, appended to ``content/redirects.yaml``.

Each published item gets its pretty permalink (``/2016/05/20/slug/``, ``/parent/child/``) and its plain one
(``/?p=123`` for posts, ``/?page_id=45`` for pages). The file is only ever appended to: entries a person wrote or
changed stay as they are (an old path that already points elsewhere is reported, not changed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

from ...content.messages import message

REDIRECTS_NAME = "redirects.yaml"
HEADER = (
    "# Old addresses → new pages: the public build writes a redirect page at each old address and nginx answers\n"
    "# with 301 (deploy/nginx/). Left: the old path (\"/2016/05/20/slug/\", \"/?p=123\"); right: the new URL.\n"
    "# Vecās adreses → jaunās lapas. Pievienoja make import-wordpress; rindas var labot vai pievienot ar roku.\n"
)


@dataclass(frozen=True)
class Redirect:
    old: str
    new: str
    source: str  # "post 123"


def old_paths(link: str, post_id: int, post_type: str) -> list[str]:
    """The old addresses of an item: its permalink's path (decoded, with a final slash) and its ``?p=`` form."""
    paths = []
    parts = urlsplit(link)
    query = parse_qs(parts.query)
    path = unquote(parts.path or "/")
    if not query and path not in ("", "/"):
        paths.append(path if path.endswith("/") or "." in path.rsplit("/", 1)[-1] else path + "/")
    key = "page_id" if post_type == "page" else "p"
    if post_id:
        paths.append(f"/?{key}={post_id}")
    return paths


class RedirectsFileError(Exception):
    """``redirects.yaml`` is there but is not a mapping the import can add to."""


def existing_redirects(text: str, name: str = REDIRECTS_NAME) -> dict[str, str]:
    try:
        data = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError as error:
        raise RedirectsFileError(message("wordpress.redirects.yaml_error", path=name, reason=error)) from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RedirectsFileError(message("wordpress.redirects.not_mapping", path=name))
    return {str(k): str(v) for k, v in data.items()}


def merge(text: str, redirects: list[Redirect]) -> tuple[str, list[Redirect], list[tuple[Redirect, str]]]:
    """``text`` with the new entries appended; also the entries added and those kept as a person set them."""
    known = existing_redirects(text)
    added, conflicts, lines = [], [], []
    for redirect in redirects:
        if redirect.old in known:
            if known[redirect.old] != redirect.new:
                conflicts.append((redirect, known[redirect.old]))
            continue
        known[redirect.old] = redirect.new
        added.append(redirect)
        lines.append(f"{json.dumps(redirect.old, ensure_ascii=False)}: {json.dumps(redirect.new, ensure_ascii=False)}\n")
    if not lines:
        return text, added, conflicts
    start = text if text.strip() else HEADER
    if start and not start.endswith("\n"):
        start += "\n"
    return start + "".join(lines), added, conflicts


def read_text(content: Path) -> str:
    path = content / REDIRECTS_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""
