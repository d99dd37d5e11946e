"""Waiting for a server process the tests started (nginx, SeaweedFS) until it answers HTTP."""

from __future__ import annotations

import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable


def wait_until_answering(process: subprocess.Popen, url: str, *, name: str, seconds: int, interval: float,
                         output: Callable[[], str], failure: type[Exception] = RuntimeError) -> urllib.error.HTTPError | None:
    """Poll ``url`` until ``process`` answers: ``None`` for a success, the ``HTTPError`` when it answers with an error
    (the caller says what that means). Raises ``failure`` when the process exits first (with ``output()``) or stays
    silent for ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise failure(f"{name} exited: {output()}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return None
        except urllib.error.HTTPError as error:
            return error
        except (urllib.error.URLError, ConnectionError):
            time.sleep(interval)
    raise failure(f"{name} did not answer within {seconds} s")
