"""The search box's JavaScript stemmer gives the same stems as the build's Python stemmer (run with node)."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kurzeme_visiem.content.lv.stemmer import fold, stem, stems

ROOT = Path(__file__).resolve().parents[4]
STEMMER_JS = ROOT / "theme" / "static" / "js" / "stemmer.js"
LETTERS = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzžAĀČĒŠŽ"
NODE_SCRIPT = """
const s = require(process.argv[1]);
const words = JSON.parse(require("fs").readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify({stem: words.map(s.stem), fold: words.map(s.fold), stems: s.stems(words.join(" "))}));
"""


def word_list() -> list[str]:
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "content").rglob("*"))
                    if path.suffix in {".md", ".yaml"})
    words = sorted(set(re.findall(r"[^\W_]+", text)))
    generator = random.Random(11)
    words += ["".join(generator.choice(LETTERS) for _ in range(generator.randint(1, 14))) for _ in range(3000)]
    words += ["Ķīļi", "ŅEMŠANA", "Ilgi", "Iļģi", "straße", "café", "naïve", "2016", "x2"]
    return words


def run_node(words: list[str]) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed (apt-get install nodejs; .ci/run does)")
    result = subprocess.run([node, "-e", NODE_SCRIPT, str(STEMMER_JS)], input=json.dumps(words),
                            capture_output=True, text=True, timeout=60, check=True)
    return json.loads(result.stdout)


def test_python_and_javascript_stem_identically():
    words = word_list()
    assert len(words) > 3000
    js = run_node(words)
    differences = [(w, stem(w), j) for w, j in zip(words, js["stem"]) if stem(w) != j]
    assert differences == []
    assert js["fold"] == [fold(w) for w in words]
    assert js["stems"] == stems(" ".join(words))


def test_the_comparison_can_fail():
    js = run_node(["bērniem"])
    assert js["stem"] == ["bern"] and stem("bērniem") == "bern"
