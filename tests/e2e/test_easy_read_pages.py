"""Easy to read ("viegli lasīt"): news and pages with a "Viegli lasīt" section, services with ``easy_read``."""

from built_site import copy_demo_content, run_build, BuiltSite

TUKUMS_NEWS = "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"


def test_a_news_item_offers_its_easy_read_version_at_the_top(demo_site):
    page = demo_site.page(TUKUMS_NEWS)
    header_link = page.find("article").find("header").find("a", href="#viegli-lasit")
    assert header_link is not None and header_link.get_text(strip=True) == "Viegli lasīt"
    section = page.find(id="viegli-lasit").find_parent("section")
    assert "Sociālais mentors ir cilvēks, kas palīdz sākt jaunu dzīvi." in section.get_text()
    body = page.find("div", class_="prose")
    assert "Sociālais mentors ir cilvēks" not in body.get_text(), "the section leaves the full text"
    assert "Projekta kontaktpersona Tukuma novadā" in body.get_text()


def test_a_news_item_without_the_section_has_no_link(demo_site):
    page = demo_site.page("/jaunumi/kurzemes-planosanas-regions-nosledzis-sadarbibas-ligumus-ar-visiem-projekta-kurzeme-visiem-partneriem/")
    assert page.find("a", href="#viegli-lasit") is None
    assert page.find(id="viegli-lasit") is None


def test_a_service_page_shows_its_easy_read_text(demo_site):
    page = demo_site.page("/pakalpojumi/grupu-dzivoklis/")
    section = page.find(id="viegli-lasit").find_parent("section")
    assert "Grupu dzīvoklī dzīvo daži cilvēki." in section.get_text()
    assert page.find("a", string="Visi pakalpojumi viegli lasīt")["href"].endswith("/pakalpojumi/viegli-lasit/")


def test_the_easy_read_overview_lists_every_service(demo_site):
    page = demo_site.page("/pakalpojumi/viegli-lasit/")
    assert page.h1.get_text() == "Pakalpojumi viegli lasīt"
    names = [h2.get_text() for h2 in page.select(".easy-read-page__list h2")]
    assert len(names) == 12 and "Grupu dzīvoklis" in names
    more = page.find("a", string="Vairāk par pakalpojumu “Grupu dzīvoklis”")
    assert more["href"].endswith("/pakalpojumi/grupu-dzivoklis/")
    for entrance in ("/", "/pakalpojumi/"):
        assert demo_site.page(entrance).find("a", href=lambda h: h and h.endswith("/pakalpojumi/viegli-lasit/")), entrance


def test_a_service_without_easy_read_falls_back_to_its_summary_and_html_stays_text(tmp_path):
    content = copy_demo_content(tmp_path / "content")
    path = content / "services/grupu-dzivoklis.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("easy_read:")], encoding="utf-8")
    (content / "services/jauniesu-maja.yaml").write_text(
        "name: Jauniešu māja\ntarget_groups: [children-in-care]\nsummary: S.\neasy_read: |\n  Teksts <script>alert(1)</script>.\n",
        encoding="utf-8")
    assert run_build(content, tmp_path / "output").returncode == 0
    site = BuiltSite(tmp_path / "output")
    overview = site.page("/pakalpojumi/viegli-lasit/")
    assert "Grupu dzīvoklis ir mājoklis, kur cilvēki dzīvo paši" in overview.get_text()
    assert site.page("/pakalpojumi/grupu-dzivoklis/").find(id="viegli-lasit") is None
    assert not overview.find_all("script", string=lambda s: s and "alert" in s)
    assert "<script>alert(1)</script>" in overview.get_text()
