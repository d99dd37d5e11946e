"""The content writer reads ``make check``, build and newpost messages in Latvian, ``path:line`` kept; developers
get English with ``KV_LANG=en`` or ``--lang en``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from built_site import PREVIEW_SETTINGS, ROOT, copy_demo_content

NEWS = "content/news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"


def command(*args: str, cwd: Path, lang: str | None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "KV_LANG"}  # the suite sets English
    if lang is not None:
        environment["KV_LANG"] = lang
    return subprocess.run([sys.executable, "-m", "kurzeme_visiem", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**environment, "PYTHONPATH": str(ROOT / "plugins")})


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    copy_demo_content(tmp_path / "content")
    path = tmp_path / NEWS
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Date: 2016-05-20", "Date: 2016-02-30\nPartner: tukuma-novads")
                    .replace("Partners: tukuma-novads", "Partners: tukums-novads")
                    + "\nSkat. [Tukums](/partneri/tukums/).\n", encoding="utf-8")
    return tmp_path


def test_check_speaks_latvian_by_default(broken):
    result = command("check", "-s", str(PREVIEW_SETTINGS), "-c", "content", cwd=broken, lang=None)
    assert result.returncode == 1
    last = len((broken / NEWS).read_text(encoding="utf-8").splitlines())
    assert result.stderr.splitlines() == [
        f"{NEWS}:2: Date: '2016-02-30' nav īsts datums vai laiks (tādas dienas, mēneša vai stundas nav)",
        f"{NEWS}:3: brīdinājums: nezināms lauks 'Partner'; vai domājāt 'Partners'?",
        f"{NEWS}:4: nezināms partneris 'tukums-novads' laukā Partners: nav faila content/partners/tukums-novads.yaml; "
        "vai domājāt 'tukuma-novads'?",
        f"{NEWS}:{last}: saite '/partneri/tukums/' ved nekur: vietnē nav lapas /partneri/tukums/; "
        "vai domājāt '/partneri/tukuma-novads/'?",
        "Satura pārbaude: 3 kļūdas, 1 brīdinājums.",
    ]


@pytest.mark.parametrize("how", [{"lang": "en"}, {"lang": None, "flag": True}])
def test_english_for_developers(broken, how):
    args = ["check", "-s", str(PREVIEW_SETTINGS), "-c", "content"] + (["--lang", "en"] if how.get("flag") else [])
    result = command(*args, cwd=broken, lang=how["lang"])
    assert result.returncode == 1
    assert f"{NEWS}:3: warning: unknown field 'Partner'; did you mean 'Partners'?" in result.stderr
    assert result.stderr.splitlines()[-1] == "Content check: 3 errors, 1 warning."


def test_build_and_newpost_speak_latvian(broken, tmp_path):
    result = command("build", "-s", str(PREVIEW_SETTINGS), "-c", "content", "-o", "output", cwd=broken, lang=None)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "Būvēšana apturēta: 3 problēmas; output/ palika tāda, kāda bija."
    created = command("newpost", "Kuldīgā atklāts grupu dzīvoklis", "-s", str(PREVIEW_SETTINGS), "--news",
                      "content/news", cwd=broken, lang=None)
    assert created.returncode == 0, created.stderr
    assert created.stdout.startswith("Izveidots content/news/") and "(Status: draft)" in created.stdout
    again = command("newpost", "Kuldīgā atklāts grupu dzīvoklis", "-s", str(PREVIEW_SETTINGS), "--news",
                    "content/news", cwd=broken, lang=None)
    assert again.returncode == 1 and "jau ir; tas netika mainīts" in again.stderr
