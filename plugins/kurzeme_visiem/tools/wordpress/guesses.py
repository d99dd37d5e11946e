"""Guessing the partners and services a post names, in any common Latvian case form.

Each name (a partner's ``name`` and ``short_name``, a service's ``name``, and a service name without its last
word "pakalpojums") becomes a sequence of word patterns: the word's stem (its Latvian ending taken off) and any
Latvian noun or adjective ending, so ``Tukuma novads`` also matches ``Tukuma novadā``, ``Tukuma novada``,
``Tukuma novadam``; the stem's last consonant may alternate (``dzīvoklis`` → ``dzīvokļa``). Abbreviations in
capitals and words of up to three letters must match exactly. Where two names match overlapping words, the longer
match wins (``Talsu novada Strazdes bērnu nams`` is not also ``Talsu novads``). Every guess is listed in the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
ENDINGS = tuple(sorted(
    {
        "s", "š", "is", "us", "a", "e", "i", "u", "o", "ā", "ē", "ī", "ū", "as", "es", "ai", "ei", "am", "im", "um",
        "ij", "os", "ēs", "īs", "ās", "ām", "ēm", "īm", "iem", "ie", "ju", "ais", "ajam", "ajai", "ajā", "ajiem",
        "ajām", "ajos", "ajās", "ajo",
    },
    key=len,
    reverse=True,
))
ENDING_PATTERN = "(?:" + "|".join(ENDINGS) + ")?"
ALTERNATIONS = {"l": "ļ", "n": "ņ", "s": "š", "t": "š", "d": "ž", "z": "ž", "c": "č", "k": "c", "g": "dz"}
MIN_STEM = 3


@dataclass(frozen=True)
class Name:
    kind: str  # "partner" | "service"
    slug: str
    text: str  # the name as written in the YAML


@dataclass(frozen=True)
class Guess:
    kind: str
    slug: str
    name: str
    found: str  # the words in the post that matched


def word_pattern(word: str) -> re.Pattern[str]:
    """The pattern one word of a name matches, in any case form."""
    lowered = word.casefold()
    if (word.isupper() and len(word) > 1) or len(lowered) <= MIN_STEM:
        return re.compile(re.escape(lowered))
    stem = lowered
    for ending in ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM:
            stem = lowered[: -len(ending)]
            break
    stems = [stem]
    last = stem[-1]
    if last in ALTERNATIONS:
        stems.append(stem[:-1] + ALTERNATIONS[last])
    return re.compile("(?:" + "|".join(re.escape(s) for s in stems) + ")" + ENDING_PATTERN)


class NameMatcher:
    """All partner and service names, ready to be found in a text."""

    def __init__(self, names: Iterable[Name]):
        # by the first two letters of the name's first word (a stem keeps them, whatever the ending or alternation)
        self.by_start: dict[str, list[tuple[Name, list[re.Pattern[str]]]]] = {}
        for name in names:
            words = WORD.findall(name.text)
            if words:
                self.by_start.setdefault(words[0].casefold()[:2], []).append((name, [word_pattern(w) for w in words]))

    def find(self, text: str) -> list[Guess]:
        words = [(match.group().casefold(), match.start(), match.end()) for match in WORD.finditer(text)]
        spans: list[tuple[int, int, Name]] = []
        for start, (word, _, _) in enumerate(words):
            for name, patterns in self.by_start.get(word[:2], ()):
                size = len(patterns)
                if start + size <= len(words) and all(p.fullmatch(words[start + k][0]) for k, p in enumerate(patterns)):
                    spans.append((start, start + size, name))
        spans.sort(key=lambda span: (-(span[1] - span[0]), span[0]))
        kept: list[tuple[int, int, Name]] = []
        for span in spans:
            if not any(span[0] < other[1] and other[0] < span[1] and (other[1] - other[0]) > (span[1] - span[0]) for other in kept):
                kept.append(span)
        guesses: dict[tuple[str, str], Guess] = {}
        for start, end, name in sorted(kept, key=lambda span: span[0]):
            found = text[words[start][1]:words[end - 1][2]]
            guesses.setdefault((name.kind, name.slug), Guess(name.kind, name.slug, name.text, found))
        return list(guesses.values())


def load_names(content: Path) -> list[Name]:
    """Partner names and short names, service names (and without "pakalpojums"), from the YAML files."""
    names: list[Name] = []
    for kind, folder in (("partner", "partners"), ("service", "services")):
        for path in sorted((content / folder).glob("*.yaml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, yaml.YAMLError):
                continue  # make check reports a broken file; the import only guesses
            if not isinstance(data, dict):
                continue
            for key in ("name", "short_name"):
                value = data.get(key)
                if isinstance(value, str) and value.strip():
                    names.append(Name(kind, path.stem, value.strip()))
                    shorter = re.sub(r"\s+pakalpojums$", "", value.strip(), flags=re.I)
                    if kind == "service" and shorter != value.strip() and len(WORD.findall(shorter)) > 1:
                        names.append(Name(kind, path.stem, shorter))
    return names
