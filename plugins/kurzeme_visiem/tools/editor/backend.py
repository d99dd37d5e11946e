"""The protocol of Decap CMS's local backend (``decap-server``, ``POST /api/v1`` with ``{action, params}``),
answered for ``content/`` only, with the content check on every save.

Actions, as decap-server 3.11 answers them: ``info``, ``entriesByFolder``, ``entriesByFiles``, ``getEntry``,
``persistEntry``, ``getMedia``, ``getMediaFile``, ``persistMedia``, ``deleteFile``, ``deleteFiles``,
``getDeployPreview``. Errors are ``{"error": "..."}`` with a 4xx status; the editor shows the text.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..file_bytes import sha256, write_atomic
from .paths import PathRefused, relative_name, resolve_inside
from .save_check import Checker, new_errors
from .service_items import for_editor, from_editor
from .yaml_keep import keep_unchanged

MAX_DEPTH = 5


@dataclass(frozen=True)
class Reply:
    status: int
    body: object


class SaveRefused(Exception):
    """The content check found errors in a save; nothing was written."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def _holds(path: Path, data: bytes) -> bool:
    """The file already has exactly these bytes (then it is not touched, and the preview does not rebuild)."""
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


class EditorBackend:
    """One content folder, one check. ``handle`` never raises for a bad request: it answers with an error."""

    def __init__(self, root: Path, check: Checker, on_saved: Callable[[list[str]], None] | None = None):
        self.root = root.resolve()
        self.check = check
        self.on_saved = on_saved

    def handle(self, body: object) -> Reply:
        if not isinstance(body, dict) or not isinstance(body.get("action"), str):
            return Reply(422, {"error": "pieprasījumā nav darbības (action)"})
        params = body.get("params") or {}
        action = getattr(self, f"_{body['action']}", None)
        if action is None or not isinstance(params, dict):
            return Reply(422, {"error": f"Unknown action {body['action']}"})
        try:
            return Reply(200, action(params))
        except PathRefused as refused:
            return Reply(403, {"error": str(refused)})
        except SaveRefused as refused:
            return Reply(422, {"error": "Saturs nav saglabāts — pārbaude atrada kļūdas:\n" + str(refused),
                               "problems": refused.problems})
        except (KeyError, TypeError, ValueError, binascii.Error) as bad:
            return Reply(422, {"error": f"nepareizs pieprasījums: {bad}"})
        except FileNotFoundError as missing:
            return Reply(404, {"error": f"fails nav atrasts: {missing.filename}"})

    # --- reading -------------------------------------------------------------------------------------------
    def _info(self, params: dict) -> dict:
        return {"repo": self.root.name, "publish_modes": ["simple"], "type": "local_fs"}

    def _entry(self, relative: str, label: object = None) -> dict:
        try:
            data = resolve_inside(self.root, relative).read_bytes()
        except (OSError, PathRefused):
            return {"data": None, "file": {"path": relative, "label": label, "id": None}}
        text = for_editor(relative, data.decode("utf-8"))
        return {"data": text, "file": {"path": relative, "label": label, "id": sha256(data)}}

    def _files(self, folder: str, extension: str, depth: int) -> list[str]:
        start = resolve_inside(self.root, folder)
        if not start.is_dir():
            return []
        found = []
        for directory, subfolders, files in os.walk(start):
            here = Path(directory)
            level = len(here.relative_to(start).parts) + 1
            subfolders[:] = sorted(s for s in subfolders if not s.startswith(".")) if level < depth else []
            for name in sorted(files):
                path = here / name
                if name.startswith(".") or not name.endswith(extension) or path.is_symlink():
                    continue
                found.append(relative_name(self.root, path))
        return found

    def _entriesByFolder(self, params: dict) -> list[dict]:
        depth = min(int(params.get("depth") or 1), MAX_DEPTH)
        return [self._entry(path) for path in self._files(params["folder"], params.get("extension") or "", depth)]

    def _entriesByFiles(self, params: dict) -> list[dict]:
        return [self._entry(file["path"], file.get("label")) for file in params["files"]]

    def _getEntry(self, params: dict) -> dict:
        return self._entry(params["path"])

    def _media_file(self, relative: str) -> dict:
        data = resolve_inside(self.root, relative).read_bytes()
        return {"id": sha256(data), "content": base64.b64encode(data).decode("ascii"), "encoding": "base64",
                "path": relative, "name": Path(relative).name}

    def _getMedia(self, params: dict) -> list[dict]:
        return [self._media_file(path) for path in self._files(params["mediaFolder"], "", 1)]

    def _getMediaFile(self, params: dict) -> dict:
        return self._media_file(params["path"])

    def _getDeployPreview(self, params: dict) -> None:
        return None

    # --- writing: every change goes through the content check ----------------------------------------------
    def _apply(self, writes: dict[str, bytes | None]) -> None:
        targets = {relative: resolve_inside(self.root, relative) for relative in writes}
        writes = {r: d for r, d in writes.items() if not (d is not None and _holds(targets[r], d))}  # same bytes
        if not writes:
            return
        problems = new_errors(self.root, {relative_name(self.root, targets[r]): d for r, d in writes.items()}, self.check)
        if problems:
            raise SaveRefused(problems)
        for relative, data in writes.items():
            if data is None:
                targets[relative].unlink(missing_ok=True)
            else:
                write_atomic(targets[relative], data)
        if self.on_saved:
            self.on_saved(sorted(writes))

    def _entry_bytes(self, relative: str, raw: str) -> bytes:
        """The new text of an entry; for YAML, the original bytes of every unchanged top-level key."""
        target = resolve_inside(self.root, relative)
        raw = from_editor(relative, raw)
        if relative.endswith((".yaml", ".yml")) and target.is_file():
            return keep_unchanged(target.read_text(encoding="utf-8"), raw).encode("utf-8")
        return raw.encode("utf-8")

    @staticmethod
    def _asset(asset: dict) -> tuple[str, bytes]:
        if asset.get("encoding") != "base64":
            raise ValueError("attēlam jābūt base64")
        return asset["path"], base64.b64decode(asset["content"], validate=True)

    def _persistEntry(self, params: dict) -> dict:
        data_files = params.get("dataFiles") or [params["entry"]]
        writes: dict[str, bytes | None] = {}
        for asset in params.get("assets") or []:
            path, data = self._asset(asset)
            writes[path] = data
        for data_file in data_files:
            writes[data_file["path"]] = self._entry_bytes(data_file["path"], data_file["raw"])
        if all(data_file.get("newPath") for data_file in data_files):  # renamed: write the new path, drop the old
            for data_file in data_files:
                writes[data_file["newPath"]] = writes.pop(data_file["path"])
                writes[data_file["path"]] = None
        self._apply(writes)
        return {"message": "entry persisted"}

    def _persistMedia(self, params: dict) -> dict:
        path, data = self._asset(params["asset"])
        self._apply({path: data})
        return self._media_file(path)

    def _deleteFile(self, params: dict) -> dict:
        self._apply({params["path"]: None})
        return {"message": f"deleted file {params['path']}"}

    def _deleteFiles(self, params: dict) -> dict:
        self._apply({path: None for path in params["paths"]})
        return {"message": f"deleted files {', '.join(params['paths'])}"}
