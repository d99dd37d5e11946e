"""The WordPress fixture export imported into a copy of the demo content with the real command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from built_site import ROOT, copy_demo_content

FIXTURES = ROOT / "tests" / "fixtures" / "wordpress"


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    return subprocess.run([sys.executable, "-m", "kurzeme_visiem", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=300)


def import_fixture(root: Path) -> tuple[Path, subprocess.CompletedProcess]:
    """Demo content in ``root/content`` with the fixture export imported (report in ``root/import-report.md``)."""
    content = copy_demo_content(root / "content")
    imported = run_cli("import-wordpress", str(FIXTURES / "export.xml"), "--uploads", str(FIXTURES / "uploads"),
                       "-s", str(ROOT / "pelicanconf.py"), "-c", str(content), "--report", str(root / "import-report.md"),
                       cwd=root)
    return content, imported
