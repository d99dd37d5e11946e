"""YAML files read with the line of every key kept, so each problem can say ``path:line``.

Timestamps are not resolved: ``2016-04-26`` stays text and is checked by the schema, so a bad
date is reported at its own line instead of failing the whole file.

Hostile or broken files answer with one problem at once, before anything is built from them: anchors and
aliases (``&a``/``*a``: nobody writes them by hand, and nested ones expand to gigabytes), nesting deeper than
:data:`MAX_DEPTH`, and control characters in a value (also when written as an escape such as ``"\\0"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from .messages import message
from .problems import ContentProblem, read_text

KeyPath = tuple[str | int, ...]
MAX_DEPTH = 50
OPENING = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken, yaml.FlowMappingStartToken,
           yaml.FlowSequenceStartToken)
CLOSING = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)
# C0 and C1 controls except tab and newline, DEL, and the separators str.splitlines() breaks lines at
CONTROL = frozenset(chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029])


class _TextDatesLoader(yaml.SafeLoader):
    """SafeLoader without the implicit timestamp resolver."""


class _AllTextLoader(yaml.SafeLoader):
    """SafeLoader that reads every plain scalar as text (no yes/no, numbers or dates)."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_AllTextLoader.yaml_implicit_resolvers = {}


@dataclass(frozen=True)
class YamlDocument:
    path: Path
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line_of(self, key_path: KeyPath) -> int:
        """The line of the deepest known key on ``key_path`` (1 when none is known)."""
        for end in range(len(key_path), 0, -1):
            if key_path[:end] in self.lines:
                return self.lines[key_path[:end]]
        return 1


class ParsedYaml:
    """``load_yaml`` results kept by file and given again while the file's bytes are the same (the live preview
    reads the directory again after one of its files changed: the others are not parsed again)."""

    def __init__(self) -> None:
        self._kept: dict[Path, tuple[bytes, YamlDocument | None, list[ContentProblem]]] = {}

    def load(self, path: Path) -> tuple[YamlDocument | None, list[ContentProblem]]:
        try:
            before = path.read_bytes()
        except OSError:
            return load_yaml(path)
        kept = self._kept.get(path)
        if kept is not None and kept[0] == before:
            return kept[1], list(kept[2])
        document, problems = load_yaml(path)
        try:
            if path.read_bytes() == before:  # what was parsed is what was read before (not a save in between)
                self._kept[path] = (before, document, list(problems))
        except OSError:
            pass
        return document, problems


def load_yaml(path: Path, *, all_text: bool = False) -> tuple[YamlDocument | None, list[ContentProblem]]:
    """Read one YAML file; return the document, or ``None`` and the problems that stopped it.

    With ``all_text`` every plain value and key is text (``ON`` stays ``'ON'``, not ``True``).
    """
    text, problems = read_text(path)
    if text is None:
        return None, problems
    loader_class = _AllTextLoader if all_text else _TextDatesLoader
    document, problems = _read_once(path, loader_class, text)
    if document is not None:
        return document, problems + _control_problems(document, document.data, ())
    return _read_checked(path, loader_class, text)


class _UnusualShape(Exception):
    """An anchor, an alias or nesting deeper than :data:`MAX_DEPTH` met while reading a file in one pass."""


class _ShapeGuard:
    """The shape rules of ``_shape_problem`` applied to each token as the parser takes it (a loader's mixin)."""

    _depth = 0

    def get_token(self):
        token = super().get_token()
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            raise _UnusualShape
        self._depth += isinstance(token, OPENING) - isinstance(token, CLOSING)
        if self._depth > MAX_DEPTH:
            raise _UnusualShape
        return token


class _GuardedTextDatesLoader(_ShapeGuard, _TextDatesLoader):
    pass


class _GuardedAllTextLoader(_ShapeGuard, _AllTextLoader):
    pass


_GUARDED = MappingProxyType({_TextDatesLoader: _GuardedTextDatesLoader, _AllTextLoader: _GuardedAllTextLoader})


def _read_once(path: Path, loader_class: type, text: str) -> tuple[YamlDocument | None, list[ContentProblem]]:
    """A well-formed file (the usual case) read by the scanner once: its document and duplicate-key problems.
    ``None`` for anything else (an error, an anchor, deep nesting), which ``_read_checked`` reads again and
    reports exactly as before: the shape check first, on the whole file, then the parser's first error."""
    loader = None
    try:
        loader = _GUARDED[loader_class](text)
        return _compose(path, loader)
    except (yaml.YAMLError, _UnusualShape):
        return None, []
    finally:
        if loader is not None:
            loader.dispose()


def _compose(path: Path, loader: yaml.SafeLoader) -> tuple[YamlDocument, list[ContentProblem]]:
    """The loader's one document, with the line of every key, and its duplicate keys."""
    node = loader.get_single_node()
    if node is None:
        return YamlDocument(path, None), []
    lines: dict[KeyPath, int] = {}
    problems = _index_lines(path, node, (), lines)
    return YamlDocument(path, loader.construct_document(node), lines), problems


def _read_checked(path: Path, loader_class: type, text: str) -> tuple[YamlDocument | None, list[ContentProblem]]:
    """Scan the whole file for its shape first, then parse it: every problem as the content writer sees it."""
    try:
        loader = loader_class(text)
    except yaml.reader.ReaderError as error:
        return None, [_reader_problem(path, text, error)]
    try:
        shape = _shape_problem(path, loader_class, text)
        if shape:
            return None, [shape]
        document, problems = _compose(path, loader)
    except yaml.reader.ReaderError as error:
        return None, [_reader_problem(path, text, error)]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if error.context_mark and error.problem_mark and error.problem_mark.line >= len(text.splitlines()):
            mark = error.context_mark  # the problem was found at the end of the file: point to where it began
        line = mark.line + 1 if mark else 1
        what = error.problem or error.context or "invalid YAML"
        return None, [ContentProblem.at(path, line, message("yaml.parse_at", detail=what))]
    except yaml.YAMLError as error:
        return None, [ContentProblem.at(path, 1, message("yaml.parse", detail=error))]
    finally:
        loader.dispose()
    return document, problems + _control_problems(document, document.data, ())


def _shape_problem(path: Path, loader_class: type, text: str) -> ContentProblem | None:
    """Anchors, aliases or too deep nesting, found by the scanner alone (no node is built): the first one."""
    depth = 0
    for token in yaml.scan(text, Loader=loader_class):
        line = token.start_mark.line + 1
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            sign = "&" if isinstance(token, yaml.AnchorToken) else "*"
            return ContentProblem.at(path, line, message("yaml.anchor", sign=sign, name=token.value))
        depth += isinstance(token, OPENING) - isinstance(token, CLOSING)
        if depth > MAX_DEPTH:
            return ContentProblem.at(path, line, message("yaml.too_deep", depth=MAX_DEPTH))
    return None


def _control_problems(document: YamlDocument, data: Any, key_path: KeyPath) -> list[ContentProblem]:
    """Control characters in any key or text value (an escape like ``"\\0"`` or ``"\\e"`` gets past the reader)."""
    if isinstance(data, str):
        bad = next((c for c in data if c in CONTROL), None)
        if bad is None:
            return []
        return [ContentProblem.at(document.path, document.line_of(key_path),
                                  message("yaml.control_character", code=f"{ord(bad):04X}"))]
    problems = []
    if isinstance(data, dict):
        for key, value in data.items():
            problems += _control_problems(document, str(key), key_path + (str(key),))
            problems += _control_problems(document, value, key_path + (str(key),))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            problems += _control_problems(document, item, key_path + (index,))
    return problems


def _reader_problem(path: Path, text: str, error: yaml.reader.ReaderError) -> ContentProblem:
    """A character YAML does not allow (a control character such as NUL), at its line."""
    line = text[: max(error.position, 0)].count("\n") + 1
    return ContentProblem.at(path, line, message("yaml.bad_character", code=f"{error.character:04X}"))


def _index_lines(path: Path, node: yaml.Node, key_path: KeyPath, lines: dict[KeyPath, int]) -> list[ContentProblem]:
    problems: list[ContentProblem] = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(
                    ContentProblem.at(path, line, message("field.twice", key=key, line=seen[key]))
                )
            seen[key] = line
            lines[key_path + (key,)] = line
            problems += _index_lines(path, value_node, key_path + (key,), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[key_path + (index,)] = item.start_mark.line + 1
            problems += _index_lines(path, item, key_path + (index,), lines)
    return problems
