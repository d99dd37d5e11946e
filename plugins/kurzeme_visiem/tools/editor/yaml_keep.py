"""Keep the bytes of a YAML file that the editor did not change.

Decap CMS writes a whole YAML file in its own style (quotes, flow lists, number forms). For every top-level key
whose value the editor did not change, :func:`keep_unchanged` puts back the original text of that key (with its
comments); only changed or new keys take the editor's text. A file whose data did not change at all is written
back byte for byte.
"""

from __future__ import annotations

import re

import yaml

# the line breaks PyYAML counts in its marks (not Python's splitlines, which also breaks at \x0b, \x0c, \x1c-\x1e)
YAML_LINE = re.compile(r"[^\r\n\x85\u2028\u2029]*(?:\r\n|[\r\n\x85\u2028\u2029]|$)")


def _load(text: str) -> object:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return _Unreadable


class _Unreadable:
    """Marker: the text is not YAML."""


def top_level_blocks(text: str) -> tuple[str, list[tuple[object, str]]] | None:
    """``(head, [(key, block text), ...])`` for a YAML mapping: ``head`` is what comes before the first key
    (comments, ``---``); each block runs from its key to the next key. ``None`` when not a block mapping."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    if not isinstance(node, yaml.MappingNode) or node.flow_style or not node.value:
        return None
    lines = [line for line in YAML_LINE.findall(text) if line]
    starts = [key.start_mark.line for key, _ in node.value]
    if any(key.start_mark.column != 0 for key, _ in node.value):
        return None
    keys = [yaml.safe_load(yaml.serialize(key)) for key, _ in node.value]
    ends = starts[1:] + [len(lines)]
    blocks = [(key, "".join(lines[start:end])) for key, start, end in zip(keys, starts, ends)]
    return "".join(lines[: starts[0]]), blocks


def keep_unchanged(old_text: str, new_text: str) -> str:
    """``new_text``'s data, written with ``old_text``'s bytes wherever a top-level value is unchanged."""
    old, new = _load(old_text), _load(new_text)
    if old is _Unreadable or new is _Unreadable:
        return new_text
    if old == new:
        return old_text
    old_split, new_split = top_level_blocks(old_text), top_level_blocks(new_text)
    if not (old_split and new_split and isinstance(old, dict) and isinstance(new, dict)):
        return new_text
    head, old_blocks = old_split
    new_blocks = dict(new_split[1])
    parts = [head]
    for key, block in old_blocks:
        if key in new:
            parts.append(block if old.get(key) == new[key] else new_blocks[key])
    parts += [block for key, block in new_split[1] if key not in old]
    parts = [part if part.endswith("\n") else part + "\n" for part in parts if part]
    merged = "".join(parts)
    return merged if _load(merged) == new else new_text
