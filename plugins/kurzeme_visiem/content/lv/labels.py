"""Latvian words the templates show for the contract's codes (partner types, regions, target groups)."""

from __future__ import annotations

from ..records import PartnerType, Region, TargetGroup

PARTNER_TYPE_LABELS = {
    PartnerType.MUNICIPALITY: "Pašvaldība",
    PartnerType.STATE_CARE_CENTRE: "Valsts sociālās aprūpes centrs",
    PartnerType.CARE_CENTRE_BRANCH: "Valsts sociālās aprūpes centra filiāle",
    PartnerType.CHILDREN_HOME: "Bērnu sociālās aprūpes centrs",
}

REGION_LABELS = {
    Region.KURZEME: "Kurzemes plānošanas reģions",
    Region.OTHER: "Cits plānošanas reģions",
}

# headings of the municipalities of a region (partner list, availability table)
MUNICIPALITIES_LABELS = {
    Region.KURZEME: "Kurzemes pašvaldības",
    Region.OTHER: "Citu plānošanas reģionu pašvaldības",
}

TARGET_GROUP_LABELS = {
    TargetGroup.CHILDREN_FT: "Bērni ar funkcionāliem traucējumiem",
    TargetGroup.ADULTS_GRT: "Pieaugušie ar garīga rakstura traucējumiem",
    TargetGroup.CHILDREN_IN_CARE: "Bērni ārpusģimenes aprūpē",
    TargetGroup.FAMILIES: "Ģimenes",
}


def label(code: PartnerType | Region | TargetGroup) -> str:
    for table in (PARTNER_TYPE_LABELS, REGION_LABELS, TARGET_GROUP_LABELS):
        if code in table:
            return table[code]
    raise KeyError(code)


def municipalities_label(region: Region) -> str:
    """``Region.KURZEME`` → ``Kurzemes pašvaldības``: the heading over that region's municipalities."""
    return MUNICIPALITIES_LABELS[region]
