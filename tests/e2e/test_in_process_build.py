"""One fast build in this process, the way pelican-plugins test themselves: ``Pelican(read_settings(...)).run()`` on a
three-file site (a news item with a lead image, a page, a partner). Checks the plugin end to end without a subprocess."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pelican import Pelican
from PIL import Image
from pelican.settings import read_settings

from built_site import ROOT

SITEURL = "https://example.test"


def png(width: int, height: int) -> bytes:
    """A black RGB PNG picture, drawn by Pillow (the build's own image library)."""
    stream = io.BytesIO()
    Image.new("RGB", (width, height)).save(stream, "PNG")
    return stream.getvalue()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("in-process")
    content = root / "content"
    (content / "news").mkdir(parents=True)
    (content / "pages").mkdir()
    (content / "partners").mkdir()
    (content / "images").mkdir()
    (content / "images" / "foto.png").write_bytes(png(4, 3))
    (content / "news" / "zina.md").write_text(
        "Title: Talsos atklāts grupu dzīvoklis\nDate: 2016-04-26\nPartners: talsu-novads\n"
        "Image: /images/foto.png\nImage_alt: Jaunā māja\n\nPirmā rindkopa.\n\n"
        "<!-- Partners: partneru īsie nosaukumi vai slugi, piemēram talsu-novads -->\n", encoding="utf-8")
    (content / "pages" / "par-projektu.md").write_text("Title: Par projektu\n\nProjekta apraksts.\n", encoding="utf-8")
    (content / "partners" / "talsu-novads.yaml").write_text(
        "name: 'Talsu novada dome'\nshort_name: 'Talsu novads'\ntype: municipality\nregion: kurzeme\n", encoding="utf-8")
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(content), "OUTPUT_PATH": str(root / "output"), "CACHE_PATH": str(root / "cache"),
        "SITEURL": SITEURL, "FAST_BUILD": False,
    })
    Pelican(settings).run()
    return root / "output"


def test_the_three_files_become_their_pages(site):
    assert "Talsos atklāts grupu dzīvoklis" in (site / "jaunumi/talsos-atklats-grupu-dzivoklis/index.html").read_text(encoding="utf-8")
    assert "Projekta apraksts." in (site / "par-projektu/index.html").read_text(encoding="utf-8")
    partner = (site / "partneri/talsu-novads/index.html").read_text(encoding="utf-8")
    assert "Talsu novada dome" in partner and "Talsos atklāts grupu dzīvoklis" in partner
    assert (site / "feeds/partneri/talsu-novads.atom.xml").is_file()


def test_the_writers_notes_reach_no_output(site):
    for path in site.rglob("*"):
        if path.suffix in {".html", ".xml", ".json"}:
            assert "partneru īsie nosaukumi" not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("value", ["/images/foto.png", "images/foto.png", "foto.png"])
def test_one_image_url_everywhere_on_the_page(site, value, tmp_path):
    """``Image:`` written three ways gives one URL in <img>, og:image and the JSON-LD (it once gave three,
    one of them ``/images//images/foto.png``)."""
    html = (site / "jaunumi/talsos-atklats-grupu-dzivoklis/index.html").read_text(encoding="utf-8") if value.startswith("/") \
        else _build_with_image(tmp_path, value)
    expected = f"{SITEURL}/images/foto.png"
    # the page shows the picture's responsive variants (site/responsive_images.py); og:image and JSON-LD name the file
    assert re.search(rf'<img src="{SITEURL}/images/v/foto-[0-9a-f]{{10}}-4\.png" srcset="[^"]+" sizes="[^"]+" '
                     r'alt="Jaunā māja" width="4" height="3"', html)
    assert f'<meta property="og:image" content="{expected}">' in html
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1])
    assert ld["image"] == expected


def _build_with_image(tmp_path: Path, value: str) -> str:
    content = tmp_path / "content"
    (content / "news").mkdir(parents=True)
    (content / "images").mkdir()
    (content / "images" / "foto.png").write_bytes(png(4, 3))
    (content / "news" / "zina.md").write_text(
        f"Title: Talsos atklāts grupu dzīvoklis\nDate: 2016-04-26\nImage: {value}\nImage_alt: Jaunā māja\n\nTeksts.\n",
        encoding="utf-8")
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(content), "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": str(tmp_path / "cache"),
        "SITEURL": SITEURL, "FAST_BUILD": False,
    })
    Pelican(settings).run()
    return (tmp_path / "output/jaunumi/talsos-atklats-grupu-dzivoklis/index.html").read_text(encoding="utf-8")
