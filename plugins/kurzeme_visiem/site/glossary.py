"""Abbreviations marked as ``<abbr title="...">`` where each first occurs in a page body."""

from __future__ import annotations

import re
from html import escape

TAG = re.compile(r"(<[^>]*>)")
SKIPPED_ELEMENTS = ("abbr", "code", "pre", "script", "style", "kbd", "samp", "title")
_OPENING = re.compile(r"^<\s*([a-zA-Z0-9]+)")
_CLOSING = re.compile(r"^<\s*/\s*([a-zA-Z0-9]+)")
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _pattern(abbreviation: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(abbreviation)}(?![\w-])")


def mark_abbreviations(html: str, glossary: dict[str, str]) -> str:
    """Wrap the first occurrence of each glossary abbreviation in the text of ``html``.

    Text inside tags' attributes, ``<code>``, ``<pre>``, existing ``<abbr>`` and the like is left alone;
    an abbreviation written inside an existing ``<abbr>`` counts as marked.
    """
    if not glossary or not html:
        return html
    pending = {abbr: _pattern(abbr) for abbr in sorted(glossary, key=len, reverse=True)}
    parts = TAG.split(html)
    skip_depth: dict[str, int] = {name: 0 for name in SKIPPED_ELEMENTS}
    for index, part in enumerate(parts):
        if not pending:
            break
        if index % 2:  # a tag
            closing = _CLOSING.match(part)
            opening = _OPENING.match(part)
            if closing and closing[1].lower() in skip_depth:
                skip_depth[closing[1].lower()] = max(0, skip_depth[closing[1].lower()] - 1)
            elif opening and opening[1].lower() in skip_depth and not part.rstrip().endswith("/>"):
                skip_depth[opening[1].lower()] += 1
            continue
        if skip_depth["abbr"]:
            for abbr in [a for a, p in pending.items() if a in part and p.search(part)]:
                del pending[abbr]
            continue
        if any(skip_depth.values()):
            continue
        parts[index] = _mark_text(part, pending, glossary)
    return "".join(parts)


def _mark_text(text: str, pending: dict[str, re.Pattern], glossary: dict[str, str]) -> str:
    """Mark each pending abbreviation's first match in one text run, left to right, without overlaps."""
    entities = [entity.span() for entity in ENTITY.finditer(text)]  # "amp" in "&amp;" is not the word amp
    matches = []
    for abbr, pattern in pending.items():
        if abbr not in text:
            continue  # the pattern matches the abbreviation as written: not in the text, no match
        found = next((m for m in pattern.finditer(text)
                      if not any(start < m.end() and m.start() < end for start, end in entities)), None)
        if found:
            matches.append((found.start(), found.end(), abbr))
    if not matches:
        return text
    matches.sort()
    pieces, position = [], 0
    for start, end, abbr in matches:
        if start < position:
            continue  # overlaps a longer abbreviation already marked here; try the next run of text
        pieces.append(text[position:start])
        pieces.append(f'<abbr title="{escape(glossary[abbr])}">{text[start:end]}</abbr>')
        position = end
        del pending[abbr]
    pieces.append(text[position:])
    return "".join(pieces)
