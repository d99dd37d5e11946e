"""Issue 13 on the built demo site: today's municipalities, sourced availability, whom to call, old URLs."""

from __future__ import annotations

import re

import yaml

from built_site import DEMO_CONTENT, BuiltSite

PARTNERS = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (DEMO_CONTENT / "partners").glob("*.yaml")}
CURRENT = sorted(s for s, d in PARTNERS.items() if d["type"] == "municipality" and "valid_to" not in d)
FORMER = sorted(s for s, d in PARTNERS.items() if "merged_into" in d)
HTTP = re.compile(r"^https?://")


def hrefs(soup) -> set[str]:
    return {a["href"] for a in soup.find_all("a", href=True)}


def matrix_rows(site: BuiltSite) -> dict[str, list]:
    table = site.page("/pakalpojumi/pasvaldibas/").find("table")
    return {tr.find("th", scope="row").a["href"]: tr.find_all("td") for tr in table.find_all("tr") if tr.find("th", scope="row")}


def test_the_demo_has_the_current_municipalities_and_keeps_the_old_ones():
    assert {"dienvidkurzemes-novads", "kuldigas-novads", "saldus-novads", "talsu-novads", "tukuma-novads",
            "ventspils-novads", "liepajas-pilseta", "ventspils-pilseta", "jekabpils-novads"} <= set(CURRENT)
    assert len(FORMER) == 15


def test_every_old_url_still_works_and_leads_to_its_successor(demo_site: BuiltSite):
    for slug in FORMER:
        page = demo_site.page(f"/partneri/{slug}/")
        notice = page.find(class_="merger-notice--former")
        successor = PARTNERS[slug]["merged_into"]
        assert f"/partneri/{successor}/" in hrefs(notice), slug
        assert "Kopš 2021. gada 1. jūlija" in notice.get_text(), slug
        assert PARTNERS[slug]["merged_source"] in hrefs(notice)


def test_the_successor_lists_the_former_municipalities(demo_site: BuiltSite):
    notice = demo_site.page("/partneri/dienvidkurzemes-novads/").find(class_="merger-notice")
    expected = {f"/partneri/{s}/" for s in FORMER if PARTNERS[s]["merged_into"] == "dienvidkurzemes-novads"}
    assert len(expected) == 8 and hrefs(notice) == expected
    assert notice.get_text(" ", strip=True).startswith("Kopš 2021. gada 1. jūlija šajā pašvaldībā ietilpst")


def test_matrix_rows_are_the_current_municipalities_only(demo_site: BuiltSite):
    assert sorted(matrix_rows(demo_site)) == sorted(f"/partneri/{s}/" for s in CURRENT)


def test_matrix_has_a_legend_with_distinct_symbols_and_words(demo_site: BuiltSite):
    legend = demo_site.page("/pakalpojumi/pasvaldibas/").find(class_="availability-matrix__legend")
    terms = [dt.get_text(" ", strip=True) for dt in legend.find_all("dt")]
    assert terms == ["✓ pieejams", "○ plānots", "× slēgts", "? statuss nav zināms", "– nav ziņu"]


def test_every_filled_matrix_cell_links_to_a_source_and_the_figures_hold(demo_site: BuiltSite):
    filled, sources = 0, set()
    for partner_url, cells in matrix_rows(demo_site).items():
        for cell in cells:
            word = cell.get_text(" ", strip=True)
            if "pieejams" in word or "plānots" in word or "slēgts" in word:
                link = cell.find("a", href=True)
                assert link and HTTP.match(link["href"]), (partner_url, word)
                assert link.find(class_="status-word__symbol")["aria-hidden"] == "true"
                filled += 1
                sources.add(link["href"])
            else:
                assert word in ("– nav ziņu", "? statuss nav zināms"), (partner_url, word)
    print(f"\nfilled matrix cells with a source: {filled}; distinct sources: {len(sources)}")
    assert filled >= 25 and len(sources) >= 10


def test_a_former_municipalitys_entries_fill_its_successors_row(demo_site: BuiltSite):
    table = demo_site.page("/pakalpojumi/pasvaldibas/").find("table")
    columns = [th.a["href"] for th in table.thead.find_all("th", scope="col") if th.a]
    cells = dict(zip(columns, matrix_rows(demo_site)["/partneri/dienvidkurzemes-novads/"]))
    workshop = cells["/pakalpojumi/specializeta-darbnica/"]  # recorded for Priekules novads only
    assert "plānots" in workshop.get_text() and workshop.a["href"].startswith("https://kurzemevisiem.lv/priekules")
    row_header = table.find("a", href="/partneri/dienvidkurzemes-novads/").parent
    assert "Priekules novads" in row_header.get_text()


def test_the_phone_view_lists_each_municipality(demo_site: BuiltSite):
    narrow = demo_site.page("/pakalpojumi/pasvaldibas/").find(class_="availability-matrix__narrow")
    sections = narrow.find_all("section", class_="availability-matrix__municipality")
    assert [s.h3.a["href"] for s in sections] == list(matrix_rows(demo_site))
    liepaja = next(s for s in sections if s.h3.a["href"] == "/partneri/liepajas-pilseta/")
    items = [li.get_text(" ", strip=True) for li in liepaja.find_all("li")]
    assert "Grupu dzīvoklis : ✓ pieejams (avots)" in items


def test_municipality_page_leads_with_whom_to_call(demo_site: BuiltSite):
    main = demo_site.page("/partneri/tukuma-novads/").find("main")
    sections = [s.get("aria-labelledby") for s in main.find_all("section")]
    assert sections[:2] == ["kam-zvanit", "pakalpojumi"]
    call = main.find("section", attrs={"aria-labelledby": "kam-zvanit"})
    assert call.find("a", href="tel:+37180205333").get_text() == "+371 80205333"
    assert "https://www.tukums.lv/lv/tukuma-novada-sociala-dienesta-apmekletaju-pienemsanas-laiki" in hrefs(call)
    assert "Pieņemšanas laiks" in call.get_text()


def test_every_current_kurzeme_municipality_has_a_sourced_social_service(demo_site: BuiltSite):
    for slug in CURRENT:
        call = demo_site.page(f"/partneri/{slug}/").find("section", attrs={"aria-labelledby": "kam-zvanit"})
        assert call is not None, slug
        if "social_service" in PARTNERS[slug]:
            assert PARTNERS[slug]["social_service"]["source"] in hrefs(call), slug


def test_a_former_municipality_shows_its_successors_social_service(demo_site: BuiltSite):
    call = demo_site.page("/partneri/rojas-novads/").find("section", attrs={"aria-labelledby": "kam-zvanit"})
    assert "Talsu novada Sociālais dienests" in call.get_text()


def test_partner_page_lists_services_by_status_with_places_address_and_source(demo_site: BuiltSite):
    section = demo_site.page("/partneri/kuldigas-novads/").find("section", attrs={"aria-labelledby": "pakalpojumi"})
    assert [h.get_text() for h in section.find_all("h3")] == ["Pieejamie pakalpojumi", "Plānotie pakalpojumi"]
    first = next(li for li in section.find_all("li", class_="service-offers__item") if "Dienas aprūpes centrs" in li.h4.get_text())
    text = first.get_text(" ", strip=True)
    assert "kopš 2023. gada 18. jūlija" in text
    assert "Vietu skaits 16" in text and "Torņa iela 6" in text
    assert first.find("a", string="Avots")["href"].startswith("https://kuldigasnovads.lv/")
    assert "pārbaudīts 2026. gada 3. decembrī" in text


def test_service_page_lists_where_available_and_where_planned(demo_site: BuiltSite):
    section = demo_site.page("/pakalpojumi/grupu-dzivoklis/").find("section", attrs={"aria-labelledby": "kur"})
    headings = [h.get_text() for h in section.find_all("h3")]
    assert headings[:2] == ["Pieejams", "Plānots"]
    available = section.find("h3", string="Pieejams").find_next_sibling("ul")
    assert "/partneri/liepajas-pilseta/" in hrefs(available)
    planned = section.find("h3", string="Plānots").find_next_sibling("ul")
    assert "/partneri/kuldigas-novads/" in hrefs(planned)


def test_news_about_a_former_municipality_appear_on_its_successor(demo_site: BuiltSite):
    old = demo_site.page("/partneri/aizputes-novads/").find("section", attrs={"aria-labelledby": "zinas"})
    new = demo_site.page("/partneri/dienvidkurzemes-novads/").find("section", attrs={"aria-labelledby": "zinas"})
    news = {h for h in hrefs(old) if h.startswith("/jaunumi/")}
    assert news and news <= hrefs(new)


def test_home_finder_lists_current_and_former_municipalities_as_links(demo_site: BuiltSite):
    finder = demo_site.page("/").find("nav", class_="municipality-finder")
    links = {a.get_text(" ", strip=True): a["href"] for a in finder.find_all("a")}
    for slug in CURRENT:
        assert f"/partneri/{slug}/" in links.values()
    assert links["Priekules novads → : tagad Dienvidkurzemes novads"] == "/partneri/dienvidkurzemes-novads/"
    assert links["Rojas novads → : tagad Talsu novads"] == "/partneri/talsu-novads/"
    assert finder.find("script") is None and finder.find("form") is None  # plain links: no script, no form


def news_headers() -> dict[str, dict[str, str]]:
    found = {}
    for path in sorted((DEMO_CONTENT / "news").glob("*.md")):
        header = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                break
            key, _, value = line.partition(":")
            header[key.strip().lower()] = value.strip()
        found[path.name] = header
    return found


def test_the_retold_news_carry_their_source_and_span_the_project_years():
    sourced = {name: h for name, h in news_headers().items() if "source" in h}
    years = sorted({h["date"][:4] for h in sourced.values()})
    print(f"\nnews items with a Source: {len(sourced)}; years: {', '.join(years)}")
    assert len(sourced) >= 25 and len(years) >= 5
    assert all(HTTP.match(h["source"]) for h in sourced.values())


def test_a_news_item_shows_its_source_as_avots(demo_site: BuiltSite):
    page = demo_site.page("/jaunumi/talsos-atklats-dienas-aprupes-centrs-iespeju-namins/")
    source = page.find("p", class_="news-source")
    assert source.get_text(" ", strip=True) == "Avots: kurzemevisiem.lv"
    assert source.a["href"] == "https://kurzemevisiem.lv/talsos-svinigi-atklats-dienas-aprupes-centrs/"
