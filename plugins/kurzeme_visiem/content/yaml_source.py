"""YAML files read with the line of every key kept, so each problem can say ``path:line``.

Timestamps are not resolved: ``2016-04-26`` stays text and is checked by the schema, so a bad
date is reported at its own line instead of failing the whole file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .messages import message
from .problems import ContentProblem, read_text

KeyPath = tuple[str | int, ...]


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


def load_yaml(path: Path, *, all_text: bool = False) -> tuple[YamlDocument | None, list[ContentProblem]]:
    """Read one YAML file; return the document, or ``None`` and the problems that stopped it.

    With ``all_text`` every plain value and key is text (``ON`` stays ``'ON'``, not ``True``).
    """
    text, problems = read_text(path)
    if text is None:
        return None, problems
    try:
        loader = (_AllTextLoader if all_text else _TextDatesLoader)(text)
    except yaml.reader.ReaderError as error:
        return None, [_reader_problem(path, text, error)]
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(path, None), []
        lines: dict[KeyPath, int] = {}
        problems = _index_lines(path, node, (), lines)
        data = loader.construct_document(node)
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
    return YamlDocument(path, data, lines), problems


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
