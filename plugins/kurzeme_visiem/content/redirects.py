"""``content/redirects.yaml``: old addresses → new pages, read and checked (``make check`` and every build).

Each line is ``"old path": "/new/url/"``. An old path is a site path (``/2016/05/20/slug/``) or WordPress's plain
link (``/?p=123``, ``/?page_id=45``). A target is a URL the site builds (or an ``https://`` address). Checked:
the old path's form, that the target exists and is public, no chains or loops (a target that is itself an old
path), and no clash with a real page or file (a redirect must not hide what the site has).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from .links import KnownUrls
from .messages import message
from .problems import ContentProblem
from .suggest import did_you_mean
from .yaml_source import load_yaml

REDIRECTS_FILE = "redirects.yaml"
QUERY_FORM = re.compile(r"^/\?(p|page_id)=([0-9]+)$")
UNSAFE = re.compile(r"[\s\"'\\;{}$#?<>`]")
EXTERNAL_TARGET = re.compile(r"^https?://[^\s\"'<>\\]+$")


@dataclass(frozen=True)
class RedirectRule:
    old: str
    target: str
    line: int

    @property
    def query(self) -> tuple[str, str] | None:
        """``("p", "123")`` for ``/?p=123``; ``None`` for a path."""
        match = QUERY_FORM.match(self.old)
        return (match.group(1), match.group(2)) if match else None

    @property
    def save_as(self) -> str | None:
        """Where the redirect page goes in the output (``2016/05/20/slug/index.html``); none for ``?p=`` forms."""
        if self.query:
            return None
        path = self.old.lstrip("/")
        last = path.rsplit("/", 1)[-1]
        if not path:
            return None
        if "." in last:
            return path
        return path.rstrip("/") + "/index.html"


def load_redirects(content_path: Path) -> tuple[list[RedirectRule], list[ContentProblem]]:
    """The rules of ``content/redirects.yaml`` (none when the file is absent) and the problems of their form."""
    path = content_path / REDIRECTS_FILE
    if not path.exists():
        return [], []
    document, problems = load_yaml(path, all_text=True)
    if document is None or document.data is None:
        return [], problems
    if not isinstance(document.data, dict):
        return [], problems + [ContentProblem.at(path, 1, message("redirect.not_lines"))]
    rules = []
    for old, target in document.data.items():
        line = document.line_of((old,))
        old, target = str(old), "" if target is None else str(target)
        problem = _form_problem(old, target)
        if problem:
            problems.append(ContentProblem.at(path, line, problem))
            continue
        rules.append(RedirectRule(old, target, line))
    return rules, problems


def _form_problem(old: str, target: str) -> str | None:
    if not QUERY_FORM.match(old):
        if not old.startswith("/") or UNSAFE.search(old) or "//" in old or ".." in old.split("/"):
            return message("redirect.bad_old", old=old)
    if not target:
        return message("redirect.no_target", old=old)
    if not (target.startswith("/") and not UNSAFE.search(target) and "//" not in target) and not EXTERNAL_TARGET.match(target):
        return message("redirect.bad_target", target=target)
    return None


def check_redirects(rules: list[RedirectRule], site: KnownUrls, content_path: Path) -> list[ContentProblem]:
    """Targets exist and are public, no chains or loops, no old path hides a real page or file."""
    path = content_path / REDIRECTS_FILE
    problems = []
    clashes = [rule for rule in rules if not rule.query and (_page(rule.old) in site.urls or _is_file(content_path, rule.old))]
    for rule in clashes:
        problems.append(ContentProblem.at(path, rule.line, message("redirect.hides_page", old=rule.old)))
    rules = [rule for rule in rules if rule not in clashes]
    olds = {rule.old for rule in rules} | {_page(rule.old) for rule in rules if not rule.query}
    for rule in rules:
        if EXTERNAL_TARGET.match(rule.target):
            continue
        page = _page(rule.target)
        if rule.target in olds or page in olds:
            key = "redirect.to_itself" if page == _page(rule.old) or rule.target == rule.old else "redirect.to_redirect"
            problems.append(ContentProblem.at(path, rule.line, message(key, old=rule.old, target=rule.target)))
        elif _is_file(content_path, rule.target):
            continue
        elif page in site.draft_urls:
            problems.append(ContentProblem.at(path, rule.line, message("redirect.to_draft", target=rule.target)))
        elif page not in site.urls:
            hint = did_you_mean(page, sorted(site.urls))
            problems.append(ContentProblem.at(path, rule.line, message("redirect.nowhere", target=rule.target, page=page,
                                                                       hint=f"; {hint}" if hint else "")))
    return problems


def _page(url: str) -> str:
    path = posixpath.normpath(url) if url not in ("", "/") else "/"
    return path if path.endswith((".html", ".xml")) else path.rstrip("/") + "/"


def _is_file(content_path: Path, url: str) -> bool:
    parts = url.strip("/").split("/")
    return parts[0] in ("images", "documents") and (content_path / url.strip("/")).is_file()
