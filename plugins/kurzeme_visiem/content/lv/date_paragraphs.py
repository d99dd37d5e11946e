"""Python-Markdown extension: a paragraph that starts with a Latvian date or ordinal stays a paragraph.

Latvian writes ordinals with a full stop, so "2018. gada 27. aprīlī Kurzemes plānošanas reģions ..." or
"3. vietā ..." look to Markdown like the first item of a numbered list (``<ol start="2018">``). A block whose first
line is a number with a full stop followed by a date or ordinal word (``gada``/``gadā``/``g.``, a month in any case,
``vietā``, ``dienā``, ``nedēļā``, ``mēnesī``, ``klasē``, ``kursā``, ``stāvā``; also "2018. un 2019. gadā") is
handed to Markdown's own paragraph processor before the list processor sees it. Every other numbered line is a
list item as before.

Registered by its dotted name in the ``MARKDOWN`` setting (``kurzeme_visiem.content.lv.date_paragraphs``), so
Pelican's reader, the fast reader and the YAML/Summary field renderer, which all take that setting, agree.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.blockprocessors import ParagraphProcessor

from .stemmer import fold

PRIORITY = 45  # above the ordered list (40) and unordered list (30), below the horizontal rule (50)
ORDINAL_START = re.compile(
    r"^[ ]{0,3}\d{1,4}\.(?:[ \t]+(?:un|vai|līdz|lidz|–|-)[ \t]+\d{1,4}\.)?[ \t]+(?P<word>[^\s]+)")
DATE_WORD_PREFIXES = (
    "janvar", "februar", "mart", "april", "maij", "junij", "julij", "august", "septembr", "oktobr", "novembr",
    "decembr", "gad", "viet", "dien", "nedel", "menes", "klas", "kurs", "stav", "ceturksn", "pusgad",
)
ABBREVIATIONS = ("g.", "gs.")


def is_date_led(block: str) -> bool:
    """True when the block's first line starts like ``2018. gada ...``, ``1. jūlijā ...`` or ``3. vietā ...``."""
    match = ORDINAL_START.match(block.split("\n", 1)[0])
    if not match:
        return False
    word = fold(match["word"])
    if word in ABBREVIATIONS:
        return True
    word = word.strip(".,;:!?()\"'“”„»«")
    return word.isalpha() and word.startswith(DATE_WORD_PREFIXES)


class DateParagraphProcessor(ParagraphProcessor):
    """Markdown's paragraph processor, asked first for date-led blocks."""

    def test(self, parent, block) -> bool:
        return is_date_led(block)


class DateParagraphExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's name
        md.parser.blockprocessors.register(DateParagraphProcessor(md.parser), "lv_date_paragraph", PRIORITY)


def makeExtension(**kwargs) -> DateParagraphExtension:  # noqa: N802 - Python-Markdown loads it by this name
    return DateParagraphExtension(**kwargs)
