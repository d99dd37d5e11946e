"""importer and command: the fixture export imported into a copy of the demo content."""

from __future__ import annotations

import io

import pytest

from kurzeme_visiem.content.markdown_header import parse_header
from kurzeme_visiem.tools.wordpress.command import import_wordpress
from wordpress_helpers import EXPORT, FIXTURES, UPLOADS, scratch_content, snapshot

NEWS = "news/2016-05-20-tukuma-novada-atklats-grupu-dzivoklis.md"
BLOCK = "news/2016-06-02-seminari-kurzeme-visiem-talsu-novada-kuldiga.md"


def run(content, *args, dry_run=False, uploads=UPLOADS, export=EXPORT):
    out, err = io.StringIO(), io.StringIO()
    code = import_wordpress(export, content, uploads, content.parent / "import-report.md", dry_run=dry_run, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def header(content, relative):
    path = content / relative
    return parse_header(path, path.read_text(encoding="utf-8"))


@pytest.fixture
def imported(tmp_path):
    content = scratch_content(tmp_path)
    code, out, err = run(content)
    assert (code, err) == (0, "")
    return content


def test_posts_pages_and_media_land_where_the_contract_says(imported):
    files = set(snapshot(imported))
    assert {
        NEWS, BLOCK,
        "news/2016-07-01-melnraksts-par-socialo-mentoru.md", "news/2016-07-02-privata-piezime.md",
        "news/2016-07-03-gaida-apstiprinajumu.md", "news/2030-01-15-planota-zina-par-jauniesu-maju.md",
        "news/2016-07-04-sodien-talsu-novada-dome-parakstija-sadarbibas-ligumu-ar.md",
        "pages/projekts.md", "pages/projekts-komanda.md", "pages/projekts-komanda-kontaktpersonas.md",
        "pages/kontakti-2.md", "pages/projekts-nepabeigta-lapa.md",
        "images/2016/05/grupu-dzivoklis-tukums.jpg", "images/2016/05/talsu-pils.png", "images/2016/05/seminars.png",
        "documents/2016/05/ligums.pdf", "redirects.yaml", "wordpress-import.json",
    } <= files
    assert not any("izdzesta" in f or "sakums" in f for f in files)  # trash and navigation items are not content
    assert (imported / "images/2016/05/grupu-dzivoklis-tukums.jpg").read_bytes() == (UPLOADS / "2016/05/grupu-dzivoklis-tukums.jpg").read_bytes()


def test_metadata_of_a_classic_post(imported):
    h = header(imported, NEWS)
    assert {k: f.value for k, f in h.fields.items()} == {
        "title": "Tukuma novadā atklāts grupu dzīvoklis", "date": "2016-05-20 13:05",
        "slug": "tukuma-novada-atklats-grupu-dzivoklis", "summary": "Tukuma novadā atklāts pirmais grupu dzīvoklis.",
        "partners": "tukuma-novads", "services": "grupu-dzivoklis", "tags": "grupu dzīvoklis, Jaunumi",
        "author": "Anna Bērziņa", "status": "published",
    }


def test_title_with_entities_and_tags_and_percent_encoded_slug(imported):
    h = header(imported, BLOCK)
    assert h.value("title") == "Semināri “Kurzeme visiem” – Talsu novadā & Kuldīgā"
    assert h.value("slug") == "seminari-kurzeme-visiem-talsu-novada-kuldiga"
    assert h.value("tags") == "semināri"  # "Uncategorized" is not a tag


@pytest.mark.parametrize(
    ("relative", "status", "date"),
    [
        ("news/2016-07-01-melnraksts-par-socialo-mentoru.md", "draft", "2016-07-01 09:00"),
        ("news/2016-07-02-privata-piezime.md", "draft", "2016-07-02 11:00"),
        ("news/2016-07-03-gaida-apstiprinajumu.md", "draft", "2016-07-03 11:00"),
        ("news/2016-07-06-tikai-partneriem.md", "draft", "2016-07-06 09:30"),  # password-protected
        ("news/2030-01-15-planota-zina-par-jauniesu-maju.md", "published", "2030-01-15 10:00"),
        ("pages/projekts-nepabeigta-lapa.md", "draft", "2016-05-01 12:40"),
    ],
)
def test_status_mapping(imported, relative, status, date):
    h = header(imported, relative)
    assert (h.value("status"), h.value("date")) == (status, date)


def test_bodies_hold_no_wordpress_markup(imported):
    for relative, data in snapshot(imported).items():
        if relative.endswith(".md") and ("2016-0" in relative or relative.startswith("pages/projekts")):
            text = data.decode()
            for mark in ("wp:", "[caption", "[gallery", "[audio", "[video", "[embed", 'class="wp-', "<figure", "<!--"):
                assert mark not in text, (relative, mark)
    body = (imported / NEWS).read_text(encoding="utf-8")
    assert '![Grupu dzīvokļa ēka Tukumā](/images/2016/05/grupu-dzivoklis-tukums.jpg "Jaunais grupu dzīvoklis Tukumā")' in body
    assert "[Semināra dalībnieki](https://kurzemevisiem.lv/wp-content/uploads/2016/05/pazudusi-bilde.jpg)" in body
    assert "[sadarbības līgumu](/documents/2016/05/ligums.pdf)" in body
    assert "[ziņu par semināriem](/jaunumi/seminari-kurzeme-visiem-talsu-novada-kuldiga/)" in body
    assert "[Audio: intervija.mp3](https://kurzemevisiem.lv/wp-content/uploads/2016/05/intervija.mp3)" in body
    assert "<https://www.youtube.com/watch?v=dQw4w9WgXcQ>" in body


def test_redirects_for_published_items_only_and_never_over_a_real_page(imported):
    text = (imported / "redirects.yaml").read_text(encoding="utf-8")
    assert '"/2016/05/20/tukuma-novada-atklats-grupu-dzivoklis/": "/jaunumi/tukuma-novada-atklats-grupu-dzivoklis/"' in text
    assert '"/?p=100": "/jaunumi/tukuma-novada-atklats-grupu-dzivoklis/"' in text
    assert '"/2016/06/02/seminari-kurzeme-visiem-talsu-novadā/"' in text
    assert '"/projekts/komanda/kontaktpersonas/": "/projekts-komanda-kontaktpersonas/"' in text
    assert '"/?page_id=203": "/kontakti-2/"' in text
    assert '"/kontakti/"' not in text  # /kontakti/ is a real page of the site
    for draft in ("?p=102", "?p=103", "?p=104", "?p=105", "privata-piezime", "?p=108", "tikai-partneriem", "?page_id=204"):
        assert draft not in text


def test_report_counts_and_items_to_look_at(latvian, imported):  # latvian first: the report is written in it
    report = (imported.parent / "import-report.md").read_text(encoding="utf-8")
    for row in ("| ziņas (posts) | 8 |", "| lapas (pages) | 5 |", "| melnraksti (draft, pending, private → Status: draft) | 5 |",
                "| plānotie (future: datums saglabāts) | 1 |", "| nokopēti attēli un dokumenti | 4 |", "| trūkstoši faili | 3 |",
                "| pāradresācijas: pievienotas / jau bija | 12 / 0 |"):
        assert row in report
    for entry in ("[contact-form-7]", "pazudusi-bilde.jpg", "intervija.mp3", "alt “seminars”", "“2016-07-04: Šodien Talsu",
                  "Partners: tukuma-novads — “Tukuma novadā”", "Partners: talsu-novads — “Talsu novadā”", "statuss 'trash'",
                  "`/kontakti/` → `/kontakti-2/`", "aizsargāts ar paroli — importēts kā melnraksts"):
        assert entry in report, entry


def test_importing_again_changes_nothing(latvian, imported):
    before = snapshot(imported)
    code, out, _ = run(imported)
    assert code == 0 and "jaunas pāradresācijas: 0" in out
    assert snapshot(imported) == before


def test_an_edited_file_is_never_overwritten(latvian, imported):
    edited = imported / NEWS
    edited.write_text(edited.read_text(encoding="utf-8").replace("astoņi", "deviņi"), encoding="utf-8")
    (imported / "pages/projekts.md").unlink()
    before = snapshot(imported)
    code, _, _ = run(imported)
    assert code == 0 and snapshot(imported) == before
    report = (imported.parent / "import-report.md").read_text(encoding="utf-8")
    assert f"`{NEWS}`: rediģēts pēc importa — netika pārrakstīts" in report
    assert "`pages/projekts.md`: izdzēsts pēc importa — netika izveidots no jauna" in report


def test_dry_run_writes_nothing_and_prints_the_report(tmp_path, latvian):
    content = scratch_content(tmp_path)
    before = snapshot(tmp_path)
    code, out, _ = run(content, dry_run=True)
    assert code == 0 and snapshot(tmp_path) == before
    assert out.startswith("# WordPress importa pārskats (izmēģinājums --dry-run") and "| ziņas (posts) | 8 |" in out


@pytest.mark.parametrize("name", ["entity-expansion.xml", "external-entity.xml", "wrong-namespace.xml", "not-xml.csv"])
def test_a_hostile_export_stops_with_a_message_and_writes_nothing(tmp_path, name, latvian):
    content = scratch_content(tmp_path)
    before = snapshot(tmp_path)
    code, out, err = run(content, export=FIXTURES / "hostile" / name)
    assert code == 1 and out == "" and err.endswith("Nekas netika rakstīts.\n")
    assert snapshot(tmp_path) == before


def test_a_missing_uploads_folder_is_an_error(tmp_path):
    content = scratch_content(tmp_path)
    code, _, err = run(content, uploads=tmp_path / "nav")
    assert code == 1 and "UPLOADS=" in err


def test_without_uploads_every_file_is_a_link_to_the_old_site(tmp_path):
    content = scratch_content(tmp_path)
    code, _, _ = run(content, uploads=None)
    assert code == 0 and not (content / "images/2016").exists()
    body = (content / NEWS).read_text(encoding="utf-8")
    assert "(https://kurzemevisiem.lv/wp-content/uploads/2016/05/grupu-dzivoklis-tukums-300x200.jpg)" in body


def test_wxr_1_1_import(tmp_path):
    content = scratch_content(tmp_path)
    code, _, _ = run(content, export=FIXTURES / "export-wxr11.xml", uploads=None)
    h = header(content, "news/2016-04-12-veca-zina-par-ventspils-novadu.md")
    assert code == 0 and (h.value("partners"), h.value("services")) == ("ventspils-novads", "dienas-aprupes-centrs")
    assert '"/?p=5": "/jaunumi/veca-zina-par-ventspils-novadu/"' in (content / "redirects.yaml").read_text(encoding="utf-8")
