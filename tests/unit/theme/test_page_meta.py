from types import SimpleNamespace as O

from unit_helpers import render_component

PAGE = {"SITEURL": "https://example.test", "SITENAME": "Kurzeme visiem", "THEME_STATIC_DIR": "theme",
        "NOT_FOUND_SAVE_AS": "404.html", "FEED_ALL_ATOM": None, "AUTHOR": "KPR"}


def test_description_canonical_and_open_graph_of_a_page():
    page = O(title="Par projektu", date=None, modified=None)
    html = render_component("page-meta", {"title": "<b>Par</b> projektu ", "description": "Apraksts " * 60},
                            output_file="par-projektu/index.html", page=page, **PAGE)
    assert '<link rel="canonical" href="https://example.test/par-projektu/">' in html
    assert '<meta property="og:title" content="Par projektu">' in html
    assert '<meta property="og:type" content="website">' in html
    description = html.split('<meta name="description" content="')[1].split('"')[0]
    assert len(description) <= 300 and description.endswith("…")


def test_the_404_page_is_not_indexed():
    html = render_component("page-meta", {"title": "Nav atrasts", "description": "x"}, output_file="404.html", **PAGE)
    assert '<meta name="robots" content="noindex">' in html and "canonical" not in html
