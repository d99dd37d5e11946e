"""The preview loop: save an edit and time until the preview *serves* the changed page.

Three previews run side by side on copies of the same corpus, edits alternating, each waiting for the others'
rebuilds to end: ours (``python -m kurzeme_visiem serve``), Hugo's ``hugo server`` (Debian's ``hugo``) and stock
Pelican's ``pelican --autoreload``. Ours and Hugo's are asked over HTTP (what the browser sees; ``hugo server``
renders to memory); stock Pelican's autoreload has no server, so its output file is read.

Edits (``EDITS``):
* ``body``: a paragraph appended to one news item → its own page shows it;
* ``title+date``: the same item gets a new title and the newest date → the first news list page shows the title
  (the lists change; on our site the title also makes the slug, so the item's URL changes too);
* ``partner``: a partner's short name changes → the partner's page shows it (ours only: the others have no partners).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

POLL = 0.005
TIMEOUT = 120.0
EDITS = ("body", "title+date", "partner")
PARTNER = "talsu-novads"  # in the demo content, with a short_name line


class HugoMissing(RuntimeError):
    """``hugo`` is not installed and cannot be installed here (only root may run apt-get)."""


def ensure_hugo() -> str:
    """The path of ``hugo``; installs Debian's package with apt-get when missing and running as root."""
    found = shutil.which("hugo")
    if found:
        return found
    if os.geteuid() != 0:
        raise HugoMissing("make bench compares with Hugo, which is not installed: run `sudo apt-get install hugo` "
                          "(Debian's package) and start make bench again")
    subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "hugo"], check=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    found = shutil.which("hugo")
    if not found:
        raise HugoMissing("apt-get install hugo ran, but no hugo is on PATH")
    return found


@dataclass
class Preview:
    """One running preview and how to read what it serves."""

    name: str
    process: subprocess.Popen
    read: Callable[[str], str]  # a URL path (or output-relative file) → the text served, "" when not available
    news_file: Path
    style: str  # "pelican": ``Key: value`` header; "hugo": YAML front matter
    urls: dict[str, str] = field(default_factory=dict)  # edit name → what to read after that edit
    partner_file: Path | None = None
    lines: list[str] = field(default_factory=list)

    def read_log(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_reader(port: int) -> Callable[[str], str]:
    def read(path: str) -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
                return response.read().decode("utf-8", "replace")
        except (urllib.error.URLError, OSError):
            return ""
    return read


def file_reader(output: Path) -> Callable[[str], str]:
    def read(path: str) -> str:
        relative = path.lstrip("/")
        if relative == "" or relative.endswith("/"):
            relative += "index.html"
        try:
            return (output / relative).read_text(encoding="utf-8")
        except OSError:
            return ""
    return read


def wait_until(predicate, timeout: float = TIMEOUT) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if predicate():
            return True
        time.sleep(POLL)
    return False


def start(name: str, command: list[str], cwd: Path, env: dict, read, news_file: Path, style: str) -> Preview:
    process = subprocess.Popen(command, cwd=cwd, env={**os.environ, **env}, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    preview = Preview(name, process, read, news_file, style)
    threading.Thread(target=preview.read_log, daemon=True).start()
    return preview


def _body_edit(preview: Preview, marker: str) -> None:
    text = preview.news_file.read_text(encoding="utf-8")
    preview.news_file.write_text(text + f"\n{marker}\n", encoding="utf-8")


def _title_date_edit(preview: Preview, marker: str, number: int) -> None:
    text = preview.news_file.read_text(encoding="utf-8")
    day = f"2026-01-{number + 1:02d}"  # newer than every item of the corpus: first in the lists
    if preview.style == "hugo":
        text = re.sub(r"(?m)^title: .*$", f"title: '{marker}'", text, count=1)
        text = re.sub(r"(?m)^date: .*$", f"date: {day}", text, count=1)
    else:
        text = re.sub(r"(?m)^Title: .*$", f"Title: {marker}", text, count=1)
        text = re.sub(r"(?m)^Date: .*$", f"Date: {day}", text, count=1)
    preview.news_file.write_text(text, encoding="utf-8")


def _partner_edit(preview: Preview, marker: str) -> None:
    text = preview.partner_file.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^short_name: .*$", f"short_name: '{marker}'", text, count=1)
    preview.partner_file.write_text(text, encoding="utf-8")


def edit_and_time(preview: Preview, edit: str, number: int) -> float:
    """Make one edit; seconds until the preview serves the page that shows it."""
    marker = f"Labojums {number} {time.time_ns()}"
    started = time.perf_counter()
    if edit == "body":
        _body_edit(preview, marker)
    elif edit == "title+date":
        _title_date_edit(preview, marker, number)
    else:
        _partner_edit(preview, marker)
    url = preview.urls[edit]
    if not wait_until(lambda: marker in preview.read(url)):
        raise TimeoutError(f"{preview.name}: {url} did not show the {edit} edit within {TIMEOUT} s")
    return time.perf_counter() - started


def settle(preview: Preview, quiet: float = 0.6) -> None:
    """Wait until the preview has logged nothing for ``quiet`` seconds (its rebuild ended)."""
    seen = -1
    while seen != len(preview.lines):
        seen = len(preview.lines)
        time.sleep(quiet)
