"""Latvian alphabetical order (a ā b c č ... z ž), for lists of names."""

from __future__ import annotations

LATVIAN_ALPHABET = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž"
_RANK = {letter: index for index, letter in enumerate(LATVIAN_ALPHABET)}


def lv_sort_key(text: str) -> tuple:
    """Sort key placing Latvian letters in dictionary order; other characters after, by code point."""
    return tuple(
        (0, _RANK[char]) if char in _RANK else (1, ord(char))
        for char in text.casefold()
        if char.isalnum()
    )
