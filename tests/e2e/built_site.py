"""Helpers for end-to-end tests: run the real build command and read the HTML it wrote."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
DEMO_CONTENT = ROOT / "content"
PREVIEW_SETTINGS = ROOT / "pelicanconf.py"
PUBLISH_SETTINGS = ROOT / "publishconf.py"
# the header of a 16 × 8 GIF: enough for the size reader, as a test picture
GIF_16_BY_8 = b"GIF89a\x10\x00\x08\x00\x80\x00\x00" + bytes(16)


def run_build(content: Path, output: Path, settings: Path = PREVIEW_SETTINGS, cwd: Path | None = None,
              env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m kurzeme_visiem build`` as ``make html`` runs it."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kurzeme_visiem", "build", "-s", str(settings), "-c", str(content), "-o", str(output)],
        cwd=cwd or content.parent, env=environment, capture_output=True, text=True, timeout=300,
    )


def copy_as_deployed(output: Path, target: Path) -> subprocess.CompletedProcess:
    """Copy a public build made for a local address (``http://127.0.0.1:PORT``) with ``make deploy``'s rsync options
    and dot-file filters: ``make deploy`` itself refuses such a build (``tests/unit/tools/test_deploy.py``)."""
    from kurzeme_visiem.tools.deploy import DOT_FILE_FILTERS, RSYNC_OPTIONS

    return subprocess.run(["rsync", *RSYNC_OPTIONS, *DOT_FILE_FILTERS, f"{output}/", f"{target}/"],
                          capture_output=True, text=True, timeout=120)


def copy_demo_content(target: Path) -> Path:
    shutil.copytree(DEMO_CONTENT, target)
    return target


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with the SHA-256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


@dataclass
class BuiltSite:
    output: Path

    def file_for(self, url: str) -> Path:
        """The file the static server sends for a public URL (``/a/b/`` → ``a/b/index.html``)."""
        relative = url.lstrip("/")
        if relative == "" or relative.endswith("/"):
            relative += "index.html"
        return self.output / relative

    def exists(self, url: str) -> bool:
        return self.file_for(url).is_file()

    def page(self, url: str) -> BeautifulSoup:
        path = self.file_for(url)
        assert path.is_file(), f"{url} was not built ({path})"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    def html_files(self) -> list[Path]:
        return sorted(self.output.rglob("*.html"))

    def url_of(self, path: Path) -> str:
        relative = path.relative_to(self.output).as_posix()
        return "/" + relative.removesuffix("index.html")
