"""Shared test set-up: the plugin package is importable as ``kurzeme_visiem``."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
