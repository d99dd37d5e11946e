"""Issue 14 on the built demo site: EU identity on every page, documents, English section, archive by year,
responsive lead and body images with captions, "Atjaunots" dates."""

from __future__ import annotations

import io

from PIL import Image

from built_site import BuiltSite, copy_demo_content, run_build, tree_digest

NEWS = "news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"
NEWS_URL = "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"


def test_every_page_shows_the_eu_and_project_identity(demo_site: BuiltSite):
    for path in demo_site.html_files():
        soup = demo_site.page(demo_site.url_of(path))
        identity = soup.find(class_="eu-identity")
        assert identity is not None, path
        flag = identity.find("img", class_="eu-identity__flag")
        assert flag["src"].endswith("/theme/images/eu-emblem.svg") and flag["alt"], path
        english = soup.html["lang"] == "en"
        words = identity.get_text(" ", strip=True)
        assert ("European Union" if english else "Eiropas Savienība") in words, path
        assert ("European Social Fund" if english else "Eiropas Sociālais fonds") in words, path
        project = soup.find(class_="site-header__project").get_text(" ", strip=True)
        assert "9.2.2.1/15/I/004" in project and "Kurzem" in project, path


def test_english_section_with_hreflang_both_ways(demo_site: BuiltSite):
    home = demo_site.page("/en/")
    assert home.html["lang"] == "en"
    assert home.find("nav", class_="site-nav").find("a", href="/en/contact/")
    about_lv = demo_site.page("/par-projektu/")
    assert {(l["hreflang"], l["href"]) for l in about_lv.find_all("link", rel="alternate", hreflang=True)} >= {
        ("lv", "/par-projektu/"), ("en", "/en/")}
    assert {(l["hreflang"], l["href"]) for l in home.find_all("link", rel="alternate", hreflang=True)} >= {
        ("lv", "/par-projektu/"), ("en", "/en/")}
    switch = about_lv.find("a", class_="language-switch")
    assert switch["href"] == "/en/" and switch["hreflang"] == "en"
    assert demo_site.page("/en/contact/").find("a", class_="language-switch")["href"] == "/kontakti/"
    assert demo_site.page("/").find("a", class_="language-switch")["href"] == "/en/"
    for url in ("/en/partners/", "/en/services/", "/en/contact/"):
        assert demo_site.page(url).html["lang"] == "en"


def test_news_archive_by_year(demo_site: BuiltSite):
    year = demo_site.page("/jaunumi/2016/")
    assert year.find("h1").get_text(strip=True).startswith("2016")
    assert len(year.select(".news-card")) == 2
    news = demo_site.page("/jaunumi/")
    assert news.find("a", href="/jaunumi/2016/") and news.title.string == "Jaunumi | Kurzeme visiem"
    assert news.find("main").find("nav", class_="news-years")


def test_documents_page_and_notes(tmp_path):
    content = copy_demo_content(tmp_path / "content")
    (content / "documents").mkdir(exist_ok=True)
    (content / "documents" / "plans.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * (240 * 1024 - 9))
    (content / "documents" / "plans.pdf.yaml").write_text("title: DI plāns\ndate: 2017-06-30\n", encoding="utf-8")
    (content / "documents" / "vecs.pdf").write_bytes(b"%PDF-1.4\n")
    (content / "documents" / "vecs.pdf.yaml").write_text("title: Vecs\ndate: 2016-01-01\n", encoding="utf-8")
    news = content / NEWS
    news.write_text(news.read_text(encoding="utf-8").replace(
        "## Viegli lasīt", "Skatiet [plānu](/documents/plans.pdf).\n\n## Viegli lasīt", 1), encoding="utf-8")
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 0, result.stderr
    site = BuiltSite(tmp_path / "output")
    listing = site.page("/dokumenti/")
    assert [a.get_text(" ", strip=True) for a in listing.select(".document-list__link")] == [
        "DI plāns (PDF, 240\u00a0KB)", "Vecs (PDF, 1\u00a0KB)"]
    link = site.page(NEWS_URL).find("a", href="/documents/plans.pdf")
    assert link.get_text(" ", strip=True) == "plānu (PDF, 240\u00a0KB)"
    assert site.exists("/documents/plans.pdf") and not site.exists("/documents/plans.pdf.yaml")


def test_responsive_lead_and_body_images_with_caption_and_credit(tmp_path):
    content = copy_demo_content(tmp_path / "content")
    photo = Image.new("RGB", (1600, 900), "#336699")
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=90)
    (content / "images" / "foto.jpg").write_bytes(buffer.getvalue())
    news = content / NEWS
    text = news.read_text(encoding="utf-8").replace(
        "Date:", "Image: foto.jpg\nImage_alt: Līguma parakstīšana\nImage_caption: Līgums parakstīts\n"
                 "Image_credit: Tukuma novada dome\nDate:", 1)
    text = text.replace("## Viegli lasīt", '![Zila krāsa](/images/foto.jpg "Vēlreiz tā pati bilde")\n\n## Viegli lasīt', 1)
    news.write_text(text, encoding="utf-8")
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 0, result.stderr
    site = BuiltSite(tmp_path / "output")
    article = site.page(NEWS_URL).find("article")
    lead, body = article.find_all("figure", class_="figure")[:2]
    assert lead.find("img")["width"] == "1200" and lead.find("img")["height"] == "675"
    assert lead.find("img").get("loading") is None
    assert {s["type"] for s in lead.find_all("source")} >= {"image/webp"}
    assert lead.figcaption.get_text(" ", strip=True) == "Līgums parakstīts Foto: Tukuma novada dome"
    assert body.find("img")["loading"] == "lazy" and body.figcaption.get_text(strip=True) == "Vēlreiz tā pati bilde"
    for source in lead.find_all("source"):
        for candidate in source["srcset"].split(", "):
            assert site.exists(candidate.split()[0])
    # the same content twice: the same bytes, and nothing encoded again
    again = run_build(content, tmp_path / "output2")
    assert again.returncode == 0, again.stderr
    variants = {k: v for k, v in tree_digest(tmp_path / "output").items() if k.startswith("images/v/")}
    assert variants and variants == {k: v for k, v in tree_digest(tmp_path / "output2").items()
                                     if k.startswith("images/v/")}


def test_default_open_graph_image(demo_site: BuiltSite):
    image = demo_site.page("/kontakti/").find("meta", property="og:image")
    assert image["content"].endswith("/theme/images/og-default.png")
