"""The "(PDF, 240 KB)" note, the list order and the link annotation."""

import datetime as dt

import pytest

from kurzeme_visiem.content.documents import Document
from kurzeme_visiem.site.documents import annotate_document_links, document_note, format_size, newest_first

NB = "\u00a0"


@pytest.mark.parametrize(("size", "lv", "en"), [
    (1, f"1{NB}KB", f"1{NB}KB"),
    (240 * 1024, f"240{NB}KB", f"240{NB}KB"),
    (240 * 1024 + 1, f"241{NB}KB", f"241{NB}KB"),
    (int(1.25 * 1024 * 1024), f"1,2{NB}MB", f"1.2{NB}MB"),
    (12 * 1024 * 1024, f"12{NB}MB", f"12{NB}MB"),
    (1500 * 1024 * 1024, f"1{NB}500{NB}MB", f"1,500{NB}MB"),
])
def test_sizes_in_latvian_and_english(size, lv, en):
    assert format_size(size, "lv") == lv
    assert format_size(size, "en") == en


def test_note():
    assert document_note(Document("documents/plans.pdf", 240 * 1024)) == f"(PDF, 240{NB}KB)"


def test_newest_first_then_undated_alphabetically():
    docs = [Document("documents/z.pdf", 1, "Ābece"), Document("documents/a.pdf", 1, "Zebra"),
            Document("documents/o.pdf", 1, "Vecs", dt.date(2016, 1, 1)),
            Document("documents/n.pdf", 1, "Jauns", dt.date(2019, 1, 1))]
    assert [d.display_title for d in newest_first(docs)] == ["Jauns", "Vecs", "Ābece", "Zebra"]


def test_links_to_documents_get_the_note_once():
    documents = {"documents/plans.pdf": Document("documents/plans.pdf", 240 * 1024, "Plāns")}
    html = ('<p><a href="/documents/plans.pdf">DI plāns</a>, <a href="https://kurzemevisiem.lv/documents/plans.pdf">'
            'tas pats</a>, <a href="{static}/documents/plans.pdf">vēl</a>, <a href="/partneri/">partneri</a>, '
            '<a href="https://cits.lv/documents/plans.pdf">cits</a>, <a href="/documents/cits.pdf">nav</a></p>')
    once = annotate_document_links(html, documents, "https://kurzemevisiem.lv")
    note = f'<span class="document-note">(PDF, 240{NB}KB)</span>'
    assert once.count(note) == 3
    assert f'<a href="/documents/plans.pdf">DI plāns {note}</a>' in once
    assert '<a href="https://cits.lv/documents/plans.pdf">cits</a>' in once
    assert annotate_document_links(once, documents, "https://kurzemevisiem.lv") == once
