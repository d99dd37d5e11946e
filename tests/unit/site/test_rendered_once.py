import pytest
from markupsafe import Markup

from kurzeme_visiem.site.rendered_once import RenderedOnce, Unfrozen, frozen, nav_place
from kurzeme_visiem.site.translations import Alternate


class Macro:
    def __init__(self) -> None:
        self.calls = []

    def __call__(self, params):
        self.calls.append(params)
        return Markup(f"<p>{len(self.calls)}</p>")


def test_equal_params_render_once_and_other_params_again():
    once, macro = RenderedOnce(), Macro()
    first = once(macro, {"lang": "lv", "switch": Alternate("en", "en/")})
    assert once(macro, {"lang": "lv", "switch": Alternate("en", "en/")}) is first
    assert once(macro, {"lang": "en", "switch": Alternate("lv", "")}) != first
    assert len(macro.calls) == 2
    assert once(Macro(), {"lang": "lv", "switch": Alternate("en", "en/")}) == Markup("<p>1</p>")  # another macro


def test_values_of_other_types_are_other_params():
    assert frozen("a") != frozen(Markup("a"))  # escaped differently
    assert frozen(1) != frozen(True) and frozen(1) != frozen(1.0)
    assert frozen(["a"]) != frozen(("a",))
    assert frozen({"a": [1, None]}) == frozen({"a": [1, None]})


def test_objects_are_not_compared_by_value_so_the_macro_is_called_every_time():
    once, macro = RenderedOnce(), Macro()
    item = type("Item", (), {"title": "a"})()
    with pytest.raises(Unfrozen):
        frozen({"item": item})
    once(macro, {"item": item})
    item.title = "b"  # a news item changed in place (the preview)
    once(macro, {"item": item})
    assert len(macro.calls) == 2


def test_the_kept_html_is_bounded():
    once, macro = RenderedOnce(size=2), Macro()
    for value in ("a", "b", "c", "a"):
        once(macro, {"v": value})
    assert len(macro.calls) == 4 and len(once._html) <= 2


@pytest.mark.parametrize("output_file, lang, place", [
    ("jaunumi/slug/index.html", "lv", "jaunumi/…"),
    ("jaunumi/2016/slug/index.html", "lv", "jaunumi/…"),
    ("jaunumi/index.html", "lv", "jaunumi/index.html"),
    ("jaunumi/2.html", "lv", "jaunumi/…"),
    ("index.html", "lv", "index.html"),
    ("404.html", "lv", "404.html"),
    ("en/partners/x/index.html", "en", "en/partners/…"),
    ("en/contact/index.html", "en", "en/contact/index.html"),
    ("en/index.html", "en", "en/index.html"),
    ("kontakti/index.html", "en", "kontakti/index.html"),
    ("", "lv", ""),
])
def test_nav_place(output_file, lang, place):
    assert nav_place(output_file, lang) == place


def test_dates_count_with_their_type_offset_and_zone():
    import datetime as dt
    utc = dt.datetime(2016, 5, 20, 10, tzinfo=dt.timezone.utc)
    riga = dt.datetime(2016, 5, 20, 13, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert utc == riga and frozen(utc) != frozen(riga)  # the same instant, written differently
    assert frozen(dt.date(2016, 5, 20)) == frozen(dt.date(2016, 5, 20)) != frozen(dt.datetime(2016, 5, 20))
