from unit_helpers import render_component


def test_an_empty_container_with_what_search_js_needs():
    html = render_component("search", {"pagefind": "https://x.lv/pagefind/pagefind.js", "placeholder": "Meklēt “x”",
                                       "unavailable": "Nav <pieejama>"})
    assert html == ('<div class="search" id="meklesana" data-pagefind="https://x.lv/pagefind/pagefind.js" '
                    'data-search-placeholder="Meklēt “x”" data-search-unavailable="Nav &lt;pieejama&gt;"></div>')
