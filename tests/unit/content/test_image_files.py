"""The size of a picture in content/images/, and where an Image: value points."""

from pathlib import Path

import pytest

from kurzeme_visiem.content.image_files import image_path, read_size

from unit_helpers import GIF_16_BY_8


def test_sizes_of_readable_pictures(content):
    assert read_size(content.write_bytes("images/a.gif", GIF_16_BY_8)) == (16, 8)
    svg = content.write("images/b.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"></svg>')
    assert read_size(svg) == (40, 30)


def test_no_size_for_what_is_not_a_picture(content):
    assert read_size(content.write("images/c.jpg", "teksts")) is None
    assert read_size(content.root / "images/nav.png") is None



@pytest.mark.parametrize("value", ["foto.jpg", "images/foto.jpg", "/images/foto.jpg", " foto.jpg "])
def test_image_path(value):
    assert image_path(Path("content"), value) == Path("content/images/foto.jpg")
