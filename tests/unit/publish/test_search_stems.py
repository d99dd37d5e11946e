import pytest

from kurzeme_visiem.content.lv.stemmer import stems
from kurzeme_visiem.publish.search_stems import (SENTINEL, result_type, with_list_punctuation, with_stems,
                                                 write_index_copy)

PAGE = ('<!DOCTYPE html><html lang=lv><head><title>Grupu dzīvokļi</title><script>var bērniem=1</script></head>'
        '<body><nav>Izvēlne Jaunumi</nav><main id=saturs data-pagefind-body><h1>Grupu dzīvokļi</h1>'
        '<main>iekšā</main><p>Palīdzība bērniem &amp; ģimenēm.</p><div data-pagefind-ignore><div>Ignorēts</div>'
        '<p>teksts</p></div><script>var x = "dzīvoklis"</script><p>Bērniem</p></main>'
        '<footer>Kontakti</footer></body></html>')


def test_stems_of_the_indexed_text_are_added_at_the_end_of_the_body():
    page = with_stems(PAGE, stems)
    block = page[page.index("<div hidden data-kv-stems"):page.index("</main>", page.index("<div hidden data-kv-stems"))]
    assert page.replace(block, "") == PAGE
    assert block == (f"<div hidden data-kv-stems data-pagefind-meta=\"type:lapa\">{SENTINEL} grup dzivokl iekt palidzib bern gimen"
                     f"<div hidden data-pagefind-weight=\"7\">grup dzivokl</div></div>")  # the title's stems, weighted
    assert "izveln" not in page and "ignor" not in block and "kontakt" not in block


def test_pages_without_an_indexed_part_are_left_alone():
    assert with_stems("<html><body><main>Bērni</main></body></html>", stems) is None


def test_multiline_pages():
    page = with_stems("<html>\n<body>\n<main data-pagefind-body>\n<p>Talsos</p>\n</main>\n</body></html>", stems)
    assert f"<p>Talsos</p>\n<div hidden data-kv-stems data-pagefind-meta=\"type:lapa\">{SENTINEL} talt</div></main>" in page  # no <h1>: no weighted title


def test_index_copy(tmp_path):
    site, copy = tmp_path / "site", tmp_path / "copy"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "404.html").write_text("<html><main>Nav</main></html>", encoding="utf-8")
    (site / "site.css").write_text("x", encoding="utf-8")
    assert write_index_copy(site, copy, stems) == 1
    assert "data-kv-stems" in (copy / "a" / "index.html").read_text(encoding="utf-8")
    assert (copy / "404.html").read_text(encoding="utf-8") == "<html><main>Nav</main></html>"
    assert not (copy / "site.css").exists()
    assert "data-kv-stems" not in (site / "a" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("url", "kind"), [
    ("jaunumi/tukuma-novada-dome/index.html", "ziņa"), ("partneri/talsu-novads/index.html", "partneris"),
    ("pakalpojumi/grupu-dzivoklis/index.html", "pakalpojums"), ("partneri/index.html", "lapa"),
    ("par-projektu/index.html", "lapa"), ("index.html", "lapa")])
def test_result_types(url, kind):
    assert result_type(url) == kind
    assert f'data-pagefind-meta="type:{kind}"' in with_stems(PAGE, stems, url)


def test_description_lists_get_the_punctuation_pagefind_does_not_add():
    facts = "<dl><dt>Adrese</dt><dd>Rūpnīcas iela 6, Ugāle</dd><dt>Tālrunis:</dt><dd>Zvanīt darbdienās.</dd></dl>"
    assert with_list_punctuation(facts) == ("<dl><dt>Adrese</dt>: <dd>Rūpnīcas iela 6, Ugāle</dd>. "
                                            "<dt>Tālrunis:</dt><dd>Zvanīt darbdienās.</dd></dl>")
    assert with_list_punctuation(PAGE) == PAGE


def test_index_copy_punctuates_description_lists(tmp_path):
    site, copy = tmp_path / "site", tmp_path / "copy"
    site.mkdir()
    (site / "index.html").write_text(PAGE.replace("<p>Bērniem</p>", "<dl><dt>Adrese</dt><dd>Talsi</dd></dl>"),
                                     encoding="utf-8")
    write_index_copy(site, copy, stems)
    assert "<dt>Adrese</dt>: <dd>Talsi</dd>. </dl>" in (copy / "index.html").read_text(encoding="utf-8")
    assert "<dt>Adrese</dt><dd>Talsi</dd></dl>" in (site / "index.html").read_text(encoding="utf-8")
