"""Latvian plurals by CLDR's plural categories (Babel): ``zero``, ``one``, ``other``.

Latvian: ``one`` for 1, 21, 31, 101 … (not 11, 111); ``zero`` for 0, 10–20, 30, 40 …, 100, 111–119 …;
``other`` for the rest (2–9, 22–29 …). A noun after a number in the ``zero`` category takes the plural, as after
``other``, so ``zero`` defaults to ``other``: "21 rezultāts", "11 rezultāti", "10 rezultāti", "2 rezultāti".
"""

from __future__ import annotations

from babel import Locale

PLURAL_RULE = Locale("lv").plural_form


def category(count: int | float) -> str:
    """CLDR's plural category of ``count`` in Latvian: ``zero``, ``one`` or ``other``."""
    return PLURAL_RULE(count)


def plural(count: int | float, *, one: str, other: str, zero: str | None = None) -> str:
    """The form for ``count``; ``{n}`` in the chosen form is replaced by the number.

    >>> plural(21, one="Atrasts {n} rezultāts", other="Atrasti {n} rezultāti")
    'Atrasts 21 rezultāts'
    """
    forms = {"one": one, "other": other, "zero": other if zero is None else zero}
    return forms[category(count)].replace("{n}", str(count))
