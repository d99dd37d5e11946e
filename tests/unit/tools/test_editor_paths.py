"""tools/editor/paths.py: the editor reads and writes only inside content/."""

from __future__ import annotations

import os

import pytest

from kurzeme_visiem.tools.editor.paths import PathRefused, resolve_inside


@pytest.fixture
def root(tmp_path):
    (tmp_path / "content" / "news").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("x")
    return tmp_path / "content"


def test_a_path_below_content_resolves(root):
    assert resolve_inside(root, "news/x.md") == root.resolve() / "news" / "x.md"
    assert resolve_inside(root, "images/new/foto.jpg") == root.resolve() / "images" / "new" / "foto.jpg"


@pytest.mark.parametrize("bad", ["../secret.txt", "news/../../secret.txt", "/etc/passwd", "..", ".", "",
                                 "news//x.md", ".git/config", "news/.hidden.md", "news\\..\\x.md", "a\x00b",
                                 "~/x", "news/./x.md"])
def test_leaving_content_or_odd_paths_are_refused(root, bad):
    with pytest.raises(PathRefused):
        resolve_inside(root, bad)


def test_a_symlink_out_of_content_is_refused(root):
    os.symlink(root.parent, root / "out")
    os.symlink(root.parent / "secret.txt", root / "news" / "link.md")
    with pytest.raises(PathRefused):
        resolve_inside(root, "out/secret.txt")
    with pytest.raises(PathRefused):
        resolve_inside(root, "news/link.md")


def test_a_symlink_inside_content_is_followed(root):
    os.symlink(root / "news", root / "zinas")
    assert resolve_inside(root, "zinas/x.md") == root.resolve() / "news" / "x.md"
