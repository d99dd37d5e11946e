"""The site addresses its reader one way: the polite plural (“Izvēlieties”, “jautājiet”), as public bodies in Latvia
write; a singular imperative (“Izvēlies”, “Atver”) in a template or a script mixes the two on one page.

The EU slogan “Ieguldījums tavā nākotnē” is a fixed official wording and stays as it is."""

from __future__ import annotations

import re

import pytest

from unit_helpers import ROOT

# second person singular imperatives that are not also another word form (“meklē”, “zvani”, “raksti” are)
SINGULAR_IMPERATIVES = ("atrodi", "izvēlies", "uzzini", "atver", "noklikšķini", "pabīdi", "spied", "nospied",
                        "ievadi", "skaties", "mēģini", "pamēģini", "sazinies", "atgriezies", "izmanto")
WORD = re.compile(r"[^\W\d_]+")
SOURCES = sorted([*(ROOT / "theme" / "templates").rglob("*.html"), *(ROOT / "theme" / "static" / "js").glob("*.js")])


def singular_imperatives(text: str) -> list[str]:
    return [w for w in WORD.findall(text) if w.lower() in SINGULAR_IMPERATIVES]


def test_the_finder_knows_a_singular_imperative_from_the_polite_one():
    assert singular_imperatives("Izvēlies savu novadu un atver lapu.") == ["Izvēlies", "atver"]
    assert singular_imperatives("Izvēlieties savu novadu un atveriet lapu. Ieguldījums tavā nākotnē.") == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_and_scripts_use_the_polite_plural(path):
    assert singular_imperatives(path.read_text(encoding="utf-8")) == []
