"""The public build as ``make publish`` writes it: metadata, feeds, sitemap, search page, minified and
precompressed files, byte-identical rebuilds, and the old output kept when a publish step fails."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import xml.etree.ElementTree as ET

import brotli

from built_site import PUBLISH_SETTINGS, ROOT, BuiltSite, copy_demo_content, run_build, tree_digest

SITE = "https://example.test"
TUKUMS_NEWS = "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def json_ld(page) -> dict:
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].get_text())


def meta(page, **attrs) -> str:
    tag = page.find("meta", attrs=attrs)
    assert tag is not None, attrs
    return tag["content"]


def test_news_item_has_title_description_canonical_open_graph_and_news_article(published_site: BuiltSite):
    page = published_site.page(TUKUMS_NEWS)
    assert page.title.get_text().startswith("Tukuma novada dome noslēgusi līgumu")
    assert meta(page, name="description").startswith("Tukuma novada dome ir noslēgusi līgumu")
    assert page.find("link", rel="canonical")["href"] == SITE + TUKUMS_NEWS
    assert meta(page, property="og:url") == SITE + TUKUMS_NEWS
    assert meta(page, property="og:type") == "article"
    assert meta(page, property="og:locale") == "lv_LV"
    data = json_ld(page)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Tukuma novada dome noslēgusi līgumu par sadarbību projekta “Kurzeme visiem” īstenošanā"
    assert data["datePublished"].startswith("2016-05-20T")
    assert data["url"] == SITE + TUKUMS_NEWS
    assert {"@type": "GovernmentOrganization", "name": "Tukuma novada pašvaldība", "url": SITE + "/partneri/tukuma-novads/"} in data["about"]


def test_partner_json_ld_holds_only_the_fields_its_yaml_gives(published_site: BuiltSite):
    data = json_ld(published_site.page("/partneri/tukuma-novads/"))
    assert data["@type"] == "GovernmentOrganization"
    assert data["contactPoint"] == [{"@type": "ContactPoint", "name": "Inga Helmane", "contactType": "projekta kontaktpersona Tukuma novadā",
                                     "telephone": "63122238", "email": "inga.helmane@tukums.lv"}]
    assert data["sameAs"] == "https://www.tukums.lv"  # the website from tukuma-novads.yaml (issue 13)
    assert not {"telephone", "email", "address"} & data.keys(), "tukuma-novads.yaml gives none of these"
    home = json_ld(published_site.page("/partneri/bernu-nams-stikli/"))
    assert home["@type"] == "Organization"
    branch = json_ld(published_site.page("/partneri/vsac-kurzeme-dundaga/"))
    assert branch["parentOrganization"]["url"] == SITE + "/partneri/vsac-kurzeme/"


def test_partner_page_links_its_own_feed(published_site: BuiltSite):
    page = published_site.page("/partneri/tukuma-novads/")
    feeds = {link["href"] for link in page.find_all("link", rel="alternate")}
    assert feeds == {SITE + "/feeds/jaunumi.atom.xml", SITE + "/feeds/partneri/tukuma-novads.atom.xml"}
    feed = ET.fromstring((published_site.output / "feeds/partneri/tukuma-novads.atom.xml").read_bytes())
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [SITE + TUKUMS_NEWS]
    assert all(e.find(f"{ATOM}summary").text for e in entries)


def test_news_feed_is_atom_with_summaries_and_absolute_links(published_site: BuiltSite):
    feed = ET.fromstring((published_site.output / "feeds/jaunumi.atom.xml").read_bytes())
    assert feed.tag == f"{ATOM}feed" and feed.find(f"{ATOM}updated").text.startswith("2023-10-10")  # the newest item
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(list((ROOT / "content" / "news").glob("*.md")))  # every demo news item
    assert all(e.find(f"{ATOM}summary").text and e.find(f"{ATOM}link").get("href").startswith(SITE + "/jaunumi/")
               for e in entries)


def test_sitemap_lists_every_public_page_with_lastmod_and_robots_points_to_it(published_site: BuiltSite):
    root = ET.fromstring((published_site.output / "sitemap.xml").read_bytes())
    listed = {u.find(f"{SITEMAP}loc").text: u.find(f"{SITEMAP}lastmod").text for u in root.findall(f"{SITEMAP}url")}
    pages = {SITE + published_site.url_of(p) for p in published_site.html_files()
             if p.relative_to(published_site.output).parts[0] not in ("pagefind",) and p.name != "404.html"}
    assert set(listed) == pages
    assert listed[SITE + TUKUMS_NEWS] == "2016-05-20"
    assert listed[SITE + "/partneri/tukuma-novads/"] == "2016-05-20"
    assert all(len(day) == 10 for day in listed.values())
    robots = (published_site.output / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE}/sitemap.xml" in robots


def test_404_page_is_in_the_sites_design_and_not_indexed(published_site: BuiltSite):
    page = published_site.page("/404.html")
    assert page.h1.get_text() == "Lapa nav atrasta"
    assert page.find("header", class_="site-header") and page.find("footer", class_="site-footer")
    assert meta(page, name="robots") == "noindex"
    assert not page.find("link", rel="canonical")


def test_search_page_loads_pagefind_from_the_site_without_inline_script(published_site: BuiltSite):
    page = published_site.page("/meklet/")
    sources = [s["src"] for s in page.find_all("script", src=True)]
    assert page.find(id="meklesana")["data-pagefind"] == SITE + "/pagefind/pagefind.js"  # imported by search.js
    assert any(s.startswith(SITE + "/theme/js/search.") for s in sources)
    assert any(s.startswith(SITE + "/theme/js/stemmer.") for s in sources)
    assert page.find("noscript")
    assert (published_site.output / "pagefind/pagefind.js").is_file()
    assert page.find(attrs={"data-pagefind-body": True}) is None, "the search page itself is not indexed"
    assert published_site.page("/pakalpojumi/grupu-dzivoklis/").find("main", attrs={"data-pagefind-body": True})


def test_no_page_has_inline_scripts_styles_or_outside_resources(published_site: BuiltSite):
    for path in published_site.html_files():
        if path.relative_to(published_site.output).parts[0] == "pagefind":
            continue
        page = published_site.page(published_site.url_of(path))
        url = published_site.url_of(path)
        assert not page.find("style") and not page.find(attrs={"style": True}), url
        assert all(s.get("src") or s.get("type") == "application/ld+json" for s in page.find_all("script")), url
        assert not [t for t in page.find_all(attrs={"onclick": True})], url
        for tag in page.find_all(["script", "link", "img"]):
            resource = tag.get("src") or (tag.get("href") if tag.name == "link" and tag.get("rel") != ["canonical"] and "alternate" not in tag.get("rel", []) else None)
            assert not resource or resource.startswith(SITE + "/"), (url, resource)


def test_assets_are_bundled_fingerprinted_and_minified(published_site: BuiltSite):
    css = sorted((published_site.output / "theme/css").glob("*.css"))  # the screen bundle and the print sheet
    assert [c.name.split(".")[0] for c in css] == ["print", "site"]
    assert all(re.fullmatch(r"(site|print)\.[0-9a-f]{10}\.css", c.name) for c in css), css
    text = css[1].read_text(encoding="utf-8")
    assert "@import" not in text and ".site-header" in text and "\n\n" not in text
    home = (published_site.output / "index.html").read_text(encoding="utf-8")
    for sheet in css:
        assert f"/theme/css/{sheet.name}" in home
    assert "/theme/css/site.css" not in home and "/theme/css/print.css" not in home
    assert "\n  " not in home, "HTML is minified"


def test_text_files_are_precompressed_identically(published_site: BuiltSite):
    page = published_site.output / "partneri/index.html"
    assert gzip.decompress(page.with_name("index.html.gz").read_bytes()) == page.read_bytes()
    assert brotli.decompress(page.with_name("index.html.br").read_bytes()) == page.read_bytes()
    sitemap = published_site.output / "sitemap.xml"
    assert gzip.decompress(sitemap.with_name("sitemap.xml.gz").read_bytes()) == sitemap.read_bytes()


def test_two_builds_of_the_same_content_are_byte_identical(published_site: BuiltSite, tmp_path):
    content = copy_demo_content(tmp_path / "content")
    result = run_build(content, tmp_path / "again", settings=PUBLISH_SETTINGS, env={"SITEURL": SITE})
    assert result.returncode == 0, result.stderr
    first, second = tree_digest(published_site.output), tree_digest(tmp_path / "again")
    assert len(first) > 300
    assert first == second


def test_a_failing_publish_step_leaves_the_old_output_untouched(tmp_path):
    content = copy_demo_content(tmp_path / "content")
    assert run_build(content, tmp_path / "output", settings=PUBLISH_SETTINGS, env={"SITEURL": SITE}).returncode == 0
    before = tree_digest(tmp_path / "output")
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    (theme / "static/css/site.css").write_text('@import url("missing.css");\n', encoding="utf-8")
    settings = tmp_path / "publishconf_broken.py"
    settings.write_text(f"from publishconf import *\nTHEME = {str(theme)!r}\n", encoding="utf-8")
    result = run_build(content, tmp_path / "output", settings=settings,
                       env={"SITEURL": SITE, "PYTHONPATH": f"{ROOT / 'plugins'}:{ROOT}"})
    assert result.returncode == 1
    assert "missing.css" in result.stderr
    assert tree_digest(tmp_path / "output") == before
    assert not list(tmp_path.glob(".output-staging-*"))
