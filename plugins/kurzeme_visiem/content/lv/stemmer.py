"""A light Latvian stemmer for search: one stem for the inflected forms of a word.

Written for this site in the spirit of the published light stemmers for Latvian (suffix stripping of noun,
adjective and verb endings with a minimum stem, consonant alternations undone), not a port of any of them:

1. lower case, and the diacritics folded (``ā→a``, ``č→c``, ``ģ→g``, ``ķ→k``, ``ļ→l``, ``ņ→n``, ``š→s``,
   ``ž→z``, ...), so typing without diacritics finds the same stem, and the palatal alternations
   ``ļ/l``, ``ņ/n``, ``č/c``, ``ķ/k``, ``ģ/g``, ``š/s``, ``ž/z`` are undone on the way;
2. the longest ending of :data:`ENDINGS` that leaves a stem of at least :data:`MIN_STEM` letters with a vowel
   is taken off;
3. the remaining alternations at the end of the stem are undone: the epenthetic ``j`` after a labial
   (``zemju→zem``, ``upju→up``), ``š`` from ``t`` and ``ž`` from ``d`` (``lietuvieša→lietuviet``,
   ``brieža→bried`` — after folding both read ``s``/``z``, so the stems ending in ``s``/``z`` and ``t``/``d``
   share one form), ``c`` from ``k`` (``lāču``/``lācis`` are folded already);
4. steps 2–3 repeat until nothing more comes off, so ``stem(stem(w)) == stem(w)``.

The same algorithm is in ``theme/static/js/stemmer.js`` for the query typed in the search box; the tests run
both on one word list and require identical stems.
"""

from __future__ import annotations

import re
import unicodedata

FOLD = str.maketrans({
    "ā": "a", "č": "c", "ē": "e", "ģ": "g", "ī": "i", "ķ": "k", "ļ": "l", "ņ": "n", "ō": "o", "ŗ": "r",
    "š": "s", "ū": "u", "ž": "z",
})

# Folded endings, longest first (nouns of all six declensions, adjectives indefinite and definite, participles'
# case endings, verb infinitives and reflexive forms). After folding, e.g. "ām"/"am" and "ās"/"as" are one ending.
ENDINGS = tuple(sorted({
    # adjectives, definite
    "ajiem", "ajam", "ajai", "ajos", "ajas", "aja", "ais", "ajie",
    # nouns and adjectives: dative/locative plural, genitive, nominative ...
    "iem", "ies", "ties", "ams", "ai", "ei", "am", "em", "im", "us", "as", "es", "os", "is", "ie",
    "a", "e", "i", "o", "u", "s",
    # verbs: infinitive, present plural, past
    "ot", "et", "it", "at",
}, key=lambda ending: (-len(ending), ending)))

MIN_STEM = 3
VOWELS = frozenset("aeiouy")
LABIAL_J = re.compile(r"([pbmvf])j$")
WORD = re.compile(r"[^\W_]+", re.UNICODE)
ALTERNATION_END = {"s": "t", "z": "d", "c": "k"}
_MAX_ROUNDS = 16


def fold(word: str) -> str:
    """Lower case without Latvian diacritics (other accented letters lose their accent too)."""
    lowered = unicodedata.normalize("NFC", word.lower()).translate(FOLD)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(char for char in decomposed if unicodedata.category(char) != "Mn")


def _has_vowel(text: str) -> bool:
    return any(char in VOWELS for char in text)


def _strip_once(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if len(stem) >= MIN_STEM and _has_vowel(stem):
                return stem
    return word


def _undo_alternation(stem: str) -> str:
    stem = LABIAL_J.sub(r"\1", stem) if len(stem) > MIN_STEM else stem
    last = stem[-1:]
    if last in ALTERNATION_END and len(stem) > MIN_STEM and stem[-2:-1] not in ("s", "z", "t", "d"):
        # "s" and "t" end stems alike after folding ("š" < "t"); one spelling for both: the plain consonant
        return stem[:-1] + ALTERNATION_END[last]
    return stem


def stem(word: str) -> str:
    """The stem of one word; words with digits, and words too short to strip, come back folded only."""
    current = fold(word.strip())
    if not current.isalpha():
        return current
    for _ in range(_MAX_ROUNDS):
        stripped = _strip_once(current)
        if stripped == current:
            break
        current = _undo_alternation(stripped)
    return current


def stems(text: str) -> list[str]:
    """The stem of every word of ``text``, in order (numbers kept as they are)."""
    return [stem(word) for word in WORD.findall(unicodedata.normalize("NFC", text))]
