"""The demo site, built as ``make html`` builds it: contract URLs, cross-links, matrix, Latvian text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
import yaml

from built_site import DEMO_CONTENT, BuiltSite

PARTNERS = sorted(p.stem for p in (DEMO_CONTENT / "partners").glob("*.yaml"))
SERVICES = sorted(p.stem for p in (DEMO_CONTENT / "services").glob("*.yaml"))
TUKUMS_NEWS = "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"
# the newest news item of the demo (the home page lists the newest ones)
NEWEST_NEWS = "/jaunumi/ventspils-namina-berni-macas-uznemties-atbildibu-par-savu-dzivi/"


def load(kind: str, slug: str) -> dict:
    return yaml.safe_load((DEMO_CONTENT / kind / f"{slug}.yaml").read_text(encoding="utf-8"))


def hrefs(soup) -> set[str]:
    return {a["href"] for a in soup.find_all("a", href=True)}


def test_demo_directory_has_all_partners_and_at_least_ten_services():
    assert len(PARTNERS) == 38
    types = [load("partners", slug)["type"] for slug in PARTNERS]
    assert types.count("municipality") == 27  # 12 today, 15 merged in 2021 (issue 13)
    assert types.count("care-centre-branch") == 6
    assert types.count("children-home") == 4
    assert types.count("state-care-centre") == 1
    assert len(SERVICES) >= 10


@pytest.mark.parametrize("slug", PARTNERS)
def test_every_partner_has_its_page_at_the_contract_url(demo_site: BuiltSite, slug):
    page = demo_site.page(f"/partneri/{slug}/")
    assert page.h1.get_text(strip=True) == load("partners", slug)["name"]


@pytest.mark.parametrize("slug", SERVICES)
def test_every_service_has_its_page_at_the_contract_url(demo_site: BuiltSite, slug):
    page = demo_site.page(f"/pakalpojumi/{slug}/")
    record = load("services", slug)
    assert page.h1.get_text(strip=True) == record["name"]
    assert record["summary"] in page.get_text(" ", strip=True)


@pytest.mark.parametrize("url", ["/", "/jaunumi/", "/partneri/", "/pakalpojumi/", "/par-projektu/", "/kontakti/",
                                 "/piekluestamiba/", "/404.html", TUKUMS_NEWS])
def test_contract_urls_exist(demo_site: BuiltSite, url):
    assert demo_site.exists(url)


def test_partner_index_groups_partners_and_nests_branches_under_vsac(demo_site: BuiltSite):
    page = demo_site.page("/partneri/")
    headings = [h.get_text(" ", strip=True) for h in page.find_all("h2")]
    assert headings == [
        "Kurzemes pašvaldības (8)",
        "Citu plānošanas reģionu pašvaldības (4)",
        "Bijušās pašvaldības (15)",
        "VSAC “Kurzeme” un tā filiāles",
        "Bērnu sociālās aprūpes centri (4)",
    ]
    sections = {h.get_text(" ", strip=True): h.find_parent("section") for h in page.find_all("h2")}
    kurzeme = hrefs(sections["Kurzemes pašvaldības (8)"])
    # Tukuma novads is in the Kurzeme planning region since the 2021 reform (issue 13)
    assert {"/partneri/liepajas-pilseta/", "/partneri/tukuma-novads/"} <= kurzeme
    assert "/partneri/priekules-novads/" in hrefs(sections["Bijušās pašvaldības (15)"])
    vsac_item = page.find("a", href="/partneri/vsac-kurzeme/").find_parent("li")
    nested = {a["href"] for a in vsac_item.find("ul").find_all("a")}
    assert nested == {f"/partneri/{slug}/" for slug in PARTNERS if slug.startswith("vsac-kurzeme-")}


def test_services_index_is_grouped_by_target_group(demo_site: BuiltSite):
    page = demo_site.page("/pakalpojumi/")
    labels = {
        "children-ft": "Bērni ar funkcionāliem traucējumiem",
        "adults-grt": "Pieaugušie ar garīga rakstura traucējumiem",
        "children-in-care": "Bērni ārpusģimenes aprūpē",
        "families": "Ģimenes",
    }
    for code, label in labels.items():
        section = page.find("section", attrs={"aria-labelledby": code})
        assert section.h2.get_text(strip=True) == label
        expected = {f"/pakalpojumi/{s}/" for s in SERVICES if code in load("services", s)["target_groups"]}
        assert hrefs(section) == expected


def test_partner_and_service_link_each_other(demo_site: BuiltSite):
    partner = demo_site.page("/partneri/tukuma-novads/")
    service = demo_site.page("/pakalpojumi/socialais-mentors/")
    assert "/pakalpojumi/socialais-mentors/" in hrefs(partner.find("section", attrs={"aria-labelledby": "pakalpojumi"}))
    assert "/partneri/tukuma-novads/" in hrefs(service.find("section", attrs={"aria-labelledby": "kur"}))


def test_partner_page_shows_contacts_from_yaml_only(demo_site: BuiltSite):
    contacts = demo_site.page("/partneri/tukuma-novads/").find("section", attrs={"aria-labelledby": "kontakti"})
    assert contacts.find("a", href="tel:63122238").get_text() == "63122238"
    assert contacts.find("a", href="mailto:inga.helmane@tukums.lv")
    text = demo_site.page("/partneri/aizputes-novads/").find("section", attrs={"aria-labelledby": "kontakti"})
    assert text.find("dl") is None, "a partner without contact fields must not show an empty contact list"
    assert not text.find_all("a", href=re.compile(r"^(tel|mailto):"))


def test_branch_and_parent_link_each_other(demo_site: BuiltSite):
    branch = demo_site.page("/partneri/vsac-kurzeme-ilgi/")
    assert "/partneri/vsac-kurzeme/" in hrefs(branch.find("main"))
    parent = demo_site.page("/partneri/vsac-kurzeme/").find("section", attrs={"aria-labelledby": "filiales"})
    assert {f"/partneri/{s}/" for s in PARTNERS if s.startswith("vsac-kurzeme-")} == hrefs(parent)


def test_news_item_links_partners_and_partners_list_the_news(demo_site: BuiltSite):
    news = demo_site.page(TUKUMS_NEWS).find("aside", class_="related")
    assert hrefs(news) == {"/partneri/tukuma-novads/", "/partneri/vsac-kurzeme/", "/pakalpojumi/socialais-mentors/"}
    for url in ("/partneri/tukuma-novads/", "/partneri/vsac-kurzeme/", "/pakalpojumi/socialais-mentors/"):
        assert TUKUMS_NEWS in hrefs(demo_site.page(url).find("section", attrs={"aria-labelledby": "zinas"}))


def test_partner_news_are_newest_first(demo_site: BuiltSite):
    section = demo_site.page("/partneri/vsac-kurzeme/").find("section", attrs={"aria-labelledby": "zinas"})
    dates = [t["datetime"] for t in section.find_all("time")]
    assert len(dates) >= 2 and dates == sorted(dates, reverse=True)


def test_matrix_is_a_real_table_marking_the_right_cells(demo_site: BuiltSite):
    table = demo_site.page("/pakalpojumi/pasvaldibas/").find("table")
    assert table.caption.get_text(strip=True)
    columns = [th.a["href"] for th in table.thead.find_all("th", scope="col") if th.a]
    assert sorted(columns) == sorted(f"/pakalpojumi/{s}/" for s in SERVICES)
    rows = {tr.find("th", scope="row").a["href"]: tr.find_all("td") for tr in table.find_all("tr") if tr.find("th", scope="row")}
    municipalities = [s for s in PARTNERS if load("partners", s)["type"] == "municipality" and "valid_to" not in load("partners", s)]
    assert sorted(rows) == sorted(f"/partneri/{s}/" for s in municipalities)
    for partner_url, cells in rows.items():
        slug = partner_url.split("/")[2]
        merged = [s for s in PARTNERS if load("partners", s).get("merged_into") == slug]
        items = [item for s in [slug, *merged] for item in load("partners", s).get("services", [])]
        listed = {item if isinstance(item, str) else item["service"] for item in items}
        for service_url, cell in zip(columns, cells):
            empty = cell.get_text(" ", strip=True) == "– nav ziņu"
            assert empty == (service_url.split("/")[2] not in listed), (slug, service_url)
    tukums = [c.get_text(" ", strip=True) for c in rows["/partneri/tukuma-novads/"]]
    assert "? statuss nav zināms" in tukums and "✓ pieejams (avots)" in tukums


def test_dates_are_latvian(demo_site: BuiltSite):
    time = demo_site.page(TUKUMS_NEWS).find("main").find("time")
    assert time.parent.get_text() == "Publicēts 2016. gada 20. maijā"  # locative after the verb
    assert time["datetime"].startswith("2016-05-20")
    card = demo_site.page("/jaunumi/2016/").find("time", datetime=time["datetime"])
    assert card.get_text() == "2016. gada 20. maijs"  # a bare label: nominative


def test_abbreviations_are_marked_on_first_use_only(demo_site: BuiltSite):
    body = demo_site.page(TUKUMS_NEWS).find("div", class_="prose")
    abbrs = body.find_all("abbr")
    assert [(a.get_text(), a["title"]) for a in abbrs] == [
        ("GRT", "garīga rakstura traucējumi"),
        ("VSAC", "valsts sociālās aprūpes centrs"),
    ]


def test_news_slug_is_transliterated_title(demo_site: BuiltSite):
    assert demo_site.exists(TUKUMS_NEWS)


def test_home_has_latest_news_service_finder_and_partner_link(demo_site: BuiltSite):
    home = demo_site.page("/")
    links = hrefs(home.find("main"))
    assert {"/pakalpojumi/pasvaldibas/", "/pakalpojumi/", "/partneri/", NEWEST_NEWS} <= links
    assert home.find("h2", id="atrodiet-pakalpojumus")


def test_every_page_has_the_shared_frame(demo_site: BuiltSite):
    pages = demo_site.html_files()
    assert len(pages) >= 36 + 12 + 8
    for path in pages:
        url = demo_site.url_of(path)
        soup = demo_site.page(url)
        assert soup.html["lang"] == ("en" if url.startswith("/en/") else "lv"), url
        assert len(soup.find_all("h1")) == 1, url
        assert soup.find("a", class_="skip-link")["href"] == "#saturs", url
        assert soup.find("main", id="saturs"), url
        assert "Eiropas Sociālais fonds" in soup.find("footer", class_="site-footer").get_text(), url
        for tag, attribute in (("link", "href"), ("script", "src"), ("img", "src")):
            for element in soup.find_all(tag, attrs={attribute: True}):
                assert not re.match(r"^(https?:)?//", element[attribute]) or "127.0.0.1" in element[attribute], (url, element)


def test_feed_lists_the_news(demo_site: BuiltSite):
    feed = ET.parse(demo_site.file_for("/feeds/jaunumi.atom.xml"))
    titles = [e.text for e in feed.getroot().iter("{http://www.w3.org/2005/Atom}title")]
    assert "Tukuma novada dome noslēgusi līgumu par sadarbību projekta “Kurzeme visiem” īstenošanā" in titles


def test_published_site_uses_absolute_urls(published_site: BuiltSite):
    home = published_site.page("/")
    assert home.find("link", rel="stylesheet")["href"].startswith("https://example.test/")
    assert NEWEST_NEWS in {a["href"].removeprefix("https://example.test") for a in home.find_all("a", href=True)}
