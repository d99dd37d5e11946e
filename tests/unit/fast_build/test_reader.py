"""The FAST_BUILD Markdown reader returns exactly what the site's reader returns, from its cache when it can."""

from __future__ import annotations

import sqlite3
import time
import types

import pytest
from pelican.settings import DEFAULT_CONFIG

from kurzeme_visiem.fast_build.forking import BUILD_WORK, join_build_work, open_build_work
from kurzeme_visiem.fast_build.reader import cached, code_fingerprint, converting_modules
from kurzeme_visiem.site.readers import MarkdownReader as SiteMarkdownReader

from unit_helpers import ContentFolder

NEWS = """\
Title: Talsu novadā atklāts grupu dzīvoklis
Date: 2016-04-26
Tags: DI plāns, pakalpojumi
Summary: Īsi par *jauno* pakalpojumu.

Pirmā rindkopa ar [saiti](/partneri/talsu-novads/).

- viens
- divi

| a | b |
|---|---|
| ā | ž |
"""


@pytest.fixture
def settings(tmp_path):
    content = ContentFolder(tmp_path / "content")
    for number in range(3):
        content.write(f"news/zina-{number}.md", NEWS.replace("Pirmā", f"Ziņa {number}, pirmā"), dedent=False)
    content.write("pages/lapa.md", "Title: Lapa\n\nTeksts.\n", dedent=False)
    values = dict(DEFAULT_CONFIG)
    values.update(PATH=str(tmp_path / "content"), CACHE_PATH=str(tmp_path / "cache"), ARTICLE_PATHS=["news"],
                  PAGE_PATHS=["pages"], FORMATTED_FIELDS=["summary"], BUILD_WORKERS=2,
                  MARKDOWN={"extension_configs": {"markdown.extensions.extra": {}, "markdown.extensions.meta": {}},
                            "output_format": "html"})
    return values


MarkdownReader = cached(SiteMarkdownReader)


def read_all(reader_class, settings):
    reader = reader_class(settings)
    paths = sorted((settings["PATH"] + "/" + p.relative_to(settings["PATH"]).as_posix())
                   for p in __import__("pathlib").Path(settings["PATH"]).rglob("*.md"))
    return {path: reader.read(path) for path in paths}


def test_same_content_and_metadata_as_the_site_reader(settings, tmp_path):
    expected = read_all(SiteMarkdownReader, settings)
    assert read_all(MarkdownReader, settings) == expected  # converts, fills the cache
    assert read_all(MarkdownReader, settings) == expected  # from the cache
    assert "<table>" in next(iter(expected.values()))[0]
    assert bodies_in_cache(tmp_path) == 4  # one per body


def test_dates_are_typed_without_dateutil_and_equal_pelicans(settings, monkeypatch):
    expected = read_all(SiteMarkdownReader, settings)

    def no_dateutil(text):
        raise AssertionError("dateutil asked for a contract date")

    monkeypatch.setattr("pelican.readers.get_date", no_dateutil)
    typed = read_all(MarkdownReader, settings)
    assert typed == expected
    assert {type(metadata["date"]).__name__ for _, metadata in typed.values() if "date" in metadata} == {"SafeDatetime"}


def test_an_edited_file_is_converted_again_and_forks_no_workers(settings, tmp_path):
    """The preview reads a changed file with the settings of the last build: converted here, no worker forked."""
    read_all(MarkdownReader, settings)
    path = tmp_path / "content" / "news" / "zina-1.md"
    path.write_text(NEWS.replace("Pirmā rindkopa", "Labota rindkopa"), encoding="utf-8")
    content, metadata = MarkdownReader(settings).read(str(path))
    assert "Labota rindkopa" in content
    assert str(metadata["title"]) == "Talsu novadā atklāts grupu dzīvoklis"
    assert BUILD_WORK not in settings


def bodies_in_cache(tmp_path) -> int:
    (database,) = (tmp_path / "cache").glob("markdown-*.sqlite")  # one database, no file per body
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT count(*) FROM body").fetchone()[0]


def test_a_damaged_cache_is_made_again_and_shared_with_the_workers(settings, tmp_path):
    content = ContentFolder(tmp_path / "content")
    for number in range(20):  # enough files for a forked worker
        content.write(f"news/vairak-{number:02}.md", NEWS.replace("Pirmā", f"Vēl {number}, pirmā"), dedent=False)
    read_all(MarkdownReader, settings)
    (database,) = (tmp_path / "cache").glob("markdown-*.sqlite")
    for file in (tmp_path / "cache").glob("markdown-*"):
        file.unlink()
    database.write_bytes(b"not a database" * 300)
    expected = read_all(SiteMarkdownReader, settings)
    open_build_work(settings)  # with a forked worker: this process makes the database again, the worker opens it
    assert read_all(MarkdownReader, settings) == expected
    assert settings[BUILD_WORK]["markdown"].workers
    join_build_work([type("Generator", (), {"settings": settings})()])
    assert bodies_in_cache(tmp_path) == 24


def test_a_cache_that_refuses_writes_converts_without_storing(settings, tmp_path):
    read_all(MarkdownReader, settings)
    (database,) = (tmp_path / "cache").glob("markdown-*.sqlite")
    with sqlite3.connect(database) as connection:
        connection.execute("DROP TABLE body")
        connection.execute("CREATE TABLE body (digest TEXT PRIMARY KEY, html TEXT NOT NULL CHECK (html = ''))")
    assert read_all(MarkdownReader, settings) == read_all(SiteMarkdownReader, settings)
    assert bodies_in_cache(tmp_path) == 0


def test_workers_convert_the_files_this_process_has_not_taken(settings, tmp_path):
    class SlowReader(MarkdownReader):
        def _store(self, digest, html):  # 10 ms per body in every process: the forked worker is up long before the end
            time.sleep(0.01)
            super()._store(digest, html)

    content = ContentFolder(tmp_path / "content")
    for number in range(60):
        content.write(f"news/vairak-{number:02}.md", NEWS.replace("Pirmā", f"Vēl {number}, pirmā"), dedent=False)
    expected = read_all(SiteMarkdownReader, settings)
    open_build_work(settings)  # a build's generators are being made
    assert read_all(SlowReader, settings) == expected
    work = settings[BUILD_WORK]["markdown"]
    converted_by_worker = sum(worker.result()[1] for worker in work.workers)
    assert 0 < converted_by_worker < len(expected)
    join_build_work([type("Generator", (), {"settings": settings})()])
    assert BUILD_WORK not in settings
    assert read_all(MarkdownReader, settings) == expected  # from the cache
    assert bodies_in_cache(tmp_path) == len(expected)
    assert not (tmp_path / "c.html").exists()



def test_the_cache_is_made_again_when_it_is_not_a_database(settings, tmp_path):
    read_all(MarkdownReader, settings)
    (database,) = (tmp_path / "cache").glob("markdown-*.sqlite")
    for file in (tmp_path / "cache").glob("markdown-*"):
        file.unlink()
    database.write_bytes(b"not a database" * 300)
    assert read_all(MarkdownReader, settings) == read_all(SiteMarkdownReader, settings)
    assert bodies_in_cache(tmp_path) == 4  # removed, made again and filled


def test_the_cache_name_follows_the_code_that_makes_the_html(settings):
    names = [module.__name__ for module in converting_modules(
        {**settings, "MARKDOWN": {"extension_configs": {"kurzeme_visiem.site.markdown_figures": {}}}}, MarkdownReader)]
    assert "kurzeme_visiem.site.markdown_figures" in names
    assert "kurzeme_visiem.site.markdown_figure_base" in names  # used by it, followed through its globals
    assert "kurzeme_visiem.fast_build.markdown_guards" in names  # the reader's converter
    assert "kurzeme_visiem.site.readers" in names


def test_an_edited_extension_gives_another_cache(tmp_path):
    first, second = types.ModuleType("a"), types.ModuleType("a")
    (tmp_path / "a.py").write_text("X = 1\n", encoding="utf-8")
    first.__file__ = second.__file__ = str(tmp_path / "a.py")
    before = code_fingerprint([first])
    (tmp_path / "a.py").write_text("X = 2\n", encoding="utf-8")
    assert code_fingerprint([second]) != before
