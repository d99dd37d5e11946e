"""The live preview (`python -m kurzeme_visiem serve`) as a process for tests: started on a free port, stopped after."""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from built_site import PREVIEW_SETTINGS, ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str) -> tuple[int, str]:
    """GET ``path`` exactly as written (no normalisation), as a browser or an attacker could send it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", path, skip_host=False, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body


@contextlib.contextmanager
def running_preview(content: Path, output: Path) -> Iterator[int]:
    """Start the preview of ``content`` into ``output``; yield its port once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kurzeme_visiem", "serve", "-s", str(PREVIEW_SETTINGS), "-c", str(content),
         "-o", str(output), "--port", str(port)],
        cwd=output.parent, env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if get(port, "/")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            process.kill()
            pytest.fail(f"the preview did not start: {process.stdout.read()}")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
