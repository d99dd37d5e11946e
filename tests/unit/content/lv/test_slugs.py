import pytest
from hypothesis import given, settings, strategies as st

from kurzeme_visiem.content.lv.slugs import is_slug, slugify_lv

CONTRACT_TABLE = [
    ("ā", "a"), ("č", "c"), ("ē", "e"), ("ģ", "g"), ("ī", "i"), ("ķ", "k"),
    ("ļ", "l"), ("ņ", "n"), ("š", "s"), ("ū", "u"), ("ž", "z"),
]


@pytest.mark.parametrize(("letter", "ascii_letter"), CONTRACT_TABLE)
def test_contract_transliteration_table_lower_case(letter, ascii_letter):
    assert slugify_lv(f"x{letter}y") == f"x{ascii_letter}y"


@pytest.mark.parametrize(("letter", "ascii_letter"), CONTRACT_TABLE)
def test_contract_transliteration_table_upper_case(letter, ascii_letter):
    assert slugify_lv(f"X{letter.upper()}Y") == f"x{ascii_letter}y"


def test_all_latvian_letters_in_one_title():
    assert slugify_lv("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž") == "acegiklnsuz-acegiklnsuz"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (
            "Tukuma novada dome noslēgusi līgumu par sadarbību projekta “Kurzeme visiem” īstenošanā",
            "tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana",
        ),
        ("VSAC „Kurzeme” filiāle „Liepāja”", "vsac-kurzeme-filiale-liepaja"),
        ("«Kurzeme visiem» – jauns posms!", "kurzeme-visiem-jauns-posms"),
        ("  Ģimeņu   atbalsts -- Kuldīgā  ", "gimenu-atbalsts-kuldiga"),
        ("2016. gada 26. aprīlis", "2016-gada-26-aprilis"),
        ("ŠĶĒRSIELA Nr. 7/9", "skersiela-nr-7-9"),
        ("Ōgre un Ŗ", "ogre-un-r"),  # old orthography letters
        ("Café Noël", "cafe-noel"),  # other accents just lose the accent
    ],
)
def test_titles(title, slug):
    assert slugify_lv(title) == slug


@pytest.mark.parametrize("title", ["", "“ ”", "— – …", "!!!"])
def test_nothing_to_slug_gives_empty(title):
    assert slugify_lv(title) == ""


@pytest.mark.parametrize("text", ["tukuma-novads", "a", "vsac-kurzeme-2", "2016"])
def test_is_slug_accepts(text):
    assert is_slug(text) is True


@pytest.mark.parametrize(
    "text", ["", "Tukuma-novads", "tukuma--novads", "-tukuma", "tukuma-", "tukuma novads", "tukuma_novads", "liepāja", "a.b"]
)
def test_is_slug_rejects(text):
    assert is_slug(text) is False


@settings(max_examples=300, deadline=None, database=None)
@given(st.text())
def test_slugify_always_gives_a_slug_or_nothing(text):
    slug = slugify_lv(text)
    assert slug == "" or is_slug(slug)
    assert slugify_lv(slug) == slug


def test_a_5000_character_title_gives_a_slug_of_at_most_150_characters_cut_at_a_hyphen():
    from kurzeme_visiem.content.lv.slugs import MAX_SLUG, news_slug

    slug = news_slug("Ļoti garš virsraksts " * 250, None)
    assert 100 < len(slug) <= MAX_SLUG == 150 and not slug.endswith("-")
    assert slug.startswith("loti-gars-virsraksts-") and slug.split("-")[-1] in ("loti", "gars", "virsraksts")
    assert len(news_slug("x" * 5000, None)) == 150
    short = "tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana"
    assert news_slug("Tukuma novada dome noslēgusi līgumu par sadarbību projekta “Kurzeme visiem” īstenošanā", None) == short
