import re

from kurzeme_visiem.tools.preview import is_ignored
from kurzeme_visiem.tools.preview_overlay import ASSETS, decorate, problems_dialog

PAGE = b'<!DOCTYPE html><html lang="lv"><head><title>T</title></head><body class="x"><main><h1>T</h1></main></body></html>'


def test_a_good_build_gets_only_the_preview_script_and_style():
    page = decorate(PAGE, [])
    assert page.count(ASSETS) == 1 and page.index(ASSETS) < page.index(b"</head>")
    assert b"alertdialog" not in page


def test_problems_become_a_dialog_first_in_the_body_with_the_place_in_code_and_escaped():
    page = decorate(PAGE, ["content/news/a.md:3: unknown partner '<b>x</b>'", "a problem without a place"]).decode()
    assert page.index('<body class="x">') < page.index('role="alertdialog"') < page.index("<main>")
    assert "<code>content/news/a.md:3</code> unknown partner &#x27;&lt;b&gt;x&lt;/b&gt;&#x27;" in page
    assert "<li>a problem without a place</li>" in page
    assert "Kļūdu skaits saturā: 2." in page


def test_the_dialog_is_labelled_focusable_and_has_no_inline_script_or_style():
    dialog = problems_dialog(["content/pages/p.md:1: x"])
    assert 'aria-labelledby="kv-preview-problems-title"' in dialog and 'id="kv-preview-problems-title"' in dialog
    assert 'tabindex="-1"' in dialog and "<button" in dialog
    assert not re.search(r"<script|<style|\sstyle=|\son[a-z]+=", dialog)


def test_a_page_without_head_or_body_still_gets_the_dialog():
    assert decorate(b"<p>x</p>", ["a:1: b"]).startswith(b'<div id="kv-preview-problems"')


def test_editor_leftovers_and_compiled_plugin_files_are_not_changes():
    assert is_ignored("/site/content/news/.#a.md") and is_ignored("/site/content/news/a.md~")
    assert is_ignored("/site/content/news/.a.md.swp") and is_ignored("/site/content/news/4913")
    assert not is_ignored("/site/content/news/a.md")
