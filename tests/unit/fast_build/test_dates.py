"""Contract dates typed without dateutil: the same value and type as Pelican's processors, on generated text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pelican import readers
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import SafeDatetime

from kurzeme_visiem.fast_build.dates import typed_date


def pelicans(name: str, value: str):
    try:
        return readers.METADATA_PROCESSORS[name](value, DEFAULT_CONFIG)
    except ValueError as error:
        return f"ValueError: {error}"


def two(low: int, high: int):
    return st.integers(low, high).map(lambda n: f"{n:02d}")


# dates near and beyond the contract's: any year, impossible months, days, hours and minutes, other separators
dates = st.tuples(st.integers(0, 9999).map(lambda n: f"{n:04d}"), two(0, 13), two(0, 32),
                  st.one_of(st.just(""), st.tuples(st.sampled_from([" ", "_", "  ", "T", "__"]), two(0, 25), two(0, 61),
                                                   st.sampled_from(["", ":00", ":59", "+02:00", " UTC", " "])
                                                   ).map("".join))).map(lambda parts: f"{parts[0]}-{parts[1]}-{parts[2]}{parts[3]}")


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(["date", "modified"]), st.one_of(dates, st.text("0123456789-_: T", max_size=18)))
@example("date", "2016-01-01")
@example("date", "2016-01-01_10:30")
@example("date", "0099-01-01")
@example("date", "2016-02-29 23:59")
def test_the_same_as_pelicans_processor(name, value):
    typed = typed_date(name, value)
    if typed is not None:
        expected = pelicans(name, value)
        assert typed == expected
        assert type(typed) is type(expected) is SafeDatetime and typed.tzinfo is None


@pytest.mark.parametrize(("name", "value", "expected"), [
    ("date", "2016-05-20", SafeDatetime(2016, 5, 20)),
    ("date", "2016-05-20 09:05", SafeDatetime(2016, 5, 20, 9, 5)),
    ("date", "2016-05-20_09:05", SafeDatetime(2016, 5, 20, 9, 5)),
    ("modified", "2016-05-20 09:05", SafeDatetime(2016, 5, 20, 9, 5)),
])
def test_the_contracts_dates_are_typed_here(name, value, expected):
    assert typed_date(name, value) == expected == pelicans(name, value)


@pytest.mark.parametrize(("name", "value"), [
    ("date", "2016-02-30"),  # not a real day: Pelican's error message
    ("date", "20.05.2016"),
    ("date", "2016-05-20 09:05:00"),
    ("date", "2016-05-20T09:05"),
    ("date", "2016-05-20 09:05+02:00"),
    ("modified", "2016-05-20_09:05"),  # Pelican reads "_" as a space in Date only
    ("title", "2016-05-20"),
    ("date", ["2016-05-20"]),
])
def test_anything_else_is_left_to_pelican(name, value):
    assert typed_date(name, value) is None


def test_a_replaced_processor_is_always_asked(monkeypatch):
    monkeypatch.setitem(readers.METADATA_PROCESSORS, "date", lambda value, settings: "mine")
    assert typed_date("date", "2016-05-20") is None


def test_a_processor_put_in_before_this_module_was_imported_is_not_taken_for_pelicans(monkeypatch):
    import importlib.util  # noqa: PLC0415

    from kurzeme_visiem.fast_build import dates  # noqa: PLC0415

    monkeypatch.setitem(readers.METADATA_PROCESSORS, "date", lambda value, settings: "mine")
    spec = importlib.util.spec_from_file_location("dates_imported_after_a_plugin", dates.__file__)
    imported_after = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(imported_after)
    assert imported_after.typed_date("date", "2016-05-20") is None
    assert imported_after.typed_date("modified", "2016-05-20") == SafeDatetime(2016, 5, 20)
