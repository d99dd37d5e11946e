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
from markdown.treeprocessors import Treeprocessor

QUOTE_CLASS = "quote"
_DASH = re.compile(r"^\s*(?:—|–|--|-)\s+")


class QuoteProcessor(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "blockquote":
                    figure = self._with_attribution(child)
                    if figure is not None:
                        parent[index] = figure

    @staticmethod
    def _with_attribution(quote: ET.Element) -> ET.Element | None:
        paragraphs = list(quote)
        if len(paragraphs) < 2 or paragraphs[-1].tag != "p" or not _DASH.match(paragraphs[-1].text or ""):
            return None
        last = paragraphs[-1]
        quote.remove(last)
        figure = ET.Element("figure", {"class": QUOTE_CLASS})
        figure.tail, quote.tail = quote.tail, None
        figure.append(quote)
        caption = ET.SubElement(figure, "figcaption")
        caption.text = _DASH.sub("", last.text, count=1)
        for inline in list(last):  # links or emphasis in the attribution stay
            caption.append(inline)
        return figure


class QuoteExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 (Markdown's API name)
        md.treeprocessors.register(QuoteProcessor(md), "kurzeme_quotes", 14)  # after inline (20)


def makeExtension(**kwargs) -> QuoteExtension:  # noqa: N802
    return QuoteExtension(**kwargs)
