"""guesses: partner and service names found in Latvian text, in their inflected forms."""

from __future__ import annotations

from kurzeme_visiem.tools.wordpress.guesses import Name, NameMatcher, load_names, word_pattern
from wordpress_helpers import ROOT

MATCHER = NameMatcher(load_names(ROOT / "content"))


def found(text: str) -> list[tuple[str, str]]:
    return [(guess.slug, guess.found) for guess in MATCHER.find(text)]


def test_inflected_municipality_names():
    assert found("Tukuma novadā atklāts") == [("tukuma-novads", "Tukuma novadā")]
    assert found("Talsu novada iedzīvotāji") == [("talsu-novads", "Talsu novada")]
    assert found("Saldus novadam piešķirts") == [("saldus-novads", "Saldus novadam")]
    assert found("Tukuma novada pašvaldība") == [("tukuma-novads", "Tukuma novada pašvaldība")]  # the full name (content/partners) wins


def test_the_longer_name_wins_over_a_name_inside_it():
    assert found("Talsu novada Strazdes bērnu namā") == [("strazdes-bernu-nams", "Talsu novada Strazdes bērnu namā")]
    assert found("VSAC “Kurzeme” filiālē “Veģi”") == [("vsac-kurzeme-vegi", "VSAC “Kurzeme” filiālē “Veģi")]


def test_services_with_consonant_alternation_and_without_pakalpojums():
    assert found("jauni grupu dzīvokļi") == [("grupu-dzivoklis", "grupu dzīvokļi")]
    assert found("sociālais mentors palīdz") == [("socialais-mentors", "sociālais mentors")]
    assert found("specializētajās audžuģimenēs") == [("specializeta-audzugimene", "specializētajās audžuģimenēs")]


def test_unrelated_text_guesses_nothing():
    assert found("Šodien lija lietus un vējš pūta no jūras.") == []
    assert found("Tukums ir pilsēta") == []


def test_abbreviations_and_short_words_match_exactly():
    assert word_pattern("VSAC").fullmatch("vsac") and not word_pattern("VSAC").fullmatch("vsaca")
    assert word_pattern("ar").fullmatch("ar") and not word_pattern("ar").fullmatch("ara")


def test_a_custom_name_list():
    matcher = NameMatcher([Name("partner", "p", "Dienas centrs “Saulīte”")])
    assert [g.found for g in matcher.find("dienas centrā “Saulītē”")] == ["dienas centrā “Saulītē"]
