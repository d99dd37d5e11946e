"""content/partner_names.py and Partners: in news: slugs, short names and names, suggestions by short name."""

from __future__ import annotations

import pytest

from kurzeme_visiem.content.directory import load_directory
from kurzeme_visiem.content.news_check import check_news
from kurzeme_visiem.content.partner_names import PartnerNames

PARTNERS = {
    "ventspils-pilseta": "name: Ventspils pilsētas dome\nshort_name: Ventspils\ntype: municipality\nregion: kurzeme\n",
    "ventspils-novads": "name: Ventspils novada dome\nshort_name: Ventspils novads\ntype: municipality\nregion: kurzeme\n",
    "liepajas-pilseta": "name: Liepājas pilsētas dome\nshort_name: Liepāja\ntype: municipality\nregion: kurzeme\n",
    "bernu-nams-a": "name: Bērnu nams “Saulīte”\ntype: children-home\n",
    "bernu-nams-b": "name: Bērnu nams “Saulīte”\ntype: children-home\n",
}


@pytest.fixture
def directory(content):
    for slug, text in PARTNERS.items():
        content.write(f"partners/{slug}.yaml", text)
    found, problems = load_directory(content.root)
    assert problems == []
    return found


@pytest.mark.parametrize(("written", "slug"), [
    ("liepajas-pilseta", "liepajas-pilseta"), ("Liepāja", "liepajas-pilseta"), ("liepāja", "liepajas-pilseta"),
    ("Liepājas  pilsētas dome", "liepajas-pilseta"), ("Ventspils", "ventspils-pilseta"),
    ("Ventspils novads", "ventspils-novads"), ("Ventspils novada dome", "ventspils-novads"),
])
def test_a_partner_is_found_by_slug_short_name_or_name(directory, written, slug):
    assert PartnerNames(directory.partners).find(written) == (slug, [])


def test_a_shared_name_names_no_one(directory):
    assert PartnerNames(directory.partners).find("Bērnu nams “Saulīte”") == (None, ["bernu-nams-a", "bernu-nams-b"])


@pytest.mark.parametrize(("written", "slug"), [
    ("Liepaja", "liepajas-pilseta"), ("Ventpils", "ventspils-pilseta"), ("ventspils-pilsēta", "ventspils-pilseta"),
    ("Ventspils novds", "ventspils-novads"),
])
def test_suggestions_consider_short_names(directory, written, slug):
    assert f"did you mean '{slug}'" in PartnerNames(directory.partners).suggestion(written)


def test_news_partners_by_name_link_the_same_partners_as_slugs(content, directory):
    content.write("news/a.md", "Title: A\nDate: 2018-04-27\nPartners: Liepāja, Ventspils, ventspils-novads, Liepāja\n\nTeksts.\n")
    content.write("news/b.md", "Title: B\nDate: 2018-04-27\nPartners: Ventpils, Bērnu nams “Saulīte”\n\nTeksts.\n")
    links, problems = check_news(content.root, "news", directory)
    by_name = {path.name: [p.slug for p in item.partners] for path, item in links.items()}
    assert by_name["a.md"] == ["liepajas-pilseta", "ventspils-pilseta", "ventspils-novads"]
    messages = [str(p) for p in problems]
    assert messages == [
        "news/b.md:3: unknown partner 'Ventpils' in Partners: no content/partners/Ventpils.yaml and no partner of that name; did you mean 'ventspils-pilseta' (Ventspils)?",
        "news/b.md:3: 'Bērnu nams “Saulīte”' in Partners names more than one partner (bernu-nams-a, bernu-nams-b); write the file name of the one you mean",
    ]
