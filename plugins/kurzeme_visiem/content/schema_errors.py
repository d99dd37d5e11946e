"""Pydantic's validation errors turned into ``path:line`` problems an editor can act on."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ValidationError

from .problems import ContentProblem
from .suggest import did_you_mean
from .yaml_source import YamlDocument


def validate_record(model: type[BaseModel], document: YamlDocument) -> tuple[BaseModel | None, list[ContentProblem]]:
    """Validate one YAML document against ``model``; every field problem is reported."""
    if not isinstance(document.data, dict):
        found = "an empty file" if document.data is None else f"a {type(document.data).__name__}"
        return None, [
            ContentProblem.at(document.path, 1, f"expected fields like 'name: ...' at the top level, found {found}")
        ]
    try:
        return model.model_validate(document.data), []
    except ValidationError as error:
        return None, [
            ContentProblem.at(document.path, document.line_of(tuple(detail["loc"])), _message(model, detail))
            for detail in error.errors(include_url=False)
        ]


def _field_name(loc: tuple) -> str:
    names = [str(part) for part in loc if not isinstance(part, int)]
    return names[-1] if names else "value"


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel]:
    """The (nested) model that owns the last part of ``loc``."""
    current = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(str(part))
        if field is None:
            break
        annotation = field.annotation
        for candidate in (annotation, *getattr(annotation, "__args__", ())):
            inner = (candidate, *getattr(candidate, "__args__", ()))
            found = next((c for c in inner if isinstance(c, type) and issubclass(c, BaseModel)), None)
            if found:
                current = found
                break
    return current


def _choices(model: type[BaseModel], name: str) -> list[str]:
    field = model.model_fields.get(name)
    if field is None:
        return []
    annotation = field.annotation
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return [member.value for member in candidate]
    return []


def _message(model: type[BaseModel], detail: dict) -> str:
    loc = tuple(detail["loc"])
    kind = detail["type"]
    name = _field_name(loc)
    owner = _model_at(model, loc)
    if kind == "missing":
        return f"required field '{name}' is missing; add a line '{name}: ...'"
    if kind == "extra_forbidden":
        allowed = list(owner.model_fields)
        hint = did_you_mean(name, allowed, f"allowed fields: {', '.join(allowed)}")
        return f"unknown field '{name}'; {hint}"
    if kind == "enum":
        owner_field = _field_name(loc) if not isinstance(loc[-1], int) else str(loc[-2])
        choices = _choices(owner, owner_field)
        return f"'{detail['input']}' is not a valid {owner_field}; use one of: {', '.join(choices)}"
    if kind in ("string_type", "string_too_short"):
        return f"'{name}' must be non-empty text; write the value after the colon (quote it if it contains ': ' or '#')"
    if kind == "list_type":
        return f"'{name}' must be a list, e.g. {name}: [first, second]"
    if kind == "too_short":
        return f"'{name}' needs at least one item"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"'{name}' must hold fields (name: value pairs), not '{detail['input']}'"
    if kind in ("float_parsing", "float_type"):
        return f"'{name}' must be a number like 56.9670"
    if kind == "value_error":
        return f"{name}: {detail['msg'].removeprefix('Value error, ')}"
    return f"{name}: {detail['msg']}"
