"""Every message the content writer sees (``make check``, build, preview, newpost), in Latvian and English.

One catalogue, one function. Latvian is the default; developers get English with the environment variable
``KV_LANG=en`` or ``--lang en`` on the command line (which sets ``KV_LANG`` for the build's worker processes too).

Adding a message: put a key in :data:`CATALOGUE` with its ``lv`` and ``en`` text (``str.format`` fields in braces,
the same fields in both), then call ``message("key", field=value)``. A text that depends on a count is a mapping of
CLDR plural categories (``one``/``other``, Latvian also ``zero``, which falls back to ``other``), chosen by the
``count`` field; ``{count}`` is the number. ``tests/unit/content/test_messages.py`` checks that every key has
both languages with the same fields, so a missing translation fails the tests, not the writer's build.
"""

from __future__ import annotations

import os
import string
from typing import Mapping, Union

from babel import Locale

LANGUAGES = ("lv", "en")
DEFAULT_LANGUAGE = "lv"
ENVIRONMENT_VARIABLE = "KV_LANG"

Text = Union[str, Mapping[str, str]]  # a text, or its plural forms by CLDR category

CATALOGUE: dict[str, dict[str, Text]] = {
    # the command line: check, build, preview, newpost, deploy
    "check.done": {
        "lv": "Satura pārbaude: {errors}, {warnings}.",
        "en": "Content check: {errors}, {warnings}.",
    },
    "count.errors": {
        "lv": {"one": "{count} kļūda", "other": "{count} kļūdas"},
        "en": {"one": "{count} error", "other": "{count} errors"},
    },
    "count.warnings": {
        "lv": {"one": "{count} brīdinājums", "other": "{count} brīdinājumi"},
        "en": {"one": "{count} warning", "other": "{count} warnings"},
    },
    "count.problems": {
        "lv": {"one": "{count} problēma", "other": "{count} problēmas"},
        "en": {"one": "{count} problem", "other": "{count} problems"},
    },
    "build.stopped": {
        "lv": "Būvēšana apturēta: {problems}; {output}/ palika tāda, kāda bija.",
        "en": "Build stopped: {problems}; {output}/ was left as it was.",
    },
    "build.done": {
        "lv": "Uzbūvēti {files} faili mapē {output}/ {seconds} s laikā.",
        "en": "Built {files} files into {output}/ in {seconds} s.",
    },
    "preview.not_updated": {
        "lv": "Priekšskatījums netika atjaunināts: {problems}; joprojām redzama pēdējā labā versija.",
        "en": "Preview not updated: {problems}; still showing the last good build.",
    },
    "preview.rebuilt": {
        "lv": "Pārbūvēti {files} faili {seconds} s laikā.",
        "en": "Rebuilt {files} files in {seconds} s.",
    },
    "preview.address": {
        "lv": "Priekšskatījums: http://{host}:{port}/  (Ctrl+C to aptur)",
        "en": "Preview: http://{host}:{port}/  (Ctrl+C stops it)",
    },
    "newpost.created": {
        "lv": "Izveidots {path} (Status: draft). Atveriet to, uzrakstiet tekstu un skatiet to ar make serve "
              "adresē http://127.0.0.1:8000/.",
        "en": "Created {path} (Status: draft). Open it, write the text, and see it at http://127.0.0.1:8000/ "
              "with make serve.",
    },
    "deploy.refused": {
        "lv": "Publicēšana atteikta: {reason}",
        "en": "Deploy refused: {reason}",
    },
    "problem.warning": {
        "lv": "brīdinājums: ",
        "en": "warning: ",
    },
}


class UnknownMessage(KeyError):
    """A message key that is not in the catalogue (a programming error, caught by the tests)."""


def language(environ: Mapping[str, str] | None = None) -> str:
    """``lv`` unless ``KV_LANG`` asks for English (``en``, ``en_GB``, ``EN`` ...)."""
    wanted = (environ if environ is not None else os.environ).get(ENVIRONMENT_VARIABLE, "").strip().lower()
    code = wanted.replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def plural_category(count: int | float, lang: str) -> str:
    return Locale(lang).plural_form(count)


def message(key: str, /, *, lang: str | None = None, **fields: object) -> str:
    """The text of ``key`` in the writer's language with ``fields`` filled in."""
    try:
        entry = CATALOGUE[key]
    except KeyError:
        raise UnknownMessage(key) from None
    lang = lang or language()
    text = entry[lang]
    if not isinstance(text, str):
        category = plural_category(fields["count"], lang)
        text = text.get(category) or text["other"]
    return text.format(**fields)


def counted(key: str, count: int, *, lang: str | None = None) -> str:
    """A count with its noun: ``counted("count.errors", 21)`` → ``21 kļūda``."""
    return message(key, lang=lang, count=count)


def fields_of(text: Text) -> set[str]:
    forms = [text] if isinstance(text, str) else list(text.values())
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name}
