"""Markdown extension: an image alone in its paragraph with a title, ``![alt](src "caption")``, becomes a figure.

    ![Grupu dzīvoklis Talsos](/images/talsi.jpg "Grupu dzīvoklis Talsos. Foto: Talsu novada pašvaldība")

→ ``<figure class="figure"><img src=… alt=…><figcaption>Grupu dzīvoklis …</figcaption></figure>``. The title
leaves the ``<img>`` (a tooltip repeats what the caption already says). Images without a title, or inside a
sentence, stay as they are. Enable with ``"kurzeme_visiem.site.markdown_figures": {}`` in ``MARKDOWN``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

FIGURE_CLASS = "figure"


class FigureProcessor(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "p" and self._lone_titled_image(child):
                    parent[index] = self._figure(child)

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
        figure = ET.Element("figure", {"class": FIGURE_CLASS})
        figure.tail = paragraph.tail
        figure.append(image)
        caption = ET.SubElement(figure, "figcaption")
        caption.text = caption_text
        return figure


class FigureExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 (Markdown's API name)
        md.treeprocessors.register(FigureProcessor(md), "kurzeme_figures", 15)  # after inline (20)


def makeExtension(**kwargs) -> FigureExtension:  # noqa: N802
    return FigureExtension(**kwargs)
