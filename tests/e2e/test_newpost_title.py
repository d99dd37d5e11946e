"""``make newpost TITLE=...``: the title reaches the news file verbatim, whatever quotes, backticks, ``$`` or
``$(...)`` it holds; neither make nor the shell ever runs any part of it."""

from __future__ import annotations

import os
import subprocess

import pytest

from built_site import ROOT
from kurzeme_visiem.content.markdown_header import parse_header

TITLES = [
    'Ziņa "pēdiņās" un `touch PWNED1` ar $(touch PWNED2) ; touch PWNED3 \'x',
    "Cena 5$ un $$HOME un $(shell touch PWNED4) un ${HOME}",
    "Viens' ; touch PWNED5 ; echo '",
]


@pytest.mark.parametrize("title", TITLES)
def test_make_newpost_takes_the_title_verbatim_and_runs_none_of_it(tmp_path, title):
    news = tmp_path / "news"
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "-o", ".venv/.requirements-installed", "newpost",
         f"TITLE={title}", f"NEWS={news}"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={k: v for k, v in os.environ.items() if k not in ("TITLE", "MAKEFLAGS", "MFLAGS")})
    assert result.returncode == 0, result.stderr
    assert not list(tmp_path.glob("PWNED*")) and not list(ROOT.glob("PWNED*"))
    created = list(news.glob("*.md"))
    assert len(created) == 1
    header = parse_header(created[0], created[0].read_text(encoding="utf-8"))
    assert header.value("title") == " ".join(title.split())


def test_make_newpost_without_a_title_explains_in_latvian(tmp_path):
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "-o", ".venv/.requirements-installed", "newpost",
         f"NEWS={tmp_path}"], capture_output=True, text=True, timeout=120,
        env={**{k: v for k, v in os.environ.items() if k not in ("TITLE", "MAKEFLAGS", "MFLAGS")}, "KV_LANG": "lv"})
    assert result.returncode == 2
    assert 'Norādiet virsrakstu: make newpost TITLE="' in result.stderr + result.stdout and not list(tmp_path.iterdir())
