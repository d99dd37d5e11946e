from kurzeme_visiem.publish.sitemap import SitemapEntry, collect_entries, page_entry, robots_txt, sitemap_xml

PAGE = '<html><head><link rel="canonical" href="https://x.lv/a/"><meta name="dcterms.modified" content="2016-05-02"></head></html>'


def test_page_entry_reads_canonical_and_last_change():
    assert page_entry(PAGE) == SitemapEntry("https://x.lv/a/", "2016-05-02")


def test_noindex_and_pages_without_canonical_are_left_out():
    assert page_entry('<meta name="robots" content="noindex"><link rel="canonical" href="https://x.lv/">') is None
    assert page_entry("<html><title>x</title></html>") is None


def test_a_page_without_date_takes_the_newest_and_pagefind_is_skipped(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "index.html").write_text('<link rel="canonical" href="https://x.lv/">', encoding="utf-8")
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind/x.html").write_text('<link rel="canonical" href="https://x.lv/pf/">', encoding="utf-8")
    assert collect_entries(tmp_path) == [SitemapEntry("https://x.lv/", "2016-05-02"),
                                         SitemapEntry("https://x.lv/a/", "2016-05-02")]


def test_sitemap_xml_escapes_and_robots_points_to_it():
    xml = sitemap_xml([SitemapEntry("https://x.lv/?a=1&b=2", "2016-01-01")])
    assert "<loc>https://x.lv/?a=1&amp;b=2</loc><lastmod>2016-01-01</lastmod>" in xml
    assert "Sitemap: https://x.lv/sitemap.xml" in robots_txt("https://x.lv")


def test_hreflang_alternates_go_into_the_sitemap(tmp_path):
    from kurzeme_visiem.publish.sitemap import collect_entries, sitemap_xml
    head = ('<link rel="canonical" href="https://k.lv/{own}/"><meta name="dcterms.modified" content="2016-05-20">'
            '<link rel="alternate" hreflang="lv" href="https://k.lv/par-projektu/">'
            '<link rel="alternate" hreflang="en" href="https://k.lv/en/">')
    (tmp_path / "par-projektu").mkdir()
    (tmp_path / "par-projektu" / "index.html").write_text(head.format(own="par-projektu"), encoding="utf-8")
    (tmp_path / "kontakti").mkdir()
    (tmp_path / "kontakti" / "index.html").write_text('<link rel="canonical" href="https://k.lv/kontakti/">',
                                                      encoding="utf-8")
    xml = sitemap_xml(collect_entries(tmp_path))
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in xml
    assert ('<url><loc>https://k.lv/par-projektu/</loc><lastmod>2016-05-20</lastmod>'
            '<xhtml:link rel="alternate" hreflang="lv" href="https://k.lv/par-projektu/"/>'
            '<xhtml:link rel="alternate" hreflang="en" href="https://k.lv/en/"/></url>') in xml
    assert "<url><loc>https://k.lv/kontakti/</loc><lastmod>2016-05-20</lastmod></url>" in xml
