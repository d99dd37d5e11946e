"""Drafts, future-dated and hidden news; explicit slugs; the paginated news list."""

from __future__ import annotations

from pathlib import Path

import pytest

from built_site import PUBLISH_SETTINGS, BuiltSite, copy_demo_content, run_build

EXTRA_NEWS = {
    "melnraksts.md": "Title: Melnraksta ziņa\nDate: 2020-01-01\nStatus: draft\n\nTeksts.\n",
    "nakotne.md": "Title: Nākotnes ziņa\nDate: 2999-01-01 10:00\n\nTeksts.\n",
    "slepena.md": "Title: Slēpta ziņa\nDate: 2020-01-02\nStatus: hidden\nSlug: slepta\n\nTeksts.\n",
}
EXTRA_NEWS.update({
    f"zina-{n:02d}.md": f"Title: Ziņa numur {n}\nDate: 2017-01-{n:02d}\nPartners: saldus-novads\n\nPirmā rindkopa {n}.\n\nOtrā rindkopa.\n"
    for n in range(1, 11)
})


SEED_NEWS = {"2016-05-02-sadarbibas-ligumi-ar-partneriem.md", "2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"}


def build_with_extra_news(root: Path, settings: Path | None = None) -> BuiltSite:
    content = copy_demo_content(root / "content")
    for path in (content / "news").glob("*.md"):  # the project owner's two seed items only: a known list to page
        if path.name not in SEED_NEWS:
            path.unlink()
    for name, text in EXTRA_NEWS.items():
        (content / "news" / name).write_text(text, encoding="utf-8")
    extra = {"settings": settings} if settings else {}
    result = run_build(content, root / "output", **extra)
    assert result.returncode == 0, result.stderr
    return BuiltSite(root / "output")


@pytest.fixture(scope="module")
def preview(tmp_path_factory) -> BuiltSite:
    return build_with_extra_news(tmp_path_factory.mktemp("preview"))


@pytest.fixture(scope="module")
def public(tmp_path_factory) -> BuiltSite:
    return build_with_extra_news(tmp_path_factory.mktemp("public"), PUBLISH_SETTINGS)


def listed_titles(site: BuiltSite, url: str) -> list[str]:
    return [h.get_text(" ", strip=True) for h in site.page(url).find_all("h2", class_="news-card__title")]


def test_preview_shows_drafts_marked_and_future_items(preview: BuiltSite):
    draft = preview.page("/melnraksti/melnraksta-zina/")
    assert draft.h1.find(class_="status-badge").get_text() == "melnraksts"
    assert preview.exists("/jaunumi/nakotnes-zina/")


def test_public_build_has_no_drafts_and_no_future_items(public: BuiltSite):
    assert not public.exists("/melnraksti/melnraksta-zina/")
    assert not public.exists("/jaunumi/nakotnes-zina/")
    all_text = " ".join(p.read_text(encoding="utf-8") for p in public.html_files())
    assert "Melnraksta ziņa" not in all_text and "Nākotnes ziņa" not in all_text
    assert "Nākotnes ziņa" not in (public.output / "feeds" / "jaunumi.atom.xml").read_text(encoding="utf-8")


def test_hidden_item_is_built_but_not_listed(public: BuiltSite):
    assert public.page("/jaunumi/slepta/").h1.get_text(strip=True) == "Slēpta ziņa"
    assert "Slēpta ziņa" not in " ".join(listed_titles(public, "/jaunumi/") + listed_titles(public, "/jaunumi/2/"))


def test_news_list_is_paginated_at_contract_urls(public: BuiltSite):
    first, second = listed_titles(public, "/jaunumi/"), listed_titles(public, "/jaunumi/2/")
    assert len(first) == 10 and len(second) == 3
    assert first[0] == "Ziņa numur 10"
    assert second == [
        "Projektā “Kurzeme visiem” iesaistīti 28 sadarbības partneri: pašvaldības, bērnu nami un VSAC “Kurzeme” "
        "ar sešām filiālēm",
        "Tukuma novada dome noslēgusi līgumu par sadarbību projekta “Kurzeme visiem” īstenošanā",
        "Kurzemes plānošanas reģions noslēdzis sadarbības līgumus ar visiem projekta “Kurzeme visiem” partneriem",
    ]
    assert not public.exists("/jaunumi/3/")
    nav = public.page("/jaunumi/").find("nav", class_="pagination")
    assert nav.find("a", rel="next")["href"].endswith("/jaunumi/2/")


def test_summary_defaults_to_first_paragraph(public: BuiltSite):
    card = public.page("/jaunumi/").find("a", string="Ziņa numur 3").find_parent("article")
    assert card.find(class_="news-card__summary").get_text(strip=True) == "Pirmā rindkopa 3."


def test_partner_page_lists_its_news_newest_first(public: BuiltSite):
    titles = [a.get_text(strip=True) for a in public.page("/partneri/saldus-novads/").find("section", attrs={"aria-labelledby": "zinas"}).find_all("a")]
    assert titles[:3] == ["Ziņa numur 10", "Ziņa numur 9", "Ziņa numur 8"]
    assert titles[-1].startswith("Kurzemes plānošanas reģions noslēdzis")


def test_hidden_item_is_not_in_the_sitemap_nor_the_search_index(public: BuiltSite):
    import gzip

    page = public.page("/jaunumi/slepta/")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert not page.find("main").has_attr("data-pagefind-body")
    assert "/jaunumi/slepta/" not in (public.output / "sitemap.xml").read_text(encoding="utf-8")
    fragments = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
                 for p in (public.output / "pagefind" / "fragment").glob("*.pf_fragment")]
    assert fragments and any("Ziņa numur 3" in f for f in fragments)
    assert not any("Slēpta ziņa" in f or "/jaunumi/slepta/" in f for f in fragments)
