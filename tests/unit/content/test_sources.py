"""One discovery of news and page files for the check and for Pelican."""

from __future__ import annotations

from kurzeme_visiem.content.sources import markdown_files, unread_file_problems


def test_news_and_pages_are_the_md_files_not_hidden(content):
    for name in ("news/a.md", "news/2016/b.md", "news/c.markdown", "news/.d.md", "news/.git/e.md", "news/f.html", "news/g.txt"):
        content.write(name, "Title: x\n")
    assert [p.relative_to(content.root).as_posix() for p in markdown_files(content.root / "news")] == ["news/2016/b.md", "news/a.md"]
    assert markdown_files(content.root / "nav") == []


def test_every_other_file_in_a_news_or_page_folder_is_an_error_at_its_path(content):
    for name in ("pages/a.md", "pages/b.markdown", "pages/c.rst", "pages/.d.md", "pages/foto.jpg", "pages/x/y.html"):
        content.write(name, "Title: x\n")
    problems = [str(p) for p in unread_file_problems(content.root / "pages")]
    assert [p.split(":")[0] for p in problems] == ["pages/.d.md", "pages/b.markdown", "pages/c.rst", "pages/foto.jpg", "pages/x/y.html"]
    assert problems[0] == ("pages/.d.md:1: this file is not a news item or page: only Markdown files ending in .md, "
                           "not hidden (no leading dot), are read; rename it to .md or move it out of pages/")
    assert all(not p.warning for p in unread_file_problems(content.root / "pages"))


def test_editor_leftovers_are_not_errors(content):
    for name in ("news/a.md", "news/.#a.md", "news/#a.md#", "news/a.md~", "news/.a.md.swp", "news/.DS_Store"):
        content.write(name, "x")
    assert unread_file_problems(content.root / "news") == []


def test_files_in_the_order_paths_sort_in(content):
    for name in ("news/a-b.md", "news/a/b.md", "news/a.md", "news/B.md", "news/a-b.txt", "news/a/b.txt"):
        content.write(name, "x")
    found = markdown_files(content.root / "news")
    assert found == sorted(found) and [p.name for p in found] == ["B.md", "b.md", "a-b.md", "a.md"]
    assert [p.path for p in unread_file_problems(content.root / "news")] == ["news/a/b.txt", "news/a-b.txt"]


def test_other_files_found_in_one_walk_of_the_folder(content, monkeypatch):
    from pathlib import Path  # noqa: PLC0415

    content.write("news/a.md", "x")
    content.write("news/b.txt", "x")
    walks, rglob = [], Path.rglob
    monkeypatch.setattr(Path, "rglob", lambda self, pattern: walks.append(self) or rglob(self, pattern))
    assert len(unread_file_problems(content.root / "news")) == 1
    assert len(walks) == 1, "one walk gives both the news files and the others"
