"""What the build writes for ``content/redirects.yaml``: a redirect page at each old path, and nginx's map.

The page (``redirect.html``) works on any static host: ``<meta http-equiv="refresh">``, a canonical link and a
visible link to the new page, no script or style. The map (``redirects.map`` at the site's root) lets nginx answer
each old address with a real 301, including WordPress's ``/?p=123`` and ``/?page_id=45``, which no static file can
stand for: ``deploy/nginx/redirects.conf`` includes it three times — ``$uri``, ``$uri?p=$arg_p`` and
``$uri?page_id=$arg_page_id``.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import DictLoader, Environment

from ..content.redirects import RedirectRule

MAP_NAME = "redirects.map"
MAP_SOURCE = (
    "# Written by the build from content/redirects.yaml; included by deploy/nginx/redirects.conf.\n"
    "{% for old, target in entries %}\"{{ old }}\" \"{{ target }}\";\n{% endfor %}"
)
# nginx syntax, not HTML: no autoescaping (the check allows no quote, backslash, ';', '{', '}' or '$' in addresses)
MAP_TEMPLATE = Environment(loader=DictLoader({MAP_NAME: MAP_SOURCE}), autoescape=False,
                           keep_trailing_newline=True).get_template(MAP_NAME)


@dataclass(frozen=True)
class RedirectPage:
    save_as: str
    old: str
    target_url: str  # absolute in the public build (SITEURL + target)


def target_url(rule: RedirectRule, siteurl: str) -> str:
    return rule.target if not rule.target.startswith("/") else siteurl.rstrip("/") + rule.target


def redirect_pages(rules: list[RedirectRule], siteurl: str) -> list[RedirectPage]:
    """One page per old path (``/?p=`` forms have none: only the web server can see a query)."""
    pages, seen = [], set()
    for rule in rules:
        if rule.save_as and rule.save_as not in seen:
            seen.add(rule.save_as)
            pages.append(RedirectPage(rule.save_as, rule.old, target_url(rule, siteurl)))
    return pages


def map_entries(rules: list[RedirectRule]) -> list[tuple[str, str]]:
    """``(old, target)`` for nginx: each path with and without its final slash, each query form also after
    ``/index.php``; the first rule for a key wins (nginx refuses a key twice)."""
    entries: dict[str, str] = {}
    for rule in rules:
        if rule.query:
            keys = [rule.old, "/index.php" + rule.old[1:]]
        else:
            keys = [rule.old] + ([rule.old.rstrip("/")] if rule.old.endswith("/") and rule.old != "/" else [])
        for key in keys:
            entries.setdefault(key, rule.target)
    return list(entries.items())
