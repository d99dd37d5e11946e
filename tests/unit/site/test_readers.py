"""Pelican reads as news and pages only what the check checks, and reads their headers with the check's function.

The reader class is the one Pelican gets once the plugin's ``readers_init`` handlers ran, in ``register()``'s order
(``site/readers.use_site_readers``, then ``fast_build/reader.use_fast_reader``), with and without ``FAST_BUILD``.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace as O

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown import Markdown
from pelican.readers import BaseReader, HTMLReader, MarkdownReader as PelicanMarkdownReader, RstReader
from pelican.settings import read_settings

from kurzeme_visiem.content.directory import load_directory
from kurzeme_visiem.content.markdown_header import markdown_body, parse_header
from kurzeme_visiem.content.news_check import check_news
from kurzeme_visiem.content.problems import ContentErrors
from kurzeme_visiem.content.sources import read_source
from kurzeme_visiem.fast_build.reader import CachedBodies, use_fast_reader
from kurzeme_visiem.site.readers import MarkdownReader, use_site_readers

from unit_helpers import ROOT

PELICANS_TABLE = {"static": BaseReader, "md": PelicanMarkdownReader, "markdown": PelicanMarkdownReader,
                  "mkd": PelicanMarkdownReader, "mdown": PelicanMarkdownReader, "html": HTMLReader, "htm": HTMLReader,
                  "rst": RstReader}
# the separators str.splitlines() breaks at and Markdown does not (\r and \r\n are line breaks for both, \t is text)
HIDING = ["\u2028", "\u2029", "\x0c", "\x0b", "\x1c", "\x1d", "\x1e", "\x85"]


def plugin_table(settings: dict) -> O:
    """Pelican's own reader table (before readers_init) after the plugin's handlers ran. Built by hand: the plugin
    may already be registered in this process, so it is not built through ``pelican.readers.Readers``."""
    readers = O(settings=settings, reader_classes=dict(PELICANS_TABLE))
    use_site_readers(readers)
    use_fast_reader(readers)
    return readers


def site_settings(content: Path, fast_build: bool) -> dict:
    return read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(content), "CACHE_PATH": str(content.parent / "cache"), "FAST_BUILD": fast_build, "BUILD_WORKERS": 1})


@pytest.fixture(params=[False, True], ids=["reader", "fast-build-reader"])
def reader(request, content):
    settings = site_settings(content.root, request.param)
    reader_class = plugin_table(settings).reader_classes["md"]
    assert issubclass(reader_class, MarkdownReader) and issubclass(reader_class, CachedBodies) == request.param
    return reader_class(settings)


def test_only_md_files_are_read_with_the_site_reader_and_static_files_still_copied():
    readers = O(settings={"FAST_BUILD": False}, reader_classes=dict(PELICANS_TABLE))
    use_site_readers(readers)
    assert readers.reader_classes == {"static": BaseReader, "md": MarkdownReader}
    assert MarkdownReader.__name__ == PelicanMarkdownReader.__name__  # Pelican records the reader by its class name


def test_md_switched_off_in_the_settings_stays_off():
    readers = O(settings={}, reader_classes={**PELICANS_TABLE, "md": None})
    use_site_readers(readers)
    assert readers.reader_classes == {"static": BaseReader, "md": None}


@pytest.mark.parametrize("separator", HIDING)
def test_a_draft_behind_a_line_separator_is_refused_by_the_build_and_reported_by_the_check(content, reader, separator):
    """Issue 12, item 8: ``Status: draft`` after a U+2028 or form feed on the title line. Pelican's own reader took
    the whole line as the title and published the file; the build's reader now refuses it at the same
    ``path:line`` and with the same message as the check."""
    path = content.write("news/zina.md", f"Title: Ziņa{separator}Status: draft\nDate: 2026-01-02\n\nTeksts.\n",
                         dedent=False)
    with pytest.raises(ContentErrors) as refused:
        reader.read(str(path))
    expected = f"news/zina.md:1: the header contains an invisible control character U+{ord(separator):04X}; "
    assert [str(p) for p in refused.value.problems] == [expected + "delete it (it can hide a field or break a feed)"]
    directory, _ = load_directory(content.root)
    _, problems = check_news(content.root, "news", directory)
    assert str(refused.value.problems[0]) in [str(p) for p in problems]


def test_body_fields_and_types_as_pelican_reads_them(content, reader):
    path = content.write("news/zina.md", "---\nTitle: Ļoti garš\n    virsraksts\nDate: 2016-04-26 14:30\n"
                                         "Tags: a, b\n---\nNote: not a field\n\n---\n\n2018. gada 27. aprīlī notika.\n",
                         dedent=False)
    html, metadata = reader.read(str(path))
    assert metadata["title"] == "Ļoti garš virsraksts"
    assert metadata["date"].isoformat() == "2016-04-26T14:30:00"
    assert [str(tag) for tag in metadata["tags"]] == ["a", "b"]
    assert set(metadata) == {"title", "date", "tags"}
    assert html == "<p>Note: not a field</p>\n<hr>\n<p>2018. gada 27. aprīlī notika.</p>"  # no second header step


def test_formatted_fields_are_converted_from_markdown(content):
    settings = site_settings(content.root, False)
    settings["FORMATTED_FIELDS"] = ["summary"]
    path = content.write("news/zina.md", "Title: Ziņa\nSummary: Īsi par *jauno*.\n\nTeksts.\n", dedent=False)
    _, metadata = plugin_table(settings).reader_classes["md"](settings).read(str(path))
    assert metadata["summary"] == "<p>Īsi par <em>jauno</em>.</p>"


# --- one function for a header: the check's reading and the build's reading of any header -------------------

metadata_line = st.tuples(
    st.sampled_from(["Title", "Slug", "Partners", "Status", "Summary", "Image_alt", "X", "titLE", "Status "]),
    st.one_of(st.text(max_size=20), st.sampled_from(["draft", "published", "a, b,", "Ziņa"])),
).map(lambda kv: f"{kv[0]}: {kv[1]}")
header_text = st.lists(st.tuples(
    st.one_of(metadata_line, st.sampled_from(["", " ", "    more", "\tmore", "---", "----", "...", "....",
                                              "Status: draft", "\tStatus: x"])),
    st.sampled_from(["\n", "\n", "\n", *HIDING, "\r", "\r\n", "\x00", "\x1b"])),
    max_size=8).map(lambda pairs: "".join(line + end for line, end in pairs) + "\nTeksts *ar* [saiti](/x/).\n")


@pytest.fixture(scope="module")
def empty_directory():
    """No partners or services (the generated news name none): loaded once, not for every example."""
    directory, _ = load_directory(Path("/nonexistent"))
    return directory


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=header_text)
def test_the_check_and_the_build_read_every_header_the_same_way(content, reader, empty_directory, text):
    """Whatever the header, the build's reader either refuses the file with exactly the check's header problems, or
    reads the fields, values and status the check read, and converts exactly the lines after the header.

    Pelican's own reading (the ``meta`` extension) fails this: it reads a header with a line separator instead of
    refusing it, and takes ``----`` for a fence where the check does not."""
    path = content.write("news/zina.md", text, dedent=False)
    (checked, _), _ = read_source(path)  # the check's reading of the file
    _, problems = check_news(content.root, "news", empty_directory)
    header_problems = sorted(str(p) for p in problems if "invisible control character" in p.message)
    if checked.controls:
        with pytest.raises(ContentErrors) as refused:
            reader.read(str(path))
        assert sorted(str(p) for p in refused.value.problems) == header_problems != []
        return
    html, metadata = reader.read(str(path))
    assert header_problems == []
    assert set(metadata) == set(checked.fields)  # Status among them: an empty value is "not set" for both
    assert {k: v for k, v in metadata.items() if checked.value(k)} == {k: f.value for k, f in checked.fields.items() if f.value}
    assert html == without_meta(reader.settings).convert(markdown_body(text, parse_header(path, text)))
    assert "<em>ar</em>" in html


def without_meta(settings: dict) -> Markdown:
    """The site's Markdown settings with the ``meta`` extension left out of them."""
    configs = {k: v for k, v in settings["MARKDOWN"]["extension_configs"].items() if k != "markdown.extensions.meta"}
    return Markdown(extensions=list(configs), extension_configs=configs, output_format="html")
