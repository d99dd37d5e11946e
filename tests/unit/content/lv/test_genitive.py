import pytest

from kurzeme_visiem.content.lv.genitive import genitive


@pytest.mark.parametrize("name, expected", [
    ("Dienvidkurzemes novads", "Dienvidkurzemes novada"),
    ("Kuldīgas novads", "Kuldīgas novada"),
    ("Liepāja", "Liepājas"),
    ("Ventspils", "Ventspils"),
    ("Jēkabpils novads", "Jēkabpils novada"),
    ("VSAC “Kurzeme”", "VSAC “Kurzeme”"),
])
def test_genitive(name, expected):
    assert genitive(name) == expected
