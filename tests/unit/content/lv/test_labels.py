import pytest

from kurzeme_visiem.content.lv.labels import label, municipalities_label
from kurzeme_visiem.content.records import PartnerType, Region, TargetGroup


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (PartnerType.MUNICIPALITY, "Pašvaldība"),
        (PartnerType.STATE_CARE_CENTRE, "Valsts sociālās aprūpes centrs"),
        (PartnerType.CARE_CENTRE_BRANCH, "Valsts sociālās aprūpes centra filiāle"),
        (PartnerType.CHILDREN_HOME, "Bērnu sociālās aprūpes centrs"),
        (Region.KURZEME, "Kurzemes plānošanas reģions"),
        (Region.OTHER, "Cits plānošanas reģions"),
        (TargetGroup.CHILDREN_FT, "Bērni ar funkcionāliem traucējumiem"),
        (TargetGroup.ADULTS_GRT, "Pieaugušie ar garīga rakstura traucējumiem"),
        (TargetGroup.CHILDREN_IN_CARE, "Bērni ārpusģimenes aprūpē"),
        (TargetGroup.FAMILIES, "Ģimenes"),
    ],
)
def test_labels(code, text):
    assert label(code) == text


def test_every_code_has_a_label():
    for enum in (PartnerType, Region, TargetGroup):
        for code in enum:
            assert label(code)


def test_unknown_code():
    with pytest.raises(KeyError):
        label("municipality-x")


def test_the_heading_over_a_regions_municipalities():
    assert municipalities_label(Region.KURZEME) == "Kurzemes pašvaldības"
    assert municipalities_label(Region.OTHER) == "Citu plānošanas reģionu pašvaldības"
