"""What the Markdown figure extensions share (``markdown_figures``: an image with its caption, ``markdown_quotes``: a
quote with its attribution): a tree processor that swaps an element for a ``<figure>`` with a ``<figcaption>``, and
the extension class that registers it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Extension
from markdown.treeprocessors import Treeprocessor


class FigureMaker(Treeprocessor):
    """Replaces every element for which ``figure`` returns a figure by that figure."""

    NEEDS = "*"  # a tag ``figure`` needs in the tree to make a figure: a tree without one is left at once ("*": any)

    def run(self, root: ET.Element) -> None:
        if next(root.iter(self.NEEDS), None) is None:
            return
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                figure = self.figure(child)
                if figure is not None:
                    parent[index] = figure

    def figure(self, element: ET.Element) -> ET.Element | None:
        raise NotImplementedError


def captioned_figure(content: ET.Element, css_class: str, tail: str | None) -> tuple[ET.Element, ET.Element]:
    """``<figure class=css_class>`` holding ``content`` and an empty ``<figcaption>`` after it; the figure ends with
    ``tail`` (the text that followed what it replaces)."""
    figure = ET.Element("figure", {"class": css_class})
    figure.tail = tail
    figure.append(content)
    return figure, ET.SubElement(figure, "figcaption")


def figure_extension(processor: type[FigureMaker], name: str, priority: int) -> type[Extension]:
    """The Markdown extension that runs ``processor`` under ``name`` at ``priority`` (after inline, 20)."""

    class FigureMakerExtension(Extension):
        def extendMarkdown(self, md) -> None:  # noqa: N802 (Markdown's API name)
            md.treeprocessors.register(processor(md), name, priority)

    return FigureMakerExtension
