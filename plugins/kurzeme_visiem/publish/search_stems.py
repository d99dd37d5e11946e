"""Latvian stems for the search index: Pagefind reads a copy of the site in which every indexed page carries
the stems of its text, so any inflected form of a word typed in the search box finds the page.

Pagefind has no Latvian stemmer: it matches the word forms of the page (or their beginnings). Before it runs, the
publish build writes each HTML page into a scratch folder with one more element at the end of its
``data-pagefind-body``: ``<div hidden data-kv-stems>⁂ bern dzivokl ...</div>``, the stems of the indexed text,
each once. The stemmer (``content/lv/stemmer.py``) is handed in by the build tool (``tools/build.py``): the
publish layer imports nothing of ``content/``. ``search.js`` stems the query with the same algorithm
(``theme/static/js/stemmer.js``), so "bērniem", "bērnu" and "berni" all search for ``bern``. The pages served to
visitors are not changed; the sentinel ``⁂`` lets ``search.js`` cut the stems off the text it shows.

Pagefind 1.5 reads ``<dt>`` and ``<dd>`` as inline text, so a partner's facts ran together in the excerpts
("AdreseRūpnīcas iela 6Vietu skaits11"); the copy ends each term with ":" and each description with "."
(what Pagefind's own issue #736 proposes), so the excerpt reads "Adrese: Rūpnīcas iela 6. Vietu skaits: 11.".
"""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

TITLE_WEIGHT = 7  # Pagefind's weight for <h1> text (its default scale: 1 for body text, up to 10)
StemText = Callable[[str], list[str]]  # text -> the stems of its words (content.lv.stemmer.stems)

SENTINEL = "⁂"
SKIPPED = frozenset({"script", "style", "template", "noscript"})
# What a search result is, by its public URL (docs/content-contract.md): shown next to each result by search.js
RESULT_TYPES = (("pakalpojumi/pasvaldibas/", "lapa"), ("pakalpojumi/viegli-lasit/", "lapa"), ("jaunumi/", "ziņa"), ("partneri/", "partneris"), ("pakalpojumi/", "pakalpojums"))
PAGE_TYPE = "lapa"
# a term or description list entry's end tag whose text does not already end in punctuation
_TERM_END = re.compile(r"(?<![:.!?])</dt>")
_DESCRIPTION_END = re.compile(r"(?<![.!?:;])</dd>")


class _IndexedText(HTMLParser):
    """The text Pagefind indexes (inside ``data-pagefind-body``, outside ``data-pagefind-ignore``) and the
    offset of the body element's end tag."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.body_tag: str | None = None
        self.body_depth = 0
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.end: tuple[int, int] | None = None
        self.title_parts: list[str] = []  # the text of the indexed part's <h1>
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        names = {name for name, _ in attrs}
        if self.body_tag is None and self.end is None and "data-pagefind-body" in names:
            self.body_tag, self.body_depth = tag, 1
            return
        if self.body_tag is None:
            return
        if tag == self.body_tag:
            self.body_depth += 1
        if tag == "h1" and self.skip_tag is None and not self.title_parts:
            self.in_title = True
        if self.skip_tag is None and ("data-pagefind-ignore" in names or tag in SKIPPED):
            self.skip_tag, self.skip_depth = tag, 1
        elif tag == self.skip_tag:
            self.skip_depth += 1

    def handle_endtag(self, tag):
        if self.body_tag is None:
            return
        if tag == "h1":
            self.in_title = False
        if tag == self.skip_tag:
            self.skip_depth -= 1
            if self.skip_depth == 0:
                self.skip_tag = None
        if tag == self.body_tag:
            self.body_depth -= 1
            if self.body_depth == 0:
                self.end = self.getpos()
                self.body_tag = None

    def handle_data(self, data):
        if self.body_tag is not None and self.skip_tag is None:
            self.parts.append(data)
            if self.in_title:
                self.title_parts.append(data)


def _offset(text: str, position: tuple[int, int]) -> int:
    line, column = position
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start + column


def result_type(url: str) -> str:
    """``jaunumi/x/`` → ``ziņa``; a section's own list page (``partneri/``) and every other page → ``lapa``."""
    path = url.lstrip("/")
    for prefix, name in RESULT_TYPES:
        if path.startswith(prefix) and path != prefix and not path.startswith(prefix + "index.html"):
            return name
    return PAGE_TYPE


def with_list_punctuation(page: str) -> str:
    """The page with ":" after each ``<dt>`` and "." after each ``<dd>`` that lack them (the index copy only)."""
    return _DESCRIPTION_END.sub("</dd>. ", _TERM_END.sub("</dt>: ", page))


def with_stems(page: str, stem_text: StemText, url: str = "") -> str | None:
    """The page with the stems element (and its type for the results list) added to its indexed part;
    ``None`` when nothing of it is indexed."""
    parser = _IndexedText()
    parser.feed(page)
    parser.close()
    if parser.end is None:
        return None
    words = list(dict.fromkeys(stem_text(" ".join(parser.parts))))
    at = _offset(page, parser.end)
    meta = html.escape(f"type:{result_type(url)}")
    title = list(dict.fromkeys(stem_text(" ".join(parser.title_parts))))
    # the title's stems again, weighted as Pagefind weights a heading: a page named for the word comes first
    weighted = f"<div hidden data-pagefind-weight=\"{TITLE_WEIGHT}\">{html.escape(' '.join(title))}</div>" if title else ""
    block = (f"<div hidden data-kv-stems data-pagefind-meta=\"{meta}\">{SENTINEL} {html.escape(' '.join(words))}"
             f"{weighted}</div>")
    return page[:at] + block + page[at:]


def write_index_copy(site: Path, copy: Path, stem_text: StemText) -> int:
    """Copy every HTML page of ``site`` into ``copy`` (same relative paths), indexed pages with their stems.
    Returns how many pages got stems."""
    stemmed = 0
    for source in sorted(site.rglob("*.html")):
        target = copy / source.relative_to(site)
        target.parent.mkdir(parents=True, exist_ok=True)
        page = source.read_text(encoding="utf-8")
        changed = with_stems(with_list_punctuation(page), stem_text, source.relative_to(site).as_posix())
        if changed is None:
            shutil.copyfile(source, target)
        else:
            target.write_text(changed, encoding="utf-8")
            stemmed += 1
    return stemmed
