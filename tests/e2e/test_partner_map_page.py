"""The partner map on /partneri/, as the demo site builds it: one link marker per located partner, the same
partners as a numbered list, a way past the map, and nothing a Content-Security-Policy without
'unsafe-inline' would block."""

from __future__ import annotations

import re

import pytest
import yaml

from built_site import DEMO_CONTENT, BuiltSite

RECORDS = {
    path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
    for path in sorted((DEMO_CONTENT / "partners").glob("*.yaml"))
}
LOCATED = {slug: record for slug, record in RECORDS.items() if record.get("location")}
UNLOCATED = sorted(set(RECORDS) - set(LOCATED))


def display_name(record: dict) -> str:
    return record.get("short_name") or record["name"]


@pytest.fixture(scope="module")
def page(demo_site: BuiltSite):
    return demo_site.page("/partneri/")


@pytest.fixture(scope="module")
def figure(page):
    found = page.find_all("figure", class_="partner-map")
    assert len(found) == 1
    return found[0]


def marker_links(figure) -> dict[str, object]:
    return {a["href"]: a for a in figure.find("svg").find_all("a")}


def test_the_demo_has_located_and_unlocated_partners():
    assert len(LOCATED) == 27 and len(UNLOCATED) == 11


def test_one_marker_link_per_located_partner_named_after_it(figure):
    links = marker_links(figure)
    assert len(figure.find("svg").find_all("a")) == len(LOCATED)
    assert set(links) == {f"/partneri/{slug}/" for slug in LOCATED}
    for slug, record in LOCATED.items():
        link = links[f"/partneri/{slug}/"]
        assert link["aria-label"] == display_name(record)
        assert link.find("title").get_text().endswith(f". {display_name(record)}")
        assert link.find("circle", class_="partner-map__dot") is not None


@pytest.mark.parametrize("slug", UNLOCATED)
def test_partners_without_location_are_not_markers_but_are_listed_on_the_page(page, figure, slug):
    assert f"/partneri/{slug}/" not in marker_links(figure)
    assert page.find("a", href=f"/partneri/{slug}/") is not None


def test_marker_numbers_match_the_numbered_list(figure):
    svg_numbers = {a["href"]: a.find("text").get_text() for a in figure.find("svg").find_all("a")}
    legend = figure.find("ol", id="partneru-saraksts")
    listed = [a["href"] for a in legend.find_all("a")]
    assert sorted(listed) == sorted(svg_numbers)
    assert [svg_numbers[href] for href in listed] == [str(n) for n in range(1, len(listed) + 1)]
    names = {a["href"]: a.get_text() for a in legend.find_all("a")}
    assert names["/partneri/ventspils-pilseta/"] == "Ventspils"


def test_the_map_has_a_caption_a_name_and_a_way_past_it(figure):
    assert figure.figcaption.get_text(" ", strip=True) == "Partneri kartē (shematiska karte)"
    svg = figure.find("svg")
    title = svg.find("title", recursive=False)
    assert svg["aria-labelledby"] == title["id"] and title.get_text(strip=True)
    skip = figure.find("a", href="#partneru-saraksts")
    assert skip.get_text(strip=True) == "Izlaist karti un pāriet uz sarakstu"
    assert figure.find_all("a").index(skip) == 0  # before the first marker
    assert "Kartē atzīmētas pašvaldības, kurām zināma atrašanās vieta" in figure.get_text(" ", strip=True)


def test_the_svg_scales_with_its_view_box(figure):
    svg = figure.find("svg")  # html.parser lower-cases attribute names: viewBox is "viewbox"
    assert re.fullmatch(r"0 0 \d+ \d+", svg["viewbox"])
    assert [int(n) for n in svg["viewbox"].split()[2:]] == [int(svg["width"]), int(svg["height"])]
    labels = [t.get_text() for t in svg.find_all("text", class_="partner-map__label")]
    assert {"Baltijas jūra", "Rīgas līcis"} <= set(labels)


def test_nothing_inline_that_a_strict_content_security_policy_blocks(demo_site: BuiltSite, page):
    assert page.find_all(style=True) == []
    assert page.find_all("style") == []
    assert [s for s in page.find_all("script") if not s.get("src")] == []
    html = demo_site.file_for("/partneri/").read_text(encoding="utf-8")
    assert not re.search(r"\son[a-z]+=", html)  # no event handler attributes


def test_the_map_stylesheet_is_imported(demo_site: BuiltSite):
    site_css = (demo_site.output / "theme" / "css" / "site.css").read_text(encoding="utf-8")
    assert '@import url("components/partner-map.css");' in site_css
    assert (demo_site.output / "theme" / "css" / "components" / "partner-map.css").is_file()
