import datetime as dt

from unit_helpers import render_component


def test_a_latvian_date_in_time():
    assert render_component("date", {"value": dt.date(2016, 4, 26)}) == '<time datetime="2016-04-26">2016. gada 26. aprīlis</time>'
