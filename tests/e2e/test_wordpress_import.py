"""make import-wordpress end to end: import the fixture export, make check is clean, the public build has the
posts without WordPress markup, a redirect page at each old path and nginx's map; importing again changes nothing."""

from __future__ import annotations

import pytest

from built_site import PUBLISH_SETTINGS, ROOT, BuiltSite, run_build, tree_digest
from wordpress_site import FIXTURES, import_fixture, run_cli

NEWS_URL = "/jaunumi/tukuma-novada-atklats-grupu-dzivoklis/"
WORDPRESS_MARKS = ("wp:", "[caption", "[gallery", "[audio", "[video", "[embed", 'class="wp-', "class=wp-", "wp-block", "wp-image")


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    root = tmp_path_factory.mktemp("wordpress")
    content, result = import_fixture(root)
    assert result.returncode == 0, result.stderr
    return root, content, result


@pytest.fixture(scope="module")
def published(imported) -> BuiltSite:
    root, content, _ = imported
    built = run_build(content, root / "output", settings=PUBLISH_SETTINGS)
    assert built.returncode == 0, built.stderr
    return BuiltSite(root / "output")


def test_import_prints_its_summary_and_writes_the_report(imported):
    root, _, result = imported
    assert "News: 8, pages: 5, files copied: 4, new redirects: 12" in result.stdout
    report = (root / "import-report.md").read_text(encoding="utf-8")
    assert report.startswith("# WordPress import report") and "[contact-form-7]" in report


def test_make_check_is_clean_after_the_import(imported):
    root, content, _ = imported
    checked = run_cli("check", "-s", str(ROOT / "pelicanconf.py"), "-c", str(content), cwd=root)
    assert checked.returncode == 0, checked.stderr
    assert "0 errors" in checked.stdout or "0 kļūd" in checked.stdout


def test_no_wordpress_markup_in_the_published_html(published):
    for path in published.html_files():
        text = path.read_text(encoding="utf-8")
        for mark in WORDPRESS_MARKS:
            assert mark not in text, (path, mark)


def test_imported_news_item_with_its_media_partners_and_links(published):
    page = published.page(NEWS_URL)
    article = page.find("article")
    assert article.h1.get_text() == "Tukuma novadā atklāts grupu dzīvoklis"
    image = article.find("img", alt="Grupu dzīvokļa ēka Tukumā")  # served as responsive variants (site/images)
    assert "/images/v/grupu-dzivoklis-tukums-" in image["src"]
    assert image.find_parent("figure").figcaption.get_text() == "Jaunais grupu dzīvoklis Tukumā"  # [caption] → figure
    assert published.exists("/images/2016/05/grupu-dzivoklis-tukums.jpg") and published.exists("/documents/2016/05/ligums.pdf")
    links = {a.find(string=True).strip(): a["href"] for a in article.find_all("a") if a.find(string=True)}  # text before any note
    assert links["Semināra dalībnieki"] == "https://kurzemevisiem.lv/wp-content/uploads/2016/05/pazudusi-bilde.jpg"
    assert links["sadarbības līgumu"].endswith("/documents/2016/05/ligums.pdf")
    assert article.find("a", href=links["sadarbības līgumu"]).find(class_="document-note").get_text() == "(PDF, 1\u00a0KB)"  # a no-break space before the unit
    assert links["ziņu par semināriem"].endswith("/jaunumi/seminari-kurzeme-visiem-talsu-novada-kuldiga/")
    assert links["Tukuma novads"].endswith("/partneri/tukuma-novads/")
    assert links["Grupu dzīvoklis"].endswith("/pakalpojumi/grupu-dzivoklis/")


def test_titles_slugs_pages_and_states(published):
    assert published.page("/jaunumi/seminari-kurzeme-visiem-talsu-novada-kuldiga/").h1.get_text() == (
        "Semināri “Kurzeme visiem” – Talsu novadā & Kuldīgā"
    )
    assert published.exists("/projekts-komanda-kontaktpersonas/") and published.exists("/kontakti-2/")
    for absent in ("/jaunumi/planota-zina-par-jauniesu-maju/", "/jaunumi/privata-piezime/",
                   "/melnraksti/melnraksts-par-socialo-mentoru/", "/jaunumi/izdzesta-zina/", "/jaunumi/tikai-partneriem/"):
        assert not published.exists(absent), absent


def test_redirect_page_at_each_old_path(published):
    page = published.page("/2016/06/02/seminari-kurzeme-visiem-talsu-novadā/")
    target = "https://kurzemevisiem.lv/jaunumi/seminari-kurzeme-visiem-talsu-novada-kuldiga/"
    assert page.find("meta", attrs={"http-equiv": "refresh"})["content"] == f"0; url={target}"
    assert page.find("link", rel="canonical")["href"] == target
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("main").a["href"] == target
    assert not page.find_all(["script", "style"]) and not page.find_all(style=True)
    assert published.exists("/projekts/komanda/kontaktpersonas/")
    sitemap = (published.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "/2016/06/02/" not in sitemap and "/projekts/komanda/" not in sitemap


def test_nginx_map_of_every_old_address(published):
    lines = (published.output / "redirects.map").read_text(encoding="utf-8").splitlines()
    assert '"/?p=100" "/jaunumi/tukuma-novada-atklats-grupu-dzivoklis/";' in lines
    assert '"/?page_id=201" "/projekts-komanda/";' in lines
    assert '"/2016/05/20/tukuma-novada-atklats-grupu-dzivoklis/" "/jaunumi/tukuma-novada-atklats-grupu-dzivoklis/";' in lines
    assert len(lines) == 1 + 24


def test_importing_again_changes_nothing(imported, tmp_path):
    root, content, _ = imported
    before = tree_digest(content)
    again = run_cli("import-wordpress", str(FIXTURES / "export.xml"), "--uploads", str(FIXTURES / "uploads"),
                    "-c", str(content), "--report", str(tmp_path / "report.md"), cwd=root)
    assert again.returncode == 0 and "new redirects: 0" in again.stdout
    assert tree_digest(content) == before


def test_a_hostile_export_writes_nothing(imported, tmp_path):
    root, content, _ = imported
    before = tree_digest(content)
    refused = run_cli("import-wordpress", str(FIXTURES / "hostile" / "entity-expansion.xml"), "-c", str(content),
                      "--report", str(tmp_path / "r.md"), cwd=root)
    assert refused.returncode == 1 and "Nothing was written." in refused.stderr
    assert tree_digest(content) == before and not (tmp_path / "r.md").exists()
