"""naming: titles with entities and tags, untitled posts, slugs."""

from __future__ import annotations

import datetime as dt

from kurzeme_visiem.tools.wordpress.naming import clean_title, item_slug, unique_slug, untitled_title, wordpress_slug


def test_entities_and_tags_in_titles_are_resolved():
    assert clean_title("Semināri &#8220;Kurzeme visiem&#8221; &amp;#8211; <em>Talsu</em> novadā") == (
        "Semināri “Kurzeme visiem” – Talsu novadā"
    )
    assert clean_title("  A &amp; B\n C ") == "A & B C"


def test_untitled_title_from_date_and_first_words():
    title = untitled_title(dt.datetime(2016, 7, 4, 9, 30), "<p>Šodien Talsu novada dome parakstīja sadarbības līgumu ar reģionu par pakalpojumiem.</p>")
    assert title == "2016-07-04: Šodien Talsu novada dome parakstīja sadarbības līgumu ar …"
    assert untitled_title(dt.datetime(2016, 7, 4), "") == "Ziņa bez virsraksta, 2016-07-04"


def test_clean_wordpress_slug_is_kept_else_the_title_is_transliterated():
    assert wordpress_slug("tukuma-novada-atklats") == "tukuma-novada-atklats"
    assert wordpress_slug("seminari-talsu-novad%c4%81") is None
    assert wordpress_slug("106") is None
    assert item_slug("Semināri Talsu novadā", "seminari-talsu-novad%c4%81") == "seminari-talsu-novada"
    assert item_slug("Ģimeņu atbalsts", "") == "gimenu-atbalsts"
    assert item_slug("2016", "") == "zina-2016"
    assert item_slug("“”", "") == "bez-virsraksta"


def test_unique_slug_numbers_clashes():
    assert unique_slug("kontakti", {"kontakti", "kontakti-2"}) == "kontakti-3"
    assert unique_slug("jauns", set()) == "jauns"
