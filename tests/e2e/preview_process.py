"""The live preview (`python -m kurzeme_visiem serve`) as a process for tests: started on a free port, stopped after."""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import tempfile
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
def running_server(arguments: list[str], cwd: Path, timeout: float = 60) -> Iterator[int]:
    """Start ``python -m kurzeme_visiem <arguments> --port N`` in ``cwd``; yield N once ``/`` answers 200."""
    port = free_port()
    log = tempfile.TemporaryFile("w+", encoding="utf-8")  # a file, not a pipe: a chatty server never blocks on it
    process = subprocess.Popen([sys.executable, "-m", "kurzeme_visiem", *arguments, "--port", str(port)], cwd=cwd,
                               env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")}, stdout=log,
                               stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if get(port, "/")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            process.kill()
            process.wait(timeout=10)
            log.seek(0)
            pytest.fail(f"`{arguments[0]}` did not start: {log.read()}")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def running_preview(content: Path, output: Path) -> contextlib.AbstractContextManager[int]:
    """Start the preview of ``content`` into ``output``; yield its port once it answers."""
    return running_server(["serve", "-s", str(PREVIEW_SETTINGS), "-c", str(content), "-o", str(output)], output.parent)
