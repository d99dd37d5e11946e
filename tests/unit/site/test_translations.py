"""Translation_of links an English page and its Latvian original both ways."""

from types import SimpleNamespace

from kurzeme_visiem.site.translations import Alternate, link_translations, switch_for


def page(slug, lang, url, translation_of=None):
    return SimpleNamespace(slug=slug, lang=lang, url=url, translation_of=translation_of, source_path=f"{slug}.md")


def test_both_ways_and_home_fallback(tmp_path, monkeypatch):
    lv = page("par-projektu", "lv", "par-projektu/")
    en = page("index", "en", "en/", "par-projektu")
    alone = page("kontakti", "lv", "kontakti/")
    assert link_translations([lv, en, alone]) == []
    assert lv.alternates == en.alternates == [Alternate("lv", "par-projektu/"), Alternate("en", "en/")]
    assert switch_for(lv, "lv") == Alternate("en", "en/") and switch_for(en, "en") == Alternate("lv", "par-projektu/")
    assert alone.alternates == [] and switch_for(alone, "lv") == Alternate("en", "en/")
    assert switch_for(None, "en") == Alternate("lv", "")


def test_unknown_original_is_a_problem(tmp_path, monkeypatch, latvian):
    monkeypatch.chdir(tmp_path)
    en = page("contact", "en", "en/contact/", "kontakts")
    problems = link_translations([page("kontakti", "lv", "kontakti/"), en])
    assert [str(p) for p in problems] == ["contact.md:1: Translation_of: nav latviešu lapas 'kontakts'; lapas: kontakti"]
    assert en.alternates == []
