"""Abbreviations marked as ``<abbr title="...">`` where each first occurs in a page body."""

from __future__ import annotations

import functools
import re
from html import escape

TAG = re.compile(r"(<[^>]*>)")
SKIPPED_ELEMENTS = ("abbr", "code", "pre", "script", "style", "kbd", "samp", "title")
_ELEMENT = re.compile(r"<\s*(/\s*)?([a-zA-Z0-9]+)")  # a tag's element name; group 1: a closing tag
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


@functools.lru_cache(maxsize=64)  # one glossary per build: its abbreviations asked for in every body
def _patterns(abbreviations: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    """Each abbreviation with its pattern, the longest first (a longer one wins over a shorter one inside it)."""
    return tuple((abbr, re.compile(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])"))
                 for abbr in sorted(abbreviations, key=len, reverse=True))


def mark_abbreviations(html: str, glossary: dict[str, str]) -> str:
    """Wrap the first occurrence of each glossary abbreviation in the text of ``html``.

    Text inside tags' attributes, ``<code>``, ``<pre>``, existing ``<abbr>`` and the like is left alone;
    an abbreviation written inside an existing ``<abbr>`` counts as marked. Only abbreviations written somewhere in
    ``html`` are looked for, a run of text without one of them is not looked at, and the tags after the last one
    marked are not either (the same result, less work: this runs twice for every news item and page).
    """
    if not glossary or not html:
        return html
    pending = {abbr: pattern for abbr, pattern in _patterns(tuple(glossary)) if abbr in html}
    pieces: list[str] = []
    skip_depth = dict.fromkeys(SKIPPED_ELEMENTS, 0)
    skipping = 0  # the sum of skip_depth: inside one of SKIPPED_ELEMENTS
    position = 0
    for tag in TAG.finditer(html):
        if not pending:
            break
        start = tag.start()
        if start > position:
            pieces.append(_text_run(html[position:start], pending, glossary, skip_depth["abbr"], skipping))
        pieces.append(tag[0])
        position = tag.end()
        element = _ELEMENT.match(tag[0])
        if element is None:
            continue
        name = element[2].lower()
        if name not in skip_depth:
            continue
        if element[1] is not None:  # a closing tag
            if skip_depth[name]:
                skip_depth[name] -= 1
                skipping -= 1
        elif not tag[0].rstrip().endswith("/>"):
            skip_depth[name] += 1
            skipping += 1
    if position < len(html):
        pieces.append(_text_run(html[position:], pending, glossary, skip_depth["abbr"], skipping))
    return "".join(pieces)


def _text_run(text: str, pending: dict[str, re.Pattern], glossary: dict[str, str], in_abbr: int, skipping: int) -> str:
    """One run of text between tags: marked; or, inside an ``<abbr>``, its abbreviations counted as marked; or
    left alone (inside ``<code>``, ``<pre>`` and the like)."""
    for abbr in pending:
        if abbr in text:
            break
    else:
        return text  # none of the pending abbreviations is written here
    if in_abbr:
        for abbr in [a for a, p in pending.items() if a in text and p.search(text)]:
            del pending[abbr]
        return text
    if skipping:
        return text
    return _mark_text(text, pending, glossary)


def _mark_text(text: str, pending: dict[str, re.Pattern], glossary: dict[str, str]) -> str:
    """Mark each pending abbreviation's first match in one text run, left to right, without overlaps."""
    entities = [entity.span() for entity in ENTITY.finditer(text)] if "&" in text else []  # "amp" in "&amp;" is not the word amp
    matches = []
    for abbr, pattern in pending.items():
        if abbr not in text:
            continue  # the pattern matches the abbreviation as written: not in the text, no match
        if entities:
            found = next((m for m in pattern.finditer(text)
                          if not any(start < m.end() and m.start() < end for start, end in entities)), None)
        else:
            found = pattern.search(text)
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
