"""What the previous preview build rendered, to skip pages whose inputs did not change (``BUILD_INCREMENTAL``).

A news item's or page's own page depends on its source file and on things every page shares: the theme,
the settings, the plugin's code, partners, services, the glossary, and the URL of every content item
(``{filename}`` links). The *site key* hashes the shared inputs; each page's *page key* hashes its source
file and its state (status, "plānots"). Every other page (news lists, home, partner and service pages, the
availability table) is keyed by the *listing key*: what any list may show of any news item or page (title,
date, summary, URL, partners, services, tags, state), but not its body. So saving a change to a news item's
body renders one page; changing a title, date or summary renders the lists again. Feeds are always written.
The state remembers the size and modification time of every file written, so it is trusted only for an
output folder that is still exactly what that build left.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import jinja2
import markdown
import pelican

from ..pelican_context import CONTENT_KEYS

STATE_FORMAT = 2
PLUGIN_DIR = Path(__file__).resolve().parent.parent  # the whole plugin package


@dataclass
class RenderState:
    site_key: str
    page_keys: dict[str, str] = field(default_factory=dict)  # job name (save_as) → page key
    job_files: dict[str, list[str]] = field(default_factory=dict)  # job name → files it wrote (pagination: many)
    manifest: dict[str, tuple[int, int]] = field(default_factory=dict)  # output path → (size, mtime_ns)


def hash_files(digest, paths) -> None:
    for path in sorted(paths):
        digest.update(str(path).encode("utf-8"))
        digest.update(path.read_bytes())


def site_key(settings: dict, context: dict) -> str:
    """A hash of everything a news item's or page's own output page may show besides its own source file."""
    digest = hashlib.sha256(repr((STATE_FORMAT, pelican.__version__, markdown.__version__, jinja2.__version__)).encode())
    digest.update(repr(sorted((k, repr(v)) for k, v in settings.items() if k != "OUTPUT_PATH")).encode("utf-8"))
    hash_files(digest, (p for p in PLUGIN_DIR.rglob("*.py")))
    hash_files(digest, (p for p in Path(settings["THEME"]).rglob("*") if p.is_file()))
    content = Path(settings["PATH"])
    markdown_dirs = [content / d for d in chain(settings.get("ARTICLE_PATHS", []), settings.get("PAGE_PATHS", []))]
    hash_files(digest, (p for p in content.rglob("*") if p.is_file()
                         and not any(p.is_relative_to(d) for d in markdown_dirs)))
    urls = sorted((str(item.source_path), str(item.url), str(item.save_as))
                  for item in chain.from_iterable(context.get(key, []) for key in CONTENT_KEYS))
    digest.update(repr(urls).encode("utf-8"))
    return digest.hexdigest()


def page_key(item) -> str:
    """A hash of one news item's or page's source file and the state its page shows."""
    digest = hashlib.sha256(Path(item.source_path).read_bytes())
    digest.update(repr((item.status, getattr(item, "scheduled", None), item.template)).encode("utf-8"))
    return digest.hexdigest()


def listing_key(context: dict) -> str:
    """A hash of what lists may show of every news item and page: everything but the body."""
    digest = hashlib.sha256()
    for item in chain.from_iterable(context.get(key, []) for key in CONTENT_KEYS):
        shown = {k: v for k, v in item.metadata.items() if k != "content"}
        digest.update(repr((str(item.source_path), str(item.url), str(item.summary), getattr(item, "scheduled", None),
                            sorted(shown.items(), key=lambda kv: kv[0]))).encode("utf-8"))
    return digest.hexdigest()


def state_file(settings: dict, output_name: str) -> Path:
    return Path(settings["CACHE_PATH"]) / f"render-state-{hashlib.sha256(output_name.encode()).hexdigest()[:16]}.pickle"


def load_state(path: Path) -> RenderState | None:
    try:
        with path.open("rb") as handle:
            state = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        return None
    return state if isinstance(state, RenderState) else None


def save_state(path: Path, state: RenderState) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".render-state-", dir=path.parent)
    with os.fdopen(handle, "wb") as out:
        pickle.dump(state, out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)


def stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def matches(state: RenderState, output: Path) -> bool:
    """Is ``output`` (the previous build, linked into the staging folder) exactly what ``state`` describes?"""
    try:
        return all(stamp(output / name) == recorded for name, recorded in state.manifest.items())
    except OSError:
        return False


def link_previous(output: Path, staging: Path, state_path: Path) -> int:
    """Hard-link into ``staging`` the pages the previous build wrote to ``output`` (the writer replaces, never
    writes through, them). Returns how many were linked; 0 when there is no usable state."""
    state = load_state(state_path)
    if state is None or not output.is_dir() or not matches(state, output):
        return 0
    made: set[Path] = set()
    for name in state.manifest:
        target = staging / name
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        os.link(output / name, target)
    return len(state.manifest)
