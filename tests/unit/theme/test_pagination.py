from types import SimpleNamespace as O

from unit_helpers import render_component


def test_previous_current_next():
    page = O(number=2, paginator=O(num_pages=3))
    html = render_component("pagination", {"page": page, "previous_page": O(url="jaunumi/"), "next_page": O(url="jaunumi/3/"),
                                           "siteurl": ""})
    assert '<a rel="prev" href="/jaunumi/">← Jaunākas ziņas</a>' in html
    assert '<span aria-current="page">2. lapa no 3</span>' in html
    assert '<a rel="next" href="/jaunumi/3/">Vecākas ziņas →</a>' in html


def test_one_page_needs_no_pagination():
    page = O(number=1, paginator=O(num_pages=1))
    assert render_component("pagination", {"page": page, "previous_page": None, "next_page": None, "siteurl": ""}).strip() == ""
