"""site/redirects: the redirect pages and nginx's map of old addresses."""

from __future__ import annotations

from kurzeme_visiem.content.redirects import RedirectRule
from kurzeme_visiem.site.redirects import MAP_TEMPLATE, RedirectPage, map_entries, redirect_pages

RULES = [
    RedirectRule("/2016/05/20/zina/", "/jaunumi/zina/", 1),
    RedirectRule("/?p=12", "/jaunumi/zina/", 2),
    RedirectRule("/?page_id=3", "/kontakti/", 3),
    RedirectRule("/2016/05/20/zina", "/jaunumi/cita/", 4),
    RedirectRule("/vecs/novadā/", "https://lsm.lv/", 5),
]


def test_pages_for_path_forms_only_with_absolute_targets():
    assert redirect_pages(RULES, "https://kurzemevisiem.lv/") == [
        RedirectPage("2016/05/20/zina/index.html", "/2016/05/20/zina/", "https://kurzemevisiem.lv/jaunumi/zina/"),
        RedirectPage("vecs/novadā/index.html", "/vecs/novadā/", "https://lsm.lv/"),
    ]


def test_map_entries_cover_slashless_and_index_php_forms_once():
    assert map_entries(RULES) == [
        ("/2016/05/20/zina/", "/jaunumi/zina/"),
        ("/2016/05/20/zina", "/jaunumi/zina/"),
        ("/?p=12", "/jaunumi/zina/"),
        ("/index.php?p=12", "/jaunumi/zina/"),
        ("/?page_id=3", "/kontakti/"),
        ("/index.php?page_id=3", "/kontakti/"),
        ("/vecs/novadā/", "https://lsm.lv/"),
        ("/vecs/novadā", "https://lsm.lv/"),
    ]


def test_map_file_is_nginx_syntax_and_unescaped():
    text = MAP_TEMPLATE.render(entries=[("/?p=1&x", "/a/")])
    assert text.splitlines()[1] == '"/?p=1&x" "/a/";'
    assert text.startswith("# ") and text.endswith(";\n")
