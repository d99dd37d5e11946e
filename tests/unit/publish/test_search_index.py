import subprocess

import pytest

import kurzeme_visiem.publish.search_index as search_index
from kurzeme_visiem.publish.minify import minify_page
from kurzeme_visiem.publish.errors import PublishStepFailed


def test_pagefind_indexes_a_latvian_page(tmp_path):
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html lang="lv"><head><title>x</title></head><body><main data-pagefind-body>'
        "<h1>Grupu dzīvoklis</h1><p>Mājoklis ar atbalstu.</p></main></body></html>", encoding="utf-8")
    bundle = search_index.build_search_index(tmp_path, str.split)
    assert (bundle / "pagefind.js").is_file()
    assert list(bundle.glob("pagefind.lv_*.pf_meta")), "indexed as Latvian"


def test_a_failing_pagefind_stops_the_publish(tmp_path, monkeypatch):
    failed = subprocess.CompletedProcess([], 1, stdout="", stderr="Error: no pages\n")
    monkeypatch.setattr(search_index.subprocess, "run", lambda *a, **k: failed)
    with pytest.raises(PublishStepFailed, match="exit 1.*no pages"):
        search_index.build_search_index(tmp_path, str.split)


def test_minified_html_keeps_closing_tags_lang_and_pagefind_attributes():
    html = minify_page('<!DOCTYPE html>\n<html lang="lv">\n<head>\n  <title> A </title>\n</head>\n<body>\n'
                       '  <main data-pagefind-body>\n    <p>Teksts</p>\n  </main>\n  <!-- note -->\n</body>\n</html>\n')
    assert "<p>Teksts</p>" in html and "data-pagefind-body" in html and "lang=lv" in html
    assert "note" not in html and "\n  " not in html
