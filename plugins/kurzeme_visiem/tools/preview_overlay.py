"""What the preview adds to every page it serves: its script and style, and, while the content is broken, the
dialog listing the problems (``path:line: message``) in Latvian. Never part of a build."""

from __future__ import annotations

import re
from html import escape

ASSETS = b'<link rel="stylesheet" href="/_preview/preview.css"><script src="/_preview/preview.js" defer></script>'
BODY_START = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
HEAD_END = b"</head>"
MISSING_PAGE = ('<!DOCTYPE html>\n<html lang="lv"><head><meta charset="utf-8"><title>Priekšskatījums</title></head>'
                '<body><main><h1>Lapa vēl nav uzbūvēta</h1><p>Šai adresei priekšskatījumā vēl nav lapas.</p></main>'
                '</body></html>\n')


def problems_dialog(problems: list[str]) -> str:
    """The accessible dialog: an ``alertdialog`` with a heading, focusable, closed by its button or Escape."""
    items = "".join(f"<li>{_problem(p)}</li>" for p in problems)
    return (
        '<div id="kv-preview-problems" class="kv-preview-problems" role="alertdialog" aria-modal="false" '
        'aria-labelledby="kv-preview-problems-title" aria-describedby="kv-preview-problems-intro" tabindex="-1">'
        '<h2 id="kv-preview-problems-title">Priekšskatījums nav atjaunināts</h2>'
        f'<p id="kv-preview-problems-intro">Kļūdu skaits saturā: {len(problems)}. Lapā redzama pēdējā veiksmīgā '
        'versija. Izlabojiet norādītās vietas un saglabājiet failu — lapa atjaunosies pati.</p>'
        f'<ol>{items}</ol>'
        '<button type="button" data-preview-close>Aizvērt</button></div>'
    )


def _problem(problem: str) -> str:
    """``path:line: message`` with the place in ``<code>``."""
    match = re.match(r"^(?P<place>[^\s:][^:]*:\d+):\s*(?P<message>.*)$", problem, re.DOTALL)
    if not match:
        return escape(problem)
    return f"<code>{escape(match['place'])}</code> {escape(match['message'])}"


def decorate(page: bytes, problems: list[str]) -> bytes:
    """``page`` with the preview's script and style in its head and, when there are problems, the dialog first in
    its body."""
    if HEAD_END in page:
        page = page.replace(HEAD_END, ASSETS + HEAD_END, 1)
    if problems:
        dialog = problems_dialog(problems).encode("utf-8")
        match = BODY_START.search(page)
        page = page[:match.end()] + dialog + page[match.end():] if match else dialog + page
    return page
