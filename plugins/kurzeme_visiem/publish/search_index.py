"""The Pagefind search index of the public build, written into ``<site>/pagefind/``.

Pagefind (``pagefind[bin]`` from PyPI) indexes the ``data-pagefind-body`` part of every page and writes the
index with its own UI (``pagefind-ui.js``/``.css``) that ``/meklet/`` loads. It matches words without their
diacritics too: "grupu dzivoklis" finds "grupu dzīvoklis" (tested in ``tests/e2e/test_served_site.py``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import PublishStepFailed

TIMEOUT_SECONDS = 300


def pagefind_command(site: Path) -> list[str]:
    # one index for every page: the search page is Latvian, and with a second language (the English pages) Pagefind
    # lists its indexes in an order that changes from run to run, so two builds would differ
    return [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind", "--silent",
            "--force-language", "lv"]


def build_search_index(site: Path) -> Path:
    try:
        result = subprocess.run(pagefind_command(site), capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PublishStepFailed(f"search index: Pagefind could not run ({error})") from error
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise PublishStepFailed(f"search index: Pagefind failed (exit {result.returncode}): {' / '.join(detail[-5:])}")
    bundle = site / "pagefind"
    if not (bundle / "pagefind-ui.js").is_file():
        raise PublishStepFailed(f"search index: Pagefind wrote no {bundle / 'pagefind-ui.js'}")
    return bundle
