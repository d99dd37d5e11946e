"""The live preview's page cache for paginated lists (``fast_build/live_site._CachedPages``) and the content rule
that keys a news list page (``tools/live_content.ContentRules.list_page``)."""

from __future__ import annotations

from types import SimpleNamespace as O

from kurzeme_visiem.fast_build.live_site import _CachedPages
from kurzeme_visiem.tools.live_content import ContentRules


class Template:
    environment, name = None, "index.html"

    def __init__(self) -> None:
        self.rendered: list[str] = []

    def render(self, localcontext: dict) -> str:
        self.rendered.append(localcontext["output_file"])
        return f"<p>{localcontext['shows']}</p>"


def test_a_page_whose_key_is_unchanged_is_not_rendered_again():
    template, cache = Template(), {}
    pages = _CachedPages(template, lambda name, context: f"{name}:{context['shows']}", cache)
    assert pages.render({"output_file": "jaunumi/index.html", "shows": "a"}) == "<p>a</p>"
    assert pages.render({"output_file": "jaunumi/index.html", "shows": "a"}) == "<p>a</p>"
    assert template.rendered == ["jaunumi/index.html"]
    assert pages.render({"output_file": "jaunumi/index.html", "shows": "b"}) == "<p>b</p>"
    assert pages.render({"output_file": "jaunumi/2/index.html", "shows": "b"}) == "<p>b</p>"
    assert template.rendered == ["jaunumi/index.html", "jaunumi/index.html", "jaunumi/2/index.html"]


def test_a_page_without_a_key_is_always_rendered():
    template = Template()
    pages = _CachedPages(template, lambda name, context: None, {})
    for _ in range(2):
        pages.render({"output_file": "x.html", "shows": "a"})
    assert template.rendered == ["x.html", "x.html"]


def test_a_news_list_page_is_keyed_by_its_items_place_and_years():
    items = [O(title="a"), O(title="b")]
    page = O(object_list=items, number=2, paginator=O(num_pages=5))
    years = [O(year=2016, articles=(1, 2, 3), url="jaunumi/2016/")]
    shown, extra = ContentRules().list_page("index.html", {"articles_page": page, "news_years": years})
    assert shown == items and extra == repr((2, 5, [(2016, 3, "jaunumi/2016/")]))
    assert ContentRules().list_page("news_year.html", {"articles_page": page}) is None
    assert ContentRules().list_page("index.html", {}) is None


def test_a_year_page_is_keyed_by_its_news_the_years_and_the_newest_date():
    import datetime as dt  # noqa: PLC0415

    from kurzeme_visiem.site.news_archive import ArchiveYear  # noqa: PLC0415

    old, new = O(date=dt.datetime(2016, 5, 2), modified=None), O(date=dt.datetime(2019, 1, 3), modified=None)
    year = ArchiveYear(2016, (old,), "jaunumi/2016/", "jaunumi/2016/index.html")
    context = {"news_years": [year], "articles": [new, old]}
    lists, extra = ContentRules().item_lists({"year": year}, context)
    assert lists == [(old,)] and "2019, 1, 3" in extra and "(2016, 1, 'jaunumi/2016/')" in extra
    partner = O(news=[old])
    assert ContentRules().item_lists({"partner": partner}, context) == ([[old]], "")
    assert ContentRules().item_lists({"page_name": "index"}, context) is None
