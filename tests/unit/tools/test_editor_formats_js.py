"""tools/editor/static/formats.js (the editor's Pelican header and glossary formats), run under node.

Every demo file read and written back unchanged gives its bytes; a changed field rewrites only its own line."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FORMATS = ROOT / "plugins" / "kurzeme_visiem" / "tools" / "editor" / "static" / "formats.js"
RUN = """
const formats = require(process.argv[1]);
const jobs = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = jobs.map(([kind, text, changes]) => {
  const data = formats[kind].fromFile(text);
  Object.assign(data, changes);
  return {data, text: formats[kind].toFile(JSON.parse(JSON.stringify(data)))};
});
process.stdout.write(JSON.stringify(out));
"""


def run(jobs: list) -> list[dict]:
    node = shutil.which("node") or pytest.fail("node is needed (apt-get install nodejs; .ci/run installs it)")
    done = subprocess.run([node, "-e", RUN, str(FORMATS)], input=json.dumps(jobs), capture_output=True, text=True,
                          check=True, timeout=60)
    return json.loads(done.stdout)


def test_every_demo_file_reads_and_writes_back_byte_for_byte():
    files = sorted((ROOT / "content").rglob("*.md")) + [ROOT / "content" / "glossary.yaml"]  # with pages/en/
    jobs = [["glossary" if path.suffix == ".yaml" else "pelican", path.read_text(encoding="utf-8"), {}] for path in files]
    for path, result in zip(files, run(jobs)):
        assert result["text"] == path.read_text(encoding="utf-8"), path


ODD = "---\nTitle:  Virsraksts\nPartners: a,b\nX-Other: kept\nSummary: pirmā\n    turpinājums\nTags:\n\n\nTeksts\r\n"


def test_unknown_keys_fences_continuations_and_spacing_survive():
    [result] = run([["pelican", ODD, {}]])
    assert result["text"] == ODD
    assert result["data"]["partners"] == ["a", "b"] and result["data"]["summary"] == "pirmā turpinājums"


def test_a_changed_field_rewrites_only_its_line_and_new_fields_follow_the_header():
    [result] = run([["pelican", ODD, {"title": "Jauns", "partners": ["a", "b"], "image": "images/x.png"}]])
    assert result["text"] == ODD.replace("Title:  Virsraksts", "Title: Jauns").replace("Tags:\n", "Tags:\nImage: images/x.png\n")


def test_fields_added_since_v1_are_edited_in_place():
    page = "Title: About\nLang: en\nTranslation_of: par-projektu\nSource: https://a.lv/x\n\nText.\n"
    [result] = run([["pelican", page, {"source": "https://b.lv/y", "image_caption": "Paraksts"}]])
    assert result["text"] == page.replace("https://a.lv/x", "https://b.lv/y").replace(
        "Source: https://b.lv/y\n", "Source: https://b.lv/y\nImage_caption: Paraksts\n")
    assert result["data"]["lang"] == "en" and result["data"]["translation_of"] == "par-projektu"


def test_a_new_item_is_written_in_the_contracts_order():
    [result] = run([["pelican", "", {"title": "X", "date": "2018-04-27 10:00", "status": "draft",
                                     "partners": ["tukuma-novads", "liepajas-pilseta"], "body": "Teksts."}]])
    assert result["text"] == ("Title: X\nDate: 2018-04-27 10:00\nPartners: tukuma-novads, liepajas-pilseta\n"
                              "Status: draft\n\nTeksts.\n")


def test_glossary_terms_and_quoting():
    [result] = run([["glossary", "DI: deinstitucionalizācija\n", {"terms": [
        {"abbr": "DI", "expansion": "deinstitucionalizācija"}, {"abbr": "NVO", "expansion": "nevalstiska: organizācija"},
        {"abbr": "", "expansion": ""}]}]])
    assert result["text"] == 'DI: deinstitucionalizācija\nNVO: "nevalstiska: organizācija"\n'
