from pathlib import Path

import pytest
from pelican.settings import DEFAULT_CONFIG

from kurzeme_visiem.content.directory import load_directory
from kurzeme_visiem.content.lv.slugs import news_slug
from kurzeme_visiem.content.news_check import check_news, check_pages, page_slug

from unit_helpers import lines

RESERVED = frozenset({"jaunumi", "partneri", "meklet"})


@pytest.fixture
def site(small_directory):
    """The directory of conftest.py (partners and services the news can name), and a file that is not a picture."""
    small_directory.write("images/teksts.jpg", "nav attēls")
    return small_directory


def check(site):
    directory, problems = load_directory(site.root)
    assert problems == []
    return check_news(site.root, "news", directory, RESERVED)


def test_valid_news_item_links_partners_and_services(site):
    path = site.write("news/2016-04-26-ligums.md", """\
        Title: Tukuma novada dome noslēgusi līgumu par “Kurzeme visiem”
        Date: 2016-04-26 14:30
        Partners: vsac-kurzeme, talsu-novads, vsac-kurzeme
        Services: socialais-mentors
        Image: images/foto.jpg
        Image_alt: Līguma parakstīšana
        Author_email: inese.silina@kurzemesregions.lv
        Status: Published

        Teksts.
        """)
    links, problems = check(site)
    assert problems == []
    item = links[path.resolve()]
    assert item.slug == "tukuma-novada-dome-noslegusi-ligumu-par-kurzeme-visiem"
    assert [p.slug for p in item.partners] == ["vsac-kurzeme", "talsu-novads"]
    assert [s.slug for s in item.services] == ["socialais-mentors"]


def test_explicit_slug_wins(site):
    path = site.write("news/a.md", "Title: Līgums\nSlug: ligums-ar-talsiem\nDate: 2016-04-26\n\nx\n")
    links, problems = check(site)
    assert problems == []
    assert links[path.resolve()].slug == "ligums-ar-talsiem"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Date: 2016-04-26\n", ["news/a.md:1: required field 'Title' is missing or empty; start the file with 'Title: ...'"]),
        ("Date: 2016-04-26\nTitle:\n", ["news/a.md:2: required field 'Title' is missing or empty; start the file with 'Title: ...'"]),
        ("Title: A\n", ["news/a.md:1: required field 'Date' is missing or empty; add 'Date: YYYY-MM-DD' below the title"]),
        ("Title: A\nDate:\n\nx\n", ["news/a.md:2: required field 'Date' is missing or empty; add 'Date: YYYY-MM-DD' below the title"]),
        ("Title: A\nDate: 2016-02-30\n", ["news/a.md:2: Date: '2016-02-30' is not a real date (day is out of range for month)"]),
        ("Title: A\ndate: 26.04.2016\n", ["news/a.md:2: date: '26.04.2016' is not a date in the form YYYY-MM-DD or YYYY-MM-DD HH:MM (e.g. 2016-04-26)"]),
        ("Title: A\nDate: 2016-4-26\n", ["news/a.md:2: Date: '2016-4-26' is not a date in the form YYYY-MM-DD or YYYY-MM-DD HH:MM (e.g. 2016-04-26)"]),
        ("Title: A\nDate: 2016-04-26\nModified: 2016-04-31\n", ["news/a.md:3: Modified: '2016-04-31' is not a real date (day is out of range for month)"]),
        (
            "Title: A\nDate: 2016-04-26\nPartners: talsu-novads, talsu-novad\n",
            ["news/a.md:3: unknown partner 'talsu-novad' in Partners: no content/partners/talsu-novad.yaml and no partner of that name; did you mean 'talsu-novads' (Talsu novada dome)?"],
        ),
        (
            "Title: A\nDate: 2016-04-26\n\nServices: nekas\n",
            [],  # after the blank line it is body text, not metadata
        ),
        (
            "Title: A\nDate: 2016-04-26\nServices: nekas\n",
            ["news/a.md:3: unknown service 'nekas' in Services: no content/services/nekas.yaml; check the spelling against the file names"],
        ),
        (
            "Title: A\nDate: 2016-04-26\nImage: foto.jpg\n",
            ["news/a.md:3: Image needs 'Image_alt: <what the picture shows>' (text for people who cannot see it)"],
        ),
        (
            "Title: A\nDate: 2016-04-26\nImage: foto.jpg\nImage_alt:\n",
            ["news/a.md:3: Image needs 'Image_alt: <what the picture shows>' (text for people who cannot see it)"],
        ),
        (
            "Title: A\nDate: 2016-04-26\nImage_alt: x\nImage: nav.jpg\n",
            ["news/a.md:4: Image 'nav.jpg' not found: put the file in content/images/ or fix the name"],
        ),
        (
            "Title: A\nDate: 2016-04-26\nImage: ../partners/talsu-novads.yaml\nImage_alt: x\n",
            ["news/a.md:3: Image '../partners/talsu-novads.yaml' must be inside content/images/"],
        ),
        ("Title: A\nDate: 2016-04-26\nImage:\nImage_alt:\n\nx\n", []),
        ("Title: A\nDate: 2016-04-26\nImage: teksts.jpg\nImage_alt: x\n",
            ["news/a.md:3: Image 'teksts.jpg' is not a picture the site can read; use a PNG, JPEG, GIF, WebP or SVG file"]),  # empty fields (as newpost writes them) mean "not set"
        ("Title: A\nDate: 2016-04-26\nImage_alt: x\n", ["news/a.md:3: warning: Image_alt is set but Image is not; add 'Image: file.jpg' or remove Image_alt"]),
        ("Title: A\nDate: 2016-04-26\nTagz: x\n", ["news/a.md:3: warning: unknown field 'Tagz'; did you mean 'Tags'?"]),
        ("Title: A\nDate: 2016-04-26\nColour: red\n", ["news/a.md:3: warning: unknown field 'Colour'; it is not used by the site"]),
        ("Title: A\nDate: 2016-04-26\nStatus: gone\n", ["news/a.md:3: Status 'gone' is unknown; use one of: published, draft, hidden"]),
        ("Title: A\nDate: 2016-04-26\nAuthor_email: nav\n", ["news/a.md:3: Author_email 'nav' is not an e-mail address"]),
        ("Title: A\nDate: 2016-04-26\nTitle: B\n", ["news/a.md:3: 'Title' is given twice (first on line 1); keep one"]),
        ("Title: A\nSlug: Līgums Talsos\nDate: 2016-04-26\n", ["news/a.md:2: Slug 'Līgums Talsos' must be lower-case a-z, 0-9 and hyphens, e.g. 'ligums-talsos'"]),
        ("Title: “”\nDate: 2016-04-26\n", ["news/a.md:1: cannot make a slug from the title; add 'Slug: words-with-hyphens'"]),
        ("Title: Jaunumi\nDate: 2016-04-26\n", ["news/a.md:1: slug 'jaunumi' is reserved for a section of the site; choose another Slug"]),
        ("Title: 2016\nDate: 2016-04-26\n", ["news/a.md:1: slug '2016' would clash with the numbered news list pages (/jaunumi/2/, ...); add a Slug with words"]),
    ],
)
def test_each_problem_at_its_line(site, header, expected):
    site.write("news/a.md", header + "\nTeksts.\n")
    _, problems = check(site)
    assert lines(problems) == expected


@pytest.mark.parametrize("status", ["published", "draft", "hidden", "Draft", "HIDDEN"])
def test_known_statuses(site, status):
    site.write("news/a.md", f"Title: A\nDate: 2016-04-26\nStatus: {status}\n\nx\n")
    assert check(site)[1] == []


@pytest.mark.parametrize(("files", "expected"), [
    ({"news/a.md": "Title: Līgums “Kurzeme visiem”\nDate: 2016-04-26\n\nx\n",  # a duplicate slug names the other file
      "news/b.md": "Title: Līgums „Kurzeme visiem”\nDate: 2016-04-27\n\nx\n",
      "news/c.md": "Title: Cits\nDate: 2016-04-27\nSlug: ligums-kurzeme-visiem\n\nx\n"},
     ["news/b.md:1: duplicate slug 'ligums-kurzeme-visiem': news/a.md already uses it; add a different 'Slug: ...'",
      "news/c.md:3: duplicate slug 'ligums-kurzeme-visiem': news/a.md already uses it; add a different 'Slug: ...'"]),
    ({"news/a.md": "Date: 2016-04-26\n\nx\n", "news/b.md": "Date: 2016-04-26\n\nx\n"},  # a missing title is the one problem
     ["news/a.md:1: required field 'Title' is missing or empty; start the file with 'Title: ...'",
      "news/b.md:1: required field 'Title' is missing or empty; start the file with 'Title: ...'"]),
])
def test_slug_problems_across_files(site, files, expected):
    for name, text in files.items():
        site.write(name, text)
    _, problems = check(site)
    assert lines(problems) == expected


def test_all_problems_of_all_news_items_in_one_call(site):
    site.write("news/a.md", "Title: A\nDate: 26.04.2016\nPartners: nav-tada\nImage: foto.jpg\n\nx\n")
    site.write("news/2016/b.md", "Title: B\nDate: 2016-04-26\nServices: grupu-dzivokli\n\nx\n")
    site.write("news/c.md", "Title: A\nDate: 2016-04-26\n\nx\n")
    links, problems = check(site)
    assert lines(problems) == [
        "news/2016/b.md:3: unknown service 'grupu-dzivokli' in Services: no content/services/grupu-dzivokli.yaml; did you mean 'grupu-dzivoklis'?",
        "news/a.md:2: Date: '26.04.2016' is not a date in the form YYYY-MM-DD or YYYY-MM-DD HH:MM (e.g. 2016-04-26)",
        "news/a.md:3: unknown partner 'nav-tada' in Partners: no content/partners/nav-tada.yaml and no partner of that name; write the file name from content/partners/ (without .yaml) or the partner's name",
        "news/a.md:4: Image needs 'Image_alt: <what the picture shows>' (text for people who cannot see it)",
        "news/c.md:1: duplicate slug 'a': news/a.md already uses it; add a different 'Slug: ...'",
    ]
    assert len(links) == 3


def test_news_naming_a_broken_partner_adds_no_second_problem(site):
    site.write("partners/kuldigas-novads.yaml", "name: Kuldīgas novada dome\ntype: municipalty\nregion: kurzeme\n")
    site.write("news/a.md", "Title: A\nDate: 2016-04-26\nPartners: kuldigas-novads, talsu-novads\n\nx\n")
    directory, problems = load_directory(site.root)
    assert lines(problems) == [
        "partners/kuldigas-novads.yaml:2: 'municipalty' is not a valid type; use one of: municipality, state-care-centre, care-centre-branch, children-home"
    ]
    links, news_problems = check_news(site.root, "news", directory)
    assert news_problems == []
    assert [p.slug for p in next(iter(links.values())).partners] == ["talsu-novads"]


def test_service_slug_that_is_only_a_broken_partner_is_still_unknown(site):
    site.write("partners/kuldigas-novads.yaml", "name: Kuldīgas novada dome\ntype: municipalty\nregion: kurzeme\n")
    site.write("news/a.md", "Title: A\nDate: 2016-04-26\nServices: kuldigas-novads\n\nx\n")
    directory, _ = load_directory(site.root)
    _, news_problems = check_news(site.root, "news", directory)
    assert lines(news_problems) == [
        "news/a.md:3: unknown service 'kuldigas-novads' in Services: no content/services/kuldigas-novads.yaml; check the spelling against the file names"
    ]


def test_file_that_is_not_utf8(site):
    site.write_bytes("news/a.md", "Title: Rīga\n".encode("iso-8859-13"))
    _, problems = check(site)
    assert lines(problems) == ["news/a.md:1: the file is not UTF-8 text (invalid continuation byte); save it as UTF-8"]


def test_pages(content):
    content.write("pages/par-projektu.md", "Title: Par projektu\n\nx\n")
    content.write("pages/kontakti.md", "Title: Kontakti\nSlug: par-projektu\nPartners: a\n\nx\n")
    content.write("pages/meklet.md", "Title: Meklēt\n\nx\n")
    content.write("pages/bez-virsraksta.md", "Summary: x\n\nx\n")
    content.write("pages/piekluestamiba.md", "Title: Piekļūstamība\nImage: nav.png\n\nx\n")
    pages, problems = check_pages(content.root, "pages", DEFAULT_CONFIG, RESERVED)
    assert [(p.path.name, p.slug) for p in pages] == [
        ("bez-virsraksta.md", "bez-virsraksta"), ("kontakti.md", "par-projektu"), ("meklet.md", "meklet"),
        ("par-projektu.md", "par-projektu"), ("piekluestamiba.md", "piekluestamiba"),
    ]
    assert lines(problems) == [
        "pages/bez-virsraksta.md:1: required field 'Title' is missing or empty; start the file with 'Title: ...'",
        "pages/kontakti.md:3: warning: unknown field 'Partners'; it is not used by the site",
        "pages/meklet.md:1: slug 'meklet' is reserved for a section of the site; choose another Slug",
        # files are read in name order: kontakti.md claimed the slug first
        "pages/par-projektu.md:1: duplicate slug 'par-projektu': pages/kontakti.md already uses it; add a different 'Slug: ...'",
        "pages/piekluestamiba.md:2: Image 'nav.png' not found: put the file in content/images/ or fix the name",
        "pages/piekluestamiba.md:2: Image needs 'Image_alt: <what the picture shows>' (text for people who cannot see it)",
    ]


def test_news_slug():
    assert news_slug("Jauns “Kurzeme visiem” posms", None) == "jauns-kurzeme-visiem-posms"
    assert news_slug("Jauns posms", "  cits-slug ") == "cits-slug"
    assert news_slug("Jauns posms", "") == "jauns-posms"


@pytest.mark.parametrize(
    ("name", "slug"),
    [("par-projektu.md", "par-projektu"), ("Par Projektu.md", "par-projektu"), ("piekļūstamība.md", "pieklustamiba")],
)
def test_page_slug_from_the_file_name(name, slug):
    assert page_slug(Path("pages") / name, None, DEFAULT_CONFIG) == slug


def test_page_slug_given():
    assert page_slug(Path("pages/x.md"), " kontakti ", DEFAULT_CONFIG) == "kontakti"


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\u2028", "\x0c", "\x85"])
def test_control_characters_in_the_header_are_a_problem_at_their_line(site, character):
    site.write_bytes("news/a.md", f"Title: Ziņa{character}Status: draft\nDate: 2026-01-02\n\nTeksts\n".encode())
    _, problems = check(site)
    assert [(p.line, p.warning) for p in problems if "U+" in p.message] == [(1, False)]
    assert f"U+{ord(character):04X}" in lines(problems)[0] and lines(problems)[0].startswith("news/a.md:1: ")


def test_an_explicit_slug_over_150_characters_is_a_problem(site):
    site.write("news/a.md", f"Title: Ziņa\nDate: 2026-01-02\nSlug: {'a' * 200}\n\nTeksts\n")
    _, problems = check(site)
    assert [p for p in lines(problems) if "150" in p] == [
        f"news/a.md:3: Slug is 200 characters long; shorten it to 150, e.g. '{'a' * 150}'"]


def test_a_5000_character_title_is_fine(site):
    site.write("news/a.md", f"Title: {'Virsraksts ' * 455}\nDate: 2026-01-02\n\nTeksts\n")
    found, problems = check(site)
    assert problems == [] and len(next(iter(found.values())).slug) <= 150


def test_invalid_utf8_is_reported_at_its_own_line(site):
    site.write_bytes("news/a.md", "Title: Ziņa\nDate: 2026-01-02\n\nPirmā rinda.\nRīga\n".encode("utf-8").replace(
        "Rīga".encode("utf-8"), "Rīga".encode("iso-8859-13")))
    _, problems = check(site)
    assert [p.split(": ")[0] for p in lines(problems)] == ["news/a.md:5"]


def test_source_must_be_a_web_address(site):
    site.write("news/a.md", "Title: A\nDate: 2019-06-01\nSource: https://www.kurzemesregions.lv/zina/\n\nTeksts.\n")
    site.write("news/b.md", "Title: B\nDate: 2019-06-02\nSource: kurzemesregions.lv/zina\n\nTeksts.\n")
    _, problems = check(site)
    assert lines(problems) == [
        "news/b.md:3: Source 'kurzemesregions.lv/zina' is not a valid source address; write the original item's address, starting with https:// or http://",
    ]
