"""``kurzeme_visiem/__init__.py``: the plugin's modules load with the garbage collector paused; nothing is frozen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPORT = ("import gc, json\n"
          "collections = []\n"
          "gc.callbacks.append(lambda phase, info: phase == 'start' and collections.append(info['generation']))\n"
          "{before}\n"
          "import kurzeme_visiem\n"
          "print(json.dumps([len(collections), gc.isenabled(), gc.get_freeze_count() > 0]))\n")


def _import_plugin(before: str = "") -> list:
    import json  # noqa: PLC0415

    done = subprocess.run([sys.executable, "-c", REPORT.format(before=before)], capture_output=True, text=True,
                          timeout=60, check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")})
    return json.loads(done.stdout)


def test_loading_runs_next_to_no_collection_and_leaves_the_collector_on():
    collections, enabled, frozen = _import_plugin()
    assert collections < 20, "≈ 150 collections while Pelican and the plugin load, without the pause"
    assert enabled and not frozen, "the collector back on, and the process's objects not kept from it"


def test_a_collector_the_host_turned_off_stays_off_and_nothing_is_frozen():
    collections, enabled, frozen = _import_plugin("gc.disable()")
    assert (collections, enabled, frozen) == (0, False, False)
