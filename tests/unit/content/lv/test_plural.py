import json
import shutil
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurzeme_visiem.content.lv.plural import category, plural

FOUND = {"one": "Atrasts {n} rezultāts", "other": "Atrasti {n} rezultāti"}


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (1, "Atrasts 1 rezultāts"), (21, "Atrasts 21 rezultāts"), (31, "Atrasts 31 rezultāts"),
        (101, "Atrasts 101 rezultāts"), (11, "Atrasti 11 rezultāti"), (111, "Atrasti 111 rezultāti"),
        (2, "Atrasti 2 rezultāti"), (10, "Atrasti 10 rezultāti"), (20, "Atrasti 20 rezultāti"),
        (0, "Atrasti 0 rezultāti"),
    ],
)
def test_search_count(count, text):
    assert plural(count, **FOUND) == text


def test_zero_form_when_given():
    assert plural(0, one="{n} ziņa", other="{n} ziņas", zero="Nav ziņu") == "Nav ziņu"
    assert plural(10, one="{n} ziņa", other="{n} ziņas", zero="{n} ziņu") == "10 ziņu"


def test_categories_are_cldr():
    assert [category(n) for n in (0, 1, 2, 10, 11, 19, 21, 22, 30, 31, 111, 121)] == [
        "zero", "one", "other", "zero", "zero", "zero", "one", "other", "zero", "one", "zero", "one"]


@given(st.integers(0, 10**6))
def test_one_exactly_for_numbers_ending_in_1_but_not_11(n):
    assert (category(n) == "one") == (n % 10 == 1 and n % 100 != 11)


def test_the_browsers_plural_rules_are_babels():
    """search.js counts with Intl.PluralRules("lv") (ICU's CLDR data): the same categories as Babel's."""
    node = shutil.which("node")
    assert node, "node is not installed"
    script = 'const r = new Intl.PluralRules("lv"); console.log(JSON.stringify([...Array(1001).keys()].map(n => r.select(n))))'
    browser = json.loads(subprocess.run([node, "-e", script], capture_output=True, text=True, check=True).stdout)
    assert browser == [category(n) for n in range(1001)]
