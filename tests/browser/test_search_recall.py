"""How well Latvian search finds pages: recall in the top 5 for queries written in other word forms than the page
uses, through the real public build (Pagefind index with the build's stems) and the real search page
(search.js stemming the query) in Chromium. ``pytest -s`` prints the figures.

Baseline: the same queries given to Pagefind as typed (no query stemming), which is how the site searched before.
"""

from __future__ import annotations

import re

import pytest

from kurzeme_visiem.content.lv.plural import category as plural_category

pytestmark = pytest.mark.browser

N = "/partneri/"
S = "/pakalpojumi/"
NEWS_AGREEMENTS = "/jaunumi/kurzemes-planosanas-regions-nosledzis-sadarbibas-ligumus-ar-visiem-projekta-kurzeme-visiem-partneriem/"
NEWS_TUKUMS = "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"

# (query in a word form the page does not use, the page it must find); written from the demo content
INFLECTED = [
    ("grupu dzīvokļos", S + "grupu-dzivoklis/"),
    ("grupu dzivokli", S + "grupu-dzivoklis/"),
    ("dzīvokļa", S + "grupu-dzivoklis/"),
    ("aprūpe mājā", S + "aprupe-majas/"),
    ("aprūpētāji", S + "aprupe-majas/"),
    ("atelpas brīdī", S + "atelpas-bridis/"),
    ("dienas aprūpes centros", S + "dienas-aprupes-centrs/"),
    ("ģimeniskā vidē", S + "gimeniska-vide/"),
    ("atbalsts ģimenei ar bērnu", S + "gimenu-atbalsts/"),
    ("jauniešu mājās", S + "jauniesu-maja/"),
    ("jaunietim", S + "jauniesu-maja/"),
    ("pusceļa mājās", S + "puscela-maja/"),
    ("sociālo mentoru", S + "socialais-mentors/"),
    ("mentoriem", S + "socialais-mentors/"),
    ("sociālās rehabilitācijas bērnam", S + "socialas-rehabilitacija-berniem/"),
    ("specializētās audžuģimenes", S + "specializeta-audzugimene/"),
    ("audžuģimenēm", S + "specializeta-audzugimene/"),
    ("specializētās darbnīcās", S + "specializeta-darbnica/"),
    ("darbnīcu", S + "specializeta-darbnica/"),
    ("palīdzība bērnam ar invaliditāti", S + "gimenu-atbalsts/"),
    ("Talsos", N + "talsu-novads/"),
    ("Talsu novadā", N + "talsu-novads/"),
    ("Tukumā", N + "tukuma-novads/"),
    ("Kuldīgā", N + "kuldigas-novads/"),
    ("Liepājas bērnunamā", N + "liepajas-bernunams/"),
    ("Ventspils pilsētā", N + "ventspils-pilseta/"),
    ("Grobiņā", N + "grobinas-novads/"),
    ("Saldū", N + "saldus-novads/"),
    ("Stiklos", N + "bernu-nams-stikli/"),
    ("Strazdes bērnu namā", N + "strazdes-bernu-nams/"),
    ("Selgā", N + "socialas-aprupes-nams-selga/"),
    ("Iļģos", N + "vsac-kurzeme-ilgi/"),
    ("Ilgos", N + "vsac-kurzeme-ilgi/"),
    ("Veģos", N + "vsac-kurzeme-vegi/"),
    ("Aizvīķos", N + "vsac-kurzeme-aizviki/"),
    ("Gudeniekos", N + "vsac-kurzeme-gudenieki/"),
    ("Jēkabpilī", N + "jekabpils-pilseta/"),
    ("Smiltenē", N + "smiltenes-novads/"),
    ("Limbažos", N + "limbazu-novads/"),
    ("Pāvilostā", N + "pavilostas-novads/"),
    ("Vaiņodē", N + "vainodes-novads/"),
    ("Nīcā", N + "nicas-novads/"),
    ("Mērsragā", N + "mersraga-novads/"),
    ("Brocēnos", N + "brocenu-novads/"),
    ("Aizputē", N + "aizputes-novads/"),
    ("sadarbības līgumu noslēgšana ar partneriem", NEWS_AGREEMENTS),
    ("Tukuma novada domes līgums", NEWS_TUKUMS),
    ("piekļūstamības paziņojums", "/piekluestamiba/"),
    ("kontaktiem", "/kontakti/"),
]

# the page's own word forms: must be found at least as well as without stemming
EXACT = [
    ("grupu dzīvoklis", S + "grupu-dzivoklis/"),
    ("Sociālā mentora pakalpojums", S + "socialais-mentors/"),
    ("Specializētā darbnīca", S + "specializeta-darbnica/"),
    ("Pusceļa māja", S + "puscela-maja/"),
    ("Jauniešu māja", S + "jauniesu-maja/"),
    ("Atelpas brīža pakalpojums", S + "atelpas-bridis/"),
    ("Talsu novada dome", N + "talsu-novads/"),
    ("Tukuma novada dome", N + "tukuma-novads/"),
    ("Iļģi", N + "vsac-kurzeme-ilgi/"),
    ("Kontakti", "/kontakti/"),
    ("Paziņojums par piekļūstamību", "/piekluestamiba/"),
    ("Strazdes bērnu nams", N + "strazdes-bernu-nams/"),
]

TOP = 5
RECALL_REQUIRED = 0.90


def top_through_search_page(page, base_url: str, query: str) -> list[str]:
    """The first results the search page shows (search.js stems the query)."""
    page.goto(f"{base_url}/meklet/?q={query}")
    page.locator(".search__status:not(:empty):not(:has-text('Meklē'))").wait_for(timeout=15_000)
    # "Nekas …" or the first result; a locator, not wait_for_function: nginx's CSP (no 'unsafe-eval') blocks that
    page.locator(".search__status", has_text=re.compile("^Nekas")).or_(page.locator(".search-result")).first.wait_for(
        state="attached", timeout=15_000)
    links = page.locator(".search-result__link")
    return [links.nth(i).get_attribute("href") for i in range(min(links.count(), TOP))]


def top_unstemmed(page, query: str) -> list[str]:
    """The first results of Pagefind for the query as typed, no stemming (the site's search before)."""
    return page.evaluate(
        """async ([query, top]) => {
             const pagefind = await import(document.getElementById("meklesana").dataset.pagefind);
             const found = await pagefind.search(query);
             const data = await Promise.all(found.results.slice(0, top).map(r => r.data()));
             return data.map(d => d.url);
           }""", [query, TOP])


def found(urls: list[str], expected: str) -> bool:
    return any(url.split("#")[0].endswith(expected) for url in urls)


def recall(page, base_url: str, pairs, stemmed: bool) -> tuple[float, list[str]]:
    misses = []
    for query, expected in pairs:
        urls = top_through_search_page(page, base_url, query) if stemmed else top_unstemmed(page, query)
        if not found(urls, expected):
            misses.append(f"{query!r} → {expected} (got {urls})")
    return 1 - len(misses) / len(pairs), misses


def test_latvian_search_recall_at_5(served_site, page):
    assert len(INFLECTED) >= 40
    for _, url in INFLECTED + EXACT:
        assert served_site.exists(url), f"{url} is not built"
    page.goto(served_site.address("/meklet/"))
    page.locator(".search__input").wait_for()
    inflected, inflected_misses = recall(page, served_site.base_url, INFLECTED, stemmed=True)
    exact, exact_misses = recall(page, served_site.base_url, EXACT, stemmed=True)
    page.goto(served_site.address("/meklet/"))
    inflected_before, _ = recall(page, served_site.base_url, INFLECTED, stemmed=False)
    exact_before, _ = recall(page, served_site.base_url, EXACT, stemmed=False)
    print(f"\nLatvian search, recall@{TOP}: other word forms {inflected:.0%} of {len(INFLECTED)} queries "
          f"(without stemming {inflected_before:.0%}); the page's own forms {exact:.0%} of {len(EXACT)} "
          f"(without stemming {exact_before:.0%})")
    for miss in inflected_misses + exact_misses:
        print("  missed:", miss)
    assert inflected >= RECALL_REQUIRED, inflected_misses
    assert exact >= exact_before, exact_misses
    assert not page.script_errors, page.script_errors


def test_results_show_type_date_and_a_latvian_count(served_site, page):
    page.goto(served_site.address("/meklet/?q=Tukuma novadā"))
    page.locator(".search-result").first.wait_for(timeout=15_000)
    status = page.locator(".search__status").inner_text()
    count = page.locator(".search-result").count()
    shown = int(status.split()[1])
    form = "Atrasts {n} rezultāts" if plural_category(shown) == "one" else "Atrasti {n} rezultāti"
    assert status.startswith(form.format(n=shown)), status
    metas = [page.locator(".search-result").nth(i).locator(".search-result__meta").inner_text() for i in range(count)]
    assert "partneris" in metas and any(m.startswith("ziņa · 2016. gada 20. maijs") for m in metas), metas
    assert page.locator(".search-result__excerpt mark").count() > 0
    assert not page.script_errors, page.script_errors


def test_excerpts_keep_a_partners_facts_apart(served_site, page):
    """“Adrese: Rūpnīcas iela 6, Ugāle. Piezīme: …”, not “AdreseRūpnīcas iela 6, UgālePiezīme…” (Pagefind reads
    <dt>/<dd> as inline text; the index copy punctuates them)."""
    page.goto(served_site.address("/meklet/?q=grupu dzivoklis"))
    page.locator(".search-result").first.wait_for(timeout=15_000)
    excerpts = page.locator(".search-result__excerpt").all_inner_texts()
    terms = ("Adrese", "Vietu skaits", "Pakalpojuma sniedzējs", "Piezīme")
    assert any(f"{term}: " in text for text in excerpts for term in terms), excerpts
    glued = [text for text in excerpts for term in terms if term in text and f"{term}: " not in text]
    assert not glued, glued
    assert not page.script_errors, page.script_errors
