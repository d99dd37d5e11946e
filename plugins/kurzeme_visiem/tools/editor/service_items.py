"""A partner's ``services:`` list as the editor shows it, and back.

The contract allows two kinds of item in one list (content/availability.py): a bare service slug (status unknown)
and a sourced entry ``{service, status, since, ...}``. Decap's list widget holds items of one kind only, so the
editor sees every bare slug as an entry with nothing but ``service``; on save, such an entry is written back as the
bare slug. A file without bare slugs travels unchanged; the backend then keeps every unchanged key's original bytes
(yaml_keep.py), so opening and saving a partner changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import yaml

PARTNERS = "partners/"


def _is_partner(relative: str) -> bool:
    return relative.startswith(PARTNERS) and relative.endswith((".yaml", ".yml"))


def _reshaped(text: str, item: Callable[[object], object], needed: Callable[[object], bool]) -> str:
    """``text`` with every item of ``services:`` passed through ``item``, or ``text`` itself when no item needs it
    (or the text is not a partner mapping: the content check reports that, not the editor)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return text
    services = data.get("services") if isinstance(data, dict) else None
    if not isinstance(services, list) or not any(needed(entry) for entry in services):
        return text
    data["services"] = [item(entry) for entry in services]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)


def _bare(entry: object) -> bool:
    return isinstance(entry, str)


def _slug_only(entry: object) -> bool:
    return isinstance(entry, dict) and list(entry) == ["service"] and isinstance(entry["service"], str)


def for_editor(relative: str, text: str) -> str:
    """The text the editor reads: bare slugs in a partner's ``services:`` become ``{service: slug}``."""
    if not _is_partner(relative):
        return text
    return _reshaped(text, lambda entry: {"service": entry} if _bare(entry) else entry, _bare)


def from_editor(relative: str, text: str) -> str:
    """The text to store: an entry of a partner's ``services:`` holding only ``service`` becomes the bare slug."""
    if not _is_partner(relative):
        return text
    return _reshaped(text, lambda entry: entry["service"] if _slug_only(entry) else entry, _slug_only)
