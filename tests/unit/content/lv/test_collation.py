import pytest

from kurzeme_visiem.content.lv.collation import LATVIAN_ALPHABET, lv_sort_key


def lv_sorted(words):
    return sorted(words, key=lv_sort_key)


def test_latvian_letters_follow_their_base_letter():
    words = ["Ventspils", "Žagare", "Čakste", "Ābele", "Zilupe", "Aizpute", "Cēsis", "Šķēde", "Saldus", "Ērgļi", "Ogre", "Ķemeri", "Kuldīga"]
    assert lv_sorted(words) == [
        "Aizpute", "Ābele", "Cēsis", "Čakste", "Ērgļi", "Kuldīga", "Ķemeri", "Ogre", "Saldus", "Šķēde", "Ventspils", "Zilupe", "Žagare",
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [("gads", "ģimene"), ("lapa", "ļaudis"), ("nams", "ņiprs"), ("iela", "īss"), ("ums", "ūdens"), ("Grupu", "Ģimeniska")],
)
def test_pairs(before, after):
    assert lv_sort_key(before) < lv_sort_key(after)
    assert lv_sorted([after, before]) == [before, after]


def test_not_the_code_point_order():
    # by code point every Latvian letter would come after z
    assert lv_sorted(["Zilupe", "Ābele"]) == ["Ābele", "Zilupe"]


def test_case_and_punctuation_are_ignored():
    assert lv_sort_key("ŠĶĒDE") == lv_sort_key("šķēde")
    assert lv_sort_key("VSAC „Kurzeme”") == lv_sort_key("vsac kurzeme")
    assert lv_sort_key("Talsu-novads") == lv_sort_key("Talsu novads")


def test_shorter_prefix_comes_first():
    assert lv_sorted(["Talsu novads", "Talsi"]) == ["Talsi", "Talsu novads"]


def test_other_characters_come_after_the_alphabet():
    assert lv_sorted(["2. grupa", "Žagare", "Xenia"]) == ["Žagare", "2. grupa", "Xenia"]


def test_alphabet():
    assert LATVIAN_ALPHABET == "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž"
    assert len(LATVIAN_ALPHABET) == 33
