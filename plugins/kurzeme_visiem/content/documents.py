"""The project's documents (``content/documents/``): each file and its optional YAML description.

A document ``di-plans.pdf`` may have ``di-plans.pdf.yaml`` next to it::

    title: Kurzemes reģiona deinstitucionalizācijas plāns   # the name in lists and links
    date: 2017-06-30                                         # YYYY-MM-DD
    description: Viena teikuma apraksts.
    language: lv                                             # lv (default) | en | ru | ...

Every field is optional; a document without a title is listed under its file name and ``make check`` warns
(``path:line``). Problems are in Latvian, for the content writer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .lv.dates import BadDate, parse_contract_date
from .messages import message
from .problems import ContentProblem
from .yaml_source import load_yaml

DOCUMENTS_DIR = "documents"
SIDECAR = ".yaml"
FIELDS = ("title", "date", "description", "language")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True)
class Document:
    path: str  # relative to content/, e.g. documents/di-plans.pdf (also its URL below SITEURL)
    size: int  # bytes
    title: str | None = None
    date: dt.date | None = None
    description: str | None = None
    language: str = "lv"

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def kind(self) -> str:
        """``PDF``, ``DOCX``, ``XLSX``...: the file type as people know it."""
        return Path(self.path).suffix.lstrip(".").upper() or "fails"

    @property
    def display_title(self) -> str:
        return self.title or self.name


def load_documents(content_path: Path) -> tuple[list[Document], list[ContentProblem]]:
    """Every file under ``content/documents/`` with its description; problems at ``path:line``."""
    folder = content_path / DOCUMENTS_DIR
    if not folder.is_dir():
        return [], []
    documents: list[Document] = []
    problems: list[ContentProblem] = []
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    for path in files:
        if path.suffix == SIDECAR and path.with_suffix("").is_file():
            continue  # a document's description: read with its document
        if path.suffix == SIDECAR and path.name.count(".") >= 2:
            problems.append(ContentProblem.at(path, 1, message("document.orphan_description", name=path.name,
                                                                document=path.with_suffix("").name)))
            continue
        document, found = _read(content_path, path)
        documents.append(document)
        problems += found
    return documents, problems


def _read(content_path: Path, path: Path) -> tuple[Document, list[ContentProblem]]:
    relative = path.relative_to(content_path).as_posix()
    size = path.stat().st_size
    sidecar = path.with_name(path.name + SIDECAR)
    if not sidecar.is_file():
        return Document(relative, size), [ContentProblem.at(
            path, 1, message("document.no_title", name=sidecar.name),
            warning=True)]
    loaded, problems = load_yaml(sidecar, all_text=True)
    if loaded is None:
        return Document(relative, size), problems
    data = loaded.data if loaded.data is not None else {}
    if not isinstance(data, dict):
        return Document(relative, size), problems + [ContentProblem.at(
            sidecar, 1, message("document.not_fields"))]
    values: dict = {}
    for key, value in data.items():
        line = loaded.line_of((key,))
        if key not in FIELDS:
            problems.append(ContentProblem.at(sidecar, line, message("document.unknown_field", key=key,
                                                                            fields=", ".join(FIELDS))))
            continue
        if value is None or str(value).strip() == "":
            continue
        if not isinstance(value, str):
            problems.append(ContentProblem.at(sidecar, line, message("document.not_text", key=key)))
            continue
        text = " ".join(value.split())
        if key == "date":
            try:
                values["date"] = parse_contract_date(text, allow_time=False).date()
            except BadDate:
                problems.append(ContentProblem.at(sidecar, line, message("document.bad_date", text=text)))
        elif key == "language":
            if _LANGUAGE.match(text):
                values["language"] = text
            else:
                problems.append(ContentProblem.at(sidecar, line, f"valoda '{text}' nav divu burtu kods (lv, en, ru)"))
        else:
            values[key] = text
    if "title" not in values:
        problems.append(ContentProblem.at(
            sidecar, loaded.line_of(("title",)), "dokumentam nav nosaukuma: pierakstiet rindu 'title: Dokumenta nosaukums'",
            warning=True))
    return Document(relative, size, **values), problems
