"""How Pelican reads news and pages: only the files the check checks, with the check's header parser.

* Pelican reads as news and pages exactly the files the content check checks (``content/sources.py``).
* Their Markdown is read by :class:`MarkdownReader`: the header by ``content.markdown_header.read_markdown`` (the
  check's ``parse_header``; a header with a control character or line separator is refused with ``path:line``),
  the body by Python-Markdown with the site's ``MARKDOWN`` settings but without the ``meta`` step, and the values
  typed by Pelican's public ``process_metadata`` (dates, tags, authors), as Pelican's own reader types them.
"""

from __future__ import annotations

from pathlib import Path

from markdown import Markdown
from pelican.readers import MarkdownReader as PelicanMarkdownReader

from ..content.markdown_header import MarkdownHeader, read_markdown
from ..content.sources import SOURCE_EXTENSIONS
from .markdown_fields import markdown_without_meta


STATIC = "static"  # Pelican's reader of static files (images, documents), not an extension


class MarkdownReader(PelicanMarkdownReader):
    """Pelican's Markdown reader with the check's header parser (same class name: Pelican records ``markdown``).

    Pelican's ``__init__`` is kept: it completes the ``MARKDOWN`` setting's extension list, which the other
    Markdown renderers of the site (summaries, YAML fields) read too."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._body_converter: Markdown | None = None

    def read(self, source_path):
        header, body = read_markdown(Path(source_path))
        return self.convert_body(body), self.typed_metadata(header)

    def body_markdown(self) -> Markdown:
        """This reader's Markdown converter with the site's settings, without the ``meta`` step (the header is
        already read): made once per reader, reset for each text."""
        if self._body_converter is None:
            self._body_converter = markdown_without_meta(self.settings["MARKDOWN"])
        return self._body_converter.reset()

    def convert_body(self, body: str) -> str:
        """The body's HTML (``fast_build/reader.py`` overrides this with its cache)."""
        return self.body_markdown().convert(body)

    def typed_metadata(self, header: MarkdownHeader) -> dict:
        """The header's fields as Pelican's objects; ``FORMATTED_FIELDS`` converted from Markdown first."""
        formatted = self.settings["FORMATTED_FIELDS"]
        metadata = {}
        for key, field in header.fields.items():
            value = self.body_markdown().convert(field.value) if key in formatted else field.value
            metadata[key] = self.process_metadata(key, value)
        return metadata


def use_site_readers(readers) -> None:
    """``readers_init``: ``.md`` files through :class:`MarkdownReader`; drop Pelican's readers for ``.markdown``,
    ``.mkd``, ``.html``, ``.rst``, ... (the check reports such files)."""
    for extension in list(readers.reader_classes):
        if extension not in SOURCE_EXTENSIONS and extension != STATIC:
            del readers.reader_classes[extension]
    for extension in SOURCE_EXTENSIONS:
        if readers.reader_classes.get(extension):  # not when the settings switch it off (READERS = {"md": None})
            readers.reader_classes[extension] = MarkdownReader
