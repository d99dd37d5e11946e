"""The preview loop: save an edit to one news item and time until its page in the output has changed.

Our preview (``python -m kurzeme_visiem serve``) and stock Pelican's ``pelican --autoreload`` run side by side
on copies of the same corpus; edits alternate between them, each waiting for the other's rebuild to end.
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

POLL = 0.005
TIMEOUT = 60.0


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    news_file: Path
    output: Path
    page: Path | None = None
    lines: list[str] = field(default_factory=list)

    def read_output(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate, timeout: float = TIMEOUT) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if predicate():
            return True
        time.sleep(POLL)
    return False


def start(name: str, command: list[str], cwd: Path, env: dict, news_file: Path, output: Path) -> Server:
    process = subprocess.Popen(command, cwd=cwd, env={**os.environ, **env}, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    server = Server(name, process, news_file, output)
    threading.Thread(target=server.read_output, daemon=True).start()
    return server


def page_of(output: Path, title: str) -> Path:
    """The output file whose <title> is this news item's title."""
    found = [p for p in output.rglob("*.html") if f"<title>{title}" in p.read_text(encoding="utf-8")]
    if len(found) != 1:
        raise FileNotFoundError(f"{len(found)} pages titled {title!r} in {output}")
    return found[0]


def edit_and_time(server: Server, number: int) -> float:
    """Append a paragraph to the news item; seconds until its output page shows it."""
    marker = f"Labojums numur {number} {time.time_ns()}"
    text = server.news_file.read_text(encoding="utf-8")
    started = time.perf_counter()
    server.news_file.write_text(text + f"\n{marker}\n", encoding="utf-8")

    def changed() -> bool:
        try:
            return marker in server.page.read_text(encoding="utf-8")
        except OSError:
            return False

    if not wait_until(changed):
        raise TimeoutError(f"{server.name}: the page did not change within {TIMEOUT} s")
    return time.perf_counter() - started


def settle(server: Server, quiet: float = 0.6) -> None:
    """Wait until the server has written nothing to its log for ``quiet`` seconds (its rebuild ended)."""
    seen = -1
    while seen != len(server.lines):
        seen = len(server.lines)
        time.sleep(quiet)
