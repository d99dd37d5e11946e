"""content_check: the whole validation pass, the site map of public URLs, and link checks in bodies."""

from __future__ import annotations

from pathlib import Path

import pytest
from pelican.settings import DEFAULT_CONFIG

from kurzeme_visiem.content.check import validate_content
from unit_helpers import ROOT, lines

SETTINGS = {
    **DEFAULT_CONFIG,
    "ARTICLE_PATHS": ["news"], "PAGE_PATHS": ["pages"],
    "ARTICLE_URL": "jaunumi/{slug}/", "PAGE_URL": "{slug}/", "DRAFT_URL": "melnraksti/{slug}/",
    "DRAFT_PAGE_URL": "melnraksti/lapas/{slug}/", "INDEX_URL": "jaunumi/", "HOME_URL": "",
    "PAGE_LANG_URL": "{lang}/{slug}/", "DEFAULT_LANG": "lv",
    "DEFAULT_PAGINATION": 2, "FEED_ALL_ATOM": "feeds/jaunumi.atom.xml", "NOT_FOUND_SAVE_AS": "404.html",
}


@pytest.fixture
def site(small_directory):
    content = small_directory  # partners, services and images/foto.jpg (conftest.py)
    content.write("pages/kontakti.md", "Title: Kontakti\n\nTeksts.\n")
    content.write("documents/plans.pdf", "pdf")
    content.write("documents/plans.pdf.yaml", "title: Plāns\n")
    for n in range(1, 4):
        content.write(f"news/z{n}.md", f"Title: Ziņa {n}\nDate: 2016-05-0{n}\n\nTeksts {n}.\n")
    content.write("news/draft.md", "Title: Melnraksts\nDate: 2016-06-01\nStatus: draft\n\nTeksts.\n")
    return content


def problems_for(site, body: str, *, status: str = "published") -> list[str]:
    site.write("news/test.md", f"Title: Tests\nDate: 2016-05-09\nStatus: {status}\n\n{body}")
    return lines(validate_content(Path(site.root), SETTINGS).problems)


@pytest.mark.parametrize("target", [
    "/partneri/tukuma-novads/", "/partneri/tukuma-novads", "/pakalpojumi/socialais-mentors/", "/kontakti/",
    "/jaunumi/", "/jaunumi/2/", "/jaunumi/zina-1/", "/", "/partneri/", "/pakalpojumi/pasvaldibas/",
    "/feeds/jaunumi.atom.xml", "/images/foto.jpg", "/documents/plans.pdf", "../zina-2/", "../../kontakti/",
    "/kontakti/#e-pasts", "https://example.lv/x", "mailto:a@b.lv", "tel:+37163122238", "#sadala",
    "{filename}z1.md", "{static}/images/foto.jpg", "/dokumenti/", "/jaunumi/2016/",
])
def test_links_that_lead_somewhere_pass(site, target):
    assert problems_for(site, f"Skat. [šeit]({target}).\n") == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Skat. [Tukums](/partneri/tukums/).\n",
     "link '/partneri/tukums/' goes nowhere: the site has no page /partneri/tukums/; did you mean '/partneri/tukuma-novads/'?"),
    ("[x](/jaunumi/3/)\n", "link '/jaunumi/3/' goes nowhere: the site has no page /jaunumi/3/; did you mean '/jaunumi/2/'?"),
    ("[x](/zzz/qqq/)\n", "link '/zzz/qqq/' goes nowhere: the site has no page /zzz/qqq/"),
    ("![Karte](/images/karte.png)\n", "image '/images/karte.png' goes nowhere: put the file in content/images/karte.png or fix the name"),
    ("![](/images/foto.jpg)\n", "image '/images/foto.jpg' has no alt text; write what it shows between the brackets: ![...](/images/foto.jpg)"),
    ('<img src="/images/foto.jpg">\n', '<img> has no alt attribute; add alt="what it shows"'),
    ('<a href="/partneri/nav/">x</a>\n', "link '/partneri/nav/' goes nowhere: the site has no page /partneri/nav/; did you mean '/partneri/'?"),
    ("[plāns]: /documents/plans-2.pdf\n", "link '/documents/plans-2.pdf' goes nowhere: put the file in content/documents/plans-2.pdf or fix the name"),
    ("[x]({filename}nav.md)\n", "link '{filename}nav.md' goes nowhere: there is no file nav.md in content/"),
    ("![Foto](images/foto.jpg)\n", "image 'images/foto.jpg' is relative to this page's address and goes nowhere; start it with a slash: '/images/foto.jpg'"),
    ("[x](/melnraksti/melnraksts/)\n", "link '/melnraksti/melnraksts/' leads to a draft, which the public site does not have; publish it first or remove the link"),
])
def test_broken_links_and_images_are_reported_at_their_line(site, body, expected):
    # header: 3 lines + blank; line 5 the first paragraph, line 6 blank, line 7 the tested line
    assert problems_for(site, "Pirmā rindkopa.\n\n" + body) == [f"news/test.md:7: {expected}"]


def test_a_draft_may_link_to_a_draft(site):
    assert problems_for(site, "[x](/melnraksti/melnraksts/)\n", status="draft") == []


def test_code_is_not_checked(site):
    assert problems_for(site, "Teksts.\n\n```\n[x](/nav/)\n```\n\n    [y](/nav/)\n\nTeksts `[z]` beigas.\n") == []


def test_summary_is_required_when_the_body_has_no_paragraph(site):
    assert problems_for(site, "- tikai\n- saraksts\n") == [
        "news/test.md:1: the summary is empty: the body has no paragraph to take it from; add 'Summary: one sentence'"
    ]
    site.write("news/test.md", "Title: Tests\nDate: 2016-05-09\nSummary: Kopsavilkums.\n\n- tikai saraksts\n")
    assert lines(validate_content(Path(site.root), SETTINGS).problems) == []


def test_a_date_led_line_is_a_paragraph_a_numbered_item_is_not(site):
    # the site's Markdown keeps "2016. gada ..." a paragraph (content/lv/date_paragraphs.py): no summary problem
    assert problems_for(site, "2016. gada maijā līgumi bija parakstīti.\n") == []
    assert problems_for(site, "1. jūlijā sāksies darbs.\n") == []
    assert len(problems_for(site, "1. Pieteikties\n2. Saņemt lēmumu\n")) == 1


def test_demo_content_is_clean():
    settings = {**SETTINGS, "DEFAULT_PAGINATION": 10}
    result = validate_content(ROOT / "content", settings)
    assert [str(p) for p in result.problems] == []
    assert len(result.news_links) >= 2 and len(result.pages) >= 3


# --- symlinks that leave content/ (issue 12, item 4) ----------------------------------------------------------------

@pytest.fixture
def outside(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("outside")
    (folder / "shadow").write_text("root:$6$slepens", encoding="utf-8")
    (folder / "zina.md").write_text("Title: Sveša\nDate: 2016-05-09\n\nTeksts.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("link, target", [
    ("documents/etc", "."), ("documents/shadow.pdf", "shadow"), ("news/sveša.md", "zina.md"),
    ("images/dir/x.jpg", "shadow"), ("partners/x.yaml", "shadow"), ("glossary.yaml", "shadow"),
])
def test_a_symlink_leaving_content_is_a_problem(site, outside, link, target, latvian):
    path = site.root / link
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(outside / target)
    found = [p for p in lines(validate_content(Path(site.root), SETTINGS).problems) if "ārpus content/" in p]
    assert found == [f"{link}:1: simboliska saite uz {(outside / target).resolve()} ārpus content/; "
                     f"ielieciet pašu failu content/ mapē"], found


def test_a_symlink_inside_content_and_a_dangling_one(site, outside, latvian):
    (site.root / "documents" / "plans-kopija.pdf").symlink_to(site.root / "documents" / "plans.pdf")
    (site.root / "documents" / "nekur.pdf").symlink_to(site.root / "nav" / "tada.pdf")
    (site.root / "documents" / "cikls").symlink_to(site.root / "documents" / "cikls")
    found = [p for p in lines(validate_content(Path(site.root), SETTINGS).problems) if "saite" in p]
    assert found == ["documents/cikls:1: simboliska saite, kas nekur neved; izdzēsiet to",
                     "documents/nekur.pdf:1: simboliska saite, kas nekur neved; izdzēsiet to"]


def test_the_whole_check_answers_a_billion_laughs_file_within_a_second(site, latvian):
    import time

    text = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8))
    site.write("partners/smiekli.yaml", text)
    started = time.monotonic()
    problems = lines(validate_content(Path(site.root), SETTINGS).problems)
    assert time.monotonic() - started < 1
    assert [p for p in problems if p.startswith("partners/smiekli.yaml")] == [
        "partners/smiekli.yaml:1: YAML enkuri un atsauces (&a) satura failos nav atļauti; uzrakstiet vērtību tieši"]


def test_pages_in_english_and_their_originals(site, latvian):
    site.write("pages/en/contact.md", "Title: Contact\nLang: en\nTranslation_of: kontakti\n\n[Home](/en/) [LV](/kontakti/)\n")
    site.write("pages/en/index.md", "Title: About\nLang: en\nUrl: en/\n\n[Contact](/en/contact/)\n")
    assert lines(validate_content(Path(site.root), SETTINGS).problems) == []
    site.write("pages/en/bad.md", "Title: Bad\nLang: de\nTranslation_of: kontakts\n\nText.\n")
    assert lines(validate_content(Path(site.root), SETTINGS).problems) == [
        "pages/en/bad.md:2: Lang: 'de' nav šīs vietnes valoda; rakstiet lv vai en",
        "pages/en/bad.md:3: Translation_of: nav latviešu lapas 'kontakts'; lapas: kontakti",
    ]


def test_a_document_without_title_is_reported(site, latvian):
    site.write("documents/zinojums.pdf", "pdf")
    assert lines(validate_content(Path(site.root), SETTINGS).problems) == [
        "documents/zinojums.pdf:1: brīdinājums: dokumentam nav nosaukuma: izveidojiet 'zinojums.pdf.yaml' ar rindu "
        "'title: Dokumenta nosaukums'"]
