"""The light Latvian stemmer: inflected forms share a stem, diacritics do not matter, stems are stable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurzeme_visiem.content.lv.stemmer import fold, stem, stems

FORMS = [
    "dzīvoklis dzīvokļa dzīvoklī dzīvokļi dzīvokļos dzīvokļu dzīvokļiem",
    "bērns bērni bērniem bērnu bērnus bērnam bērna bērnā",
    "Talsi Talsos Talsu Talsiem",
    "palīdzība palīdzību palīdzības palīdzībai",
    "invaliditāte invaliditāti invaliditātes",
    "novads novadu novadā novada novadiem novados",
    "pakalpojums pakalpojumu pakalpojumi pakalpojumiem pakalpojumos pakalpojumā",
    "Iļģi Iļģos Iļģu",
    "lietuvietis lietuvieša lietuvieti",
    "sirds siržu sirdis",
    "zeme zemju zemes",
    "sociālais sociālā sociālo sociālajiem sociālās sociālajā",
    "Kuldīga Kuldīgā Kuldīgas Kuldīgu",
    "pašvaldība pašvaldības pašvaldībām pašvaldību",
    "dzīvot dzīvo",
    "ģimene ģimenes ģimenei ģimenēm ģimeņu",
    "darbnīca darbnīcas darbnīcās darbnīcā",
]


@pytest.mark.parametrize("forms", FORMS)
def test_inflected_forms_share_one_stem(forms):
    assert len({stem(word) for word in forms.split()}) == 1, {word: stem(word) for word in forms.split()}


@pytest.mark.parametrize(
    ("one", "other"),
    [("bērns", "bērnība"), ("Talsi", "Tukums"), ("dzīvoklis", "dzīvot"), ("Iļģi", "Veģi"), ("novads", "nodoklis")],
)
def test_different_words_keep_different_stems(one, other):
    assert stem(one) != stem(other)


def test_short_words_numbers_and_abbreviations_are_only_folded():
    assert [stem(word) for word in ["DI", "VSAC", "ar", "un", "2016", "63122238", "ESF"]] == [
        "di", "vsac", "ar", "un", "2016", "63122238", "esf"]


def test_stems_of_a_text():
    assert stems("Palīdzība bērnam ar invaliditāti, 2016. gadā!") == [
        "palidzib", "bern", "ar", "invalid", "2016", "gad"]


def test_fold():
    assert fold("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž") == "acegiklnsuz acegiklnsuz"


latvian_letters = st.sampled_from(list("aābcčdeēfgģhiījkķlļmnņoprsštuūvzž"))
latvian_words = st.text(latvian_letters, min_size=1, max_size=20)
any_words = st.from_regex(r"[^\W_]{1,20}", fullmatch=True)


@given(st.one_of(latvian_words, any_words))
def test_stemming_is_idempotent(word):
    assert stem(stem(word)) == stem(word)


@given(st.one_of(latvian_words, any_words))
def test_a_stem_is_never_empty(word):
    assert stem(word)


@given(latvian_words)
def test_diacritics_do_not_matter(word):
    assert stem(word) == stem(fold(word)) == stem(word.upper())


@given(st.lists(latvian_words, max_size=8))
def test_stems_of_a_text_are_the_stems_of_its_words(words):
    assert stems(" ".join(words)) == [stem(word) for word in words]
