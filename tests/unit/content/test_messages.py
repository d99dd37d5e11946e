import pytest

from kurzeme_visiem.content.messages import (
    CATALOGUE, LANGUAGES, UnknownMessage, counted, fields_of, language, message)


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_has_every_language_with_the_same_fields(key):
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGUAGES)
    assert fields_of(entry["lv"]) == fields_of(entry["en"]) - {"detail"}
    for text in entry.values():
        if not isinstance(text, str):
            assert "other" in text and "count" in fields_of(text)


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "lv"), ({"KV_LANG": "en"}, "en"), ({"KV_LANG": "EN_gb"}, "en"), ({"KV_LANG": "en-US"}, "en"),
    ({"KV_LANG": "lv"}, "lv"), ({"KV_LANG": "de"}, "lv"), ({"KV_LANG": ""}, "lv")])
def test_language_from_the_environment(environ, expected):
    assert language(environ) == expected


def test_latvian_is_the_default(monkeypatch):
    monkeypatch.delenv("KV_LANG", raising=False)
    assert message("deploy.refused", reason="x") == "Publicēšana atteikta: x"
    monkeypatch.setenv("KV_LANG", "en")
    assert message("deploy.refused", reason="x") == "Deploy refused: x"


@pytest.mark.parametrize(("count", "lv", "en"), [
    (0, "0 kļūdas", "0 errors"), (1, "1 kļūda", "1 error"), (2, "2 kļūdas", "2 errors"),
    (11, "11 kļūdas", "11 errors"), (21, "21 kļūda", "21 errors"), (31, "31 kļūda", "31 errors")])
def test_counts_follow_cldr_plurals(count, lv, en):
    assert counted("count.errors", count, lang="lv") == lv
    assert counted("count.errors", count, lang="en") == en


def test_unknown_key():
    with pytest.raises(UnknownMessage):
        message("no.such.key")
