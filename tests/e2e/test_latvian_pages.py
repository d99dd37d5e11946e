"""The demo news item written to exercise Latvian: date-led paragraphs, a wrapped title and summary, inflected
words, the branch “Iļģi”; and no generated phrase puts a name into a wrong case."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from built_site import BuiltSite

NEWS = "/jaunumi/projekta-partneri-un-vsac-filiales/"
TITLE = ("Projektā “Kurzeme visiem” iesaistīti 28 sadarbības partneri: pašvaldības, bērnu nami un VSAC “Kurzeme” "
         "ar sešām filiālēm")
SUMMARY = ("2016. gada 1. maijā sadarbības līgumi bija noslēgti ar visiem projekta “Kurzeme visiem” partneriem – "
           "Kurzemes pašvaldībām, bērnu namiem un VSAC “Kurzeme”.")


def test_wrapped_title_is_one_line_everywhere(published_site: BuiltSite):
    page = published_site.page(NEWS)
    assert page.title.string == f"{TITLE} | Kurzeme visiem"
    assert page.h1.get_text(" ", strip=True) == TITLE
    data = [json.loads(s.string) for s in page.find_all("script", type="application/ld+json")]
    assert any(item.get("headline") == TITLE for item in data), data
    feed = ET.parse(published_site.output / "feeds" / "jaunumi.atom.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert TITLE in titles
    assert not any("['" in (t or "") for t in titles)


def test_date_led_paragraphs_are_paragraphs_on_the_page_the_list_and_the_home_page(published_site: BuiltSite):
    page = published_site.page(NEWS)
    assert not page.find("ol", start=True)
    paragraphs = [p.get_text() for p in page.find_all("p")]
    assert any(p.startswith("2016. gada 1. maijā, atbilstoši plānotajam") for p in paragraphs)
    assert any(p.startswith("1. maijs bija plānotais termiņš") for p in paragraphs)
    for url in ("/jaunumi/", "/"):
        listing = published_site.page(url)
        assert not listing.find("ol", start=True), url
        assert SUMMARY in [p.get_text() for p in listing.find_all("p")], url


def test_news_date_after_a_verb_is_locative(published_site: BuiltSite):
    page = published_site.page("/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/")
    assert "Publicēts 2016. gada 20. maijā" in page.get_text(" ", strip=True)
    assert "Publicēts 2016. gada 20. maijs" not in page.get_text(" ", strip=True)


def test_the_branch_is_ilgi_with_its_old_url(published_site: BuiltSite):
    page = published_site.page("/partneri/vsac-kurzeme-ilgi/")
    assert page.h1.get_text(strip=True) == "VSAC “Kurzeme” filiāle “Iļģi”"
    assert "Ilģi" not in published_site.page(NEWS).get_text() + published_site.page("/partneri/vsac-kurzeme/").get_text()


WRONG_CASE = re.compile(r'\b(?:par|no|ar|uz|pie|bez|pēc)\s+(?:[^\s“”"]+\s+){0,3}(?:novads|nams|pilsēta|centrs|dome)\b')


def test_no_generated_phrase_puts_a_name_in_the_nominative_after_a_preposition(published_site: BuiltSite):
    offenders = []
    for path in published_site.html_files():
        if path.relative_to(published_site.output).parts[0] == "pagefind":
            continue
        text = published_site.page(published_site.url_of(path)).get_text(" ", strip=True)
        offenders += [f"{published_site.url_of(path)}: {m.group(0)}" for m in WRONG_CASE.finditer(text)]
    assert offenders == []
