"""The Pagefind search index of the public build, written into ``<site>/pagefind/``.

Pagefind (``pagefind[bin]`` from PyPI) indexes the ``data-pagefind-body`` part of every page (with the Latvian
stems of its text, ``search_stems.py``) and writes the index with its JavaScript API (``pagefind.js``), which
``/meklet/`` (``theme/static/js/search.js``) imports. It matches words without their
diacritics too: "grupu dzivoklis" finds "grupu dzīvoklis" (tested in ``tests/e2e/test_served_site.py``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from .errors import PublishStepFailed
from .search_stems import StemText, write_index_copy

TIMEOUT_SECONDS = 300


def pagefind_command(pages: Path, bundle: Path) -> list[str]:
    # one index for every page: the search page is Latvian, and with a second language (the English pages) Pagefind
    # lists its indexes in an order that changes from run to run, so two builds would differ
    return [sys.executable, "-m", "pagefind", "--site", str(pages), "--output-path", str(bundle), "--silent",
            "--force-language", "lv"]


def build_search_index(site: Path, stem_text: StemText) -> Path:
    """Index a copy of the site's pages with the stems of their text (``publish/search_stems.py``) into
    ``<site>/pagefind/``; the pages themselves stay as they are."""
    try:
        with tempfile.TemporaryDirectory(prefix="kv-search-") as scratch:
            write_index_copy(site, Path(scratch), stem_text)
            result = subprocess.run(pagefind_command(Path(scratch), site / "pagefind"), capture_output=True,
                                    text=True, timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PublishStepFailed(f"search index: Pagefind could not run ({error})") from error
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise PublishStepFailed(f"search index: Pagefind failed (exit {result.returncode}): {' / '.join(detail[-5:])}")
    bundle = site / "pagefind"
    if not (bundle / "pagefind.js").is_file():
        raise PublishStepFailed(f"search index: Pagefind wrote no {bundle / 'pagefind.js'}")
    return bundle
