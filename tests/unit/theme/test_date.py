import datetime as dt

from unit_helpers import render_component


def test_a_latvian_date_in_time():
    assert render_component("date", {"value": dt.date(2016, 4, 26)}) == '<time datetime="2016-04-26">2016. gada 26. aprīlis</time>'


def test_in_a_sentence_the_date_is_locative():
    assert render_component("date", {"value": dt.date(2016, 5, 20), "in_sentence": True}) == (
        '<time datetime="2016-05-20">2016. gada 20. maijā</time>')
    assert render_component("date", {"value": dt.date(2016, 5, 20)}).endswith(">2016. gada 20. maijs</time>")
