"""Markdown extension: a block quote whose last paragraph starts with a dash is a quote with its attribution.

    > Sadarbības līgumus ir parakstījušas visas Kurzemes pašvaldības.
    >
    > — Inese Siliņa, projekta sabiedrisko attiecību speciāliste

→ ``<figure class="quote"><blockquote><p>…</p></blockquote><figcaption>Inese Siliņa, …</figcaption></figure>``
(the WHATWG pattern for a quote with its source). Quotes without such a line stay plain ``<blockquote>``.
Enable with ``"kurzeme_visiem.site.markdown_quotes": {}`` in ``MARKDOWN``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from markdown import Extension

from .markdown_figure_base import FigureMaker, captioned_figure, figure_extension

QUOTE_CLASS = "quote"
_DASH = re.compile(r"^\s*(?:—|–|--|-)\s+")


class QuoteProcessor(FigureMaker):
    NEEDS = "blockquote"

    def figure(self, element: ET.Element) -> ET.Element | None:
        return self._with_attribution(element) if element.tag == "blockquote" else None

    @staticmethod
    def _with_attribution(quote: ET.Element) -> ET.Element | None:
        paragraphs = list(quote)
        if len(paragraphs) < 2 or paragraphs[-1].tag != "p" or not _DASH.match(paragraphs[-1].text or ""):
            return None
        last = paragraphs[-1]
        quote.remove(last)
        figure, caption = captioned_figure(quote, QUOTE_CLASS, quote.tail)
        quote.tail = None
        caption.text = _DASH.sub("", last.text, count=1)
        for inline in list(last):  # links or emphasis in the attribution stay
            caption.append(inline)
        return figure


QuoteExtension = figure_extension(QuoteProcessor, "kurzeme_quotes", 14)


def makeExtension(**kwargs) -> Extension:  # noqa: N802
    return QuoteExtension(**kwargs)
