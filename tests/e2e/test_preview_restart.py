"""A change to the plugin's Python code restarts the preview process itself (``os.execv``, same arguments, same
process id), which builds again and serves on the same port."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

from built_site import PREVIEW_SETTINGS, ROOT, copy_demo_content
from preview_process import free_port, get

PLUGIN_FILE = ROOT / "plugins" / "kurzeme_visiem" / "tools" / "serve_public.py"  # any module of the plugin


def wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def answers(port: int) -> bool:
    try:
        return get(port, "/")[0] == 200
    except OSError:
        return False


def test_a_plugin_code_change_restarts_the_preview(tmp_path):
    content = copy_demo_content(tmp_path / "content")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kurzeme_visiem", "serve", "-s", str(PREVIEW_SETTINGS), "-c", str(content),
         "-o", str(tmp_path / ".preview"), "--port", str(port)],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True).start()
    try:
        assert wait_for(lambda: answers(port), 60), "".join(lines)
        started = sum("Preview: http" in line for line in lines)
        os.utime(PLUGIN_FILE)  # the file is unchanged; its modification time tells the watcher it was saved
        assert wait_for(lambda: any("restarting the preview" in line for line in lines), 20), "".join(lines)
        assert wait_for(lambda: sum("Preview: http" in line for line in lines) == started + 1, 60), "".join(lines)
        assert answers(port) and process.poll() is None, "the same process serves again on the same port"
    finally:
        process.terminate()
        process.wait(timeout=10)
