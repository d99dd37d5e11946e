"""Abbreviations marked as ``<abbr title="...">`` where each first occurs in a page body."""

from __future__ import annotations

import functools
import re
from html import escape

TAG = re.compile(r"(<[^>]*>)")
SKIPPED_ELEMENTS = ("abbr", "code", "pre", "script", "style", "kbd", "samp", "title")
_ELEMENT = re.compile(r"<\s*(/\s*)?([a-zA-Z0-9]+)")  # a tag's element name; group 1: a closing tag
# where a tag may open or close one of SKIPPED_ELEMENTS (each tag _ELEMENT reads so starts so; not each such place is a tag)
_SKIPPED_TAG = re.compile(r"<\s*(?:/\s*)?(?:%s)(?![a-zA-Z0-9])" % "|".join(
    "".join(f"[{letter}{letter.upper()}]" for letter in name) for name in SKIPPED_ELEMENTS))
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


@functools.lru_cache(maxsize=64)  # one glossary per build: its abbreviations asked for in every body
def _patterns(abbreviations: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    """Each abbreviation with its pattern, the longest first (a longer one wins over a shorter one inside it)."""
    return tuple((abbr, re.compile(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])"))
                 for abbr in sorted(abbreviations, key=len, reverse=True))


def mark_abbreviations(html: str, glossary: dict[str, str]) -> str:
    """Wrap the first occurrence of each glossary abbreviation in the text of ``html``.

    Text inside tags' attributes, ``<code>``, ``<pre>``, existing ``<abbr>`` and the like is left alone;
    an abbreviation written inside an existing ``<abbr>`` counts as marked.

    The same result with less work (this runs twice for every news item and page): only abbreviations written in
    ``html`` are looked for; from where the next one is written back to the last ``>`` before it, if no tag in
    between can open or close a skipped element, the tags are not looked at one by one (a ``>`` is never inside a
    tag: a tag ends at its first ``>``), nor any after the last abbreviation written.
    """
    if not glossary or not html:
        return html
    pending = {abbr: pattern for abbr, pattern in _patterns(tuple(glossary)) if abbr in html}
    pieces: list[str] = []
    skip_depth = dict.fromkeys(SKIPPED_ELEMENTS, 0)
    skipping = 0  # the sum of skip_depth: inside one of SKIPPED_ELEMENTS
    position = 0  # never inside a tag
    skipped_tag = _SKIPPED_TAG.search(html)
    while pending:
        written = min((found for found in (html.find(abbr, position) for abbr in pending) if found >= 0), default=-1)
        if written < 0:
            break  # none of them is written after here: the rest stays as it is
        if skipped_tag is not None and skipped_tag.start() < position:
            skipped_tag = _SKIPPED_TAG.search(html, position)
        if skipped_tag is None or skipped_tag.start() >= written:
            after_tag = html.rfind(">", position, written) + 1
            if after_tag:
                pieces.append(html[position:after_tag])
                position = after_tag
        tag = TAG.search(html, position)
        stop = tag.start() if tag else len(html)
        if stop > position:
            pieces.append(_text_run(html[position:stop], pending, glossary, skip_depth["abbr"], skipping))
            position = stop
        if tag is None:
            break
        pieces.append(tag[0])
        position = tag.end()
        element = _ELEMENT.match(tag[0])
        name = element[2].lower() if element else None
        if name not in skip_depth:
            continue
        if element[1] is not None:  # a closing tag
            if skip_depth[name]:
                skip_depth[name] -= 1
                skipping -= 1
        elif not tag[0].rstrip().endswith("/>"):
            skip_depth[name] += 1
            skipping += 1
    pieces.append(html[position:])
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
        for abbr in [a for a, p in pending.items() if _first_match(text, a, p, ())]:
            del pending[abbr]
        return text
    if skipping:
        return text
    return _mark_text(text, pending, glossary)


def _first_match(text: str, abbr: str, pattern: re.Pattern, entities: list[tuple[int, int]]) -> re.Match | None:
    """``pattern``'s first match in ``text`` not inside one of ``entities``, as ``finditer`` goes through them, but
    tried only where the abbreviation is written (its pattern begins with a look-behind: a search tries every place)."""
    at = text.find(abbr)
    while at >= 0:
        found = pattern.match(text, at)
        if found is None:
            at = text.find(abbr, at + 1)
        elif any(start < found.end() and found.start() < end for start, end in entities):
            at = text.find(abbr, found.end())
        else:
            return found
    return None


def _mark_text(text: str, pending: dict[str, re.Pattern], glossary: dict[str, str]) -> str:
    """Mark each pending abbreviation's first match in one text run, left to right, without overlaps."""
    entities = [entity.span() for entity in ENTITY.finditer(text)] if "&" in text else []  # "amp" in "&amp;" is not the word amp
    matches = []
    for abbr, pattern in pending.items():
        found = _first_match(text, abbr, pattern, entities)
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
