"""Pydantic's validation errors turned into ``path:line`` problems an editor can act on."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ValidationError

from .messages import message
from .problems import ContentProblem
from .suggest import did_you_mean
from .yaml_source import YamlDocument


def validate_record(model: type[BaseModel], document: YamlDocument) -> tuple[BaseModel | None, list[ContentProblem]]:
    """Validate one YAML document against ``model``; every field problem is reported."""
    if not isinstance(document.data, dict):
        found = message("schema.found_empty") if document.data is None else message("schema.found_type", kind=type(document.data).__name__)
        return None, [
            ContentProblem.at(document.path, 1, message("schema.not_fields", found=found))
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
        return message("schema.missing", name=name)
    if kind == "extra_forbidden":
        allowed = list(owner.model_fields)
        hint = did_you_mean(name, allowed, message("hint.allowed_fields", fields=", ".join(allowed)))
        return message("field.unknown", field=name, hint=hint)
    if kind == "enum":
        owner_field = _field_name(loc) if not isinstance(loc[-1], int) else str(loc[-2])
        choices = _choices(owner, owner_field)
        return message("schema.enum", value=detail["input"], field=owner_field, choices=", ".join(choices))
    if kind in ("string_type", "string_too_short"):
        return message("schema.text", name=name)
    if kind == "list_type":
        return message("schema.list", name=name)
    if kind == "too_short":
        return message("schema.too_short", name=name)
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return message("schema.mapping", name=name, value=detail["input"])
    if kind in ("float_parsing", "float_type"):
        return message("schema.number", name=name)
    if kind == "value_error":
        return f"{name}: {detail['msg'].removeprefix('Value error, ')}"
    return f"{name}: {detail['msg']}"
