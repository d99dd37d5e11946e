"""The one "did you mean" helper."""

from kurzeme_visiem.content.suggest import closest, did_you_mean


def test_the_closest_known_name_or_none():
    assert closest("talsu-novad", ["tukuma-novads", "talsu-novads"]) == "talsu-novads"
    assert closest("xyz", ["talsu-novads"]) is None
    assert closest("x", []) is None


def test_the_hint_and_what_it_says_when_nothing_is_close():
    assert did_you_mean("titel", ["title", "date"]) == "did you mean 'title'?"
    assert did_you_mean("titel", ["title"], shown=str.capitalize) == "did you mean 'Title'?"
    assert did_you_mean("zzz", ["title"], "it is not used by the site") == "it is not used by the site"
    assert did_you_mean("zzz", ["title"]) == ""


def test_the_order_of_the_known_names_does_not_change_the_answer():
    names = ["/partneri/talsu-novads/", "/partneri/talsi-novads/", "/pakalpojumi/"]
    assert closest("/partneri/talsu-novad/", names) == closest("/partneri/talsu-novad/", list(reversed(names)))
