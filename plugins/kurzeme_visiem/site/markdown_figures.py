"""Markdown extension: an image alone in its paragraph with a title, ``![alt](src "caption")``, becomes a figure.

    ![Grupu dzīvoklis Talsos](/images/talsi.jpg "Grupu dzīvoklis Talsos. Foto: Talsu novada pašvaldība")

→ ``<figure class="figure"><img src=… alt=…><figcaption>Grupu dzīvoklis …</figcaption></figure>``. The title
leaves the ``<img>`` (a tooltip repeats what the caption already says). Images without a title, or inside a
sentence, stay as they are. Enable with ``"kurzeme_visiem.site.markdown_figures": {}`` in ``MARKDOWN``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Extension

from .markdown_figure_base import FigureMaker, captioned_figure, figure_extension

FIGURE_CLASS = "figure"


class FigureProcessor(FigureMaker):
    NEEDS = "img"

    def figure(self, element: ET.Element) -> ET.Element | None:
        return self._figure(element) if element.tag == "p" and self._lone_titled_image(element) else None

    @staticmethod
    def _lone_titled_image(paragraph: ET.Element) -> bool:
        if len(paragraph) != 1 or (paragraph.text or "").strip():
            return False
        image = paragraph[0]
        return image.tag == "img" and bool((image.get("title") or "").strip()) and not (image.tail or "").strip()

    @staticmethod
    def _figure(paragraph: ET.Element) -> ET.Element:
        image = paragraph[0]
        caption_text = " ".join(image.attrib.pop("title").split())
        image.tail = None
        figure, caption = captioned_figure(image, FIGURE_CLASS, paragraph.tail)
        caption.text = caption_text
        return figure


FigureExtension = figure_extension(FigureProcessor, "kurzeme_figures", 15)


def makeExtension(**kwargs) -> Extension:  # noqa: N802
    return FigureExtension(**kwargs)
