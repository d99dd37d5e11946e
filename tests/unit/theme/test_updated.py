import datetime as dt

from bs4 import BeautifulSoup

from unit_helpers import render_component


def text(params) -> str:
    return BeautifulSoup(render_component("updated", params), "html.parser").get_text(" ", strip=True)


def test_latvian_english_and_no_date():
    assert text({"date": dt.date(2016, 5, 20), "lang": "lv"}) == "Atjaunots: 2016. gada 20. maijs"
    assert text({"date": dt.date(2016, 5, 20), "lang": "en"}) == "Updated: 20 May 2016"
    assert text({"date": None, "lang": "lv"}) == ""
