"""Every theme component: one template with one macro taking one ``params`` mapping, its CSS under the same name,
colours only as tokens from base.css; and a unit test of its own in this folder."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest

from unit_helpers import ROOT

TEMPLATES = ROOT / "theme" / "templates" / "components"
CSS = ROOT / "theme" / "static" / "css" / "components"
NO_CSS = {"date", "page-meta", "offers-by-status", "related-news", "news-list"}  # no visual part of their own
COMPONENTS = sorted(p.stem for p in TEMPLATES.glob("*.html"))


@pytest.mark.parametrize("name", COMPONENTS)
def test_one_macro_named_after_the_component_taking_params(name):
    source = (TEMPLATES / f"{name}.html").read_text(encoding="utf-8")
    macros = re.findall(r"\{%-?\s*macro\s+(\w+)\s*\(([^)]*)\)", source)
    assert macros == [(name.replace("-", "_"), "params")]
    jinja2.Environment().parse(source)  # and it parses


@pytest.mark.parametrize("name", COMPONENTS)
def test_its_css_has_the_same_name_and_it_has_a_unit_test(name):
    assert (CSS / f"{name}.css").is_file() or name in NO_CSS
    assert (Path(__file__).parent / f"test_{name.replace('-', '_')}.py").is_file()


def test_every_component_stylesheet_belongs_to_a_component_and_is_loaded():
    site = (ROOT / "theme" / "static" / "css" / "site.css").read_text(encoding="utf-8")
    for css in CSS.glob("*.css"):
        assert css.stem in COMPONENTS
        assert f'@import url("components/{css.name}");' in site


@pytest.mark.parametrize("css", sorted(CSS.glob("*.css")), ids=lambda p: p.name)
def test_component_css_uses_colour_tokens_only(css):
    text = re.sub(r"/\*.*?\*/", "", css.read_text(encoding="utf-8"), flags=re.S)
    assert not re.findall(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(", text)
    assert not re.findall(r":\s*(?:white|black|red|blue|green|yellow|grey|gray)\b", text)
