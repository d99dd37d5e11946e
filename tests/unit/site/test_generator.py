"""The directory generator: reads and links in generate_context, writes only through the Writer in generate_output."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace as O
from zoneinfo import ZoneInfo

import pytest
from pelican.settings import read_settings

from kurzeme_visiem.content.problems import ContentErrors
from kurzeme_visiem.site.filters import add_filters
from kurzeme_visiem.site.generator import DirectoryGenerator

from unit_helpers import ROOT

RIGA = ZoneInfo("Europe/Riga")


class Writer:
    def __init__(self):
        self.written = {}

    def write_file(self, name, template, context, **values):
        self.written[name] = (template.name, values)


@pytest.fixture
def site(content):
    content.write("partners/talsu-novads.yaml", "name: Talsu novada dome\nshort_name: Talsu novads\ntype: municipality\n"
                                                 "region: kurzeme\nservices: [grupu-dzivoklis]\n")
    content.write("services/grupu-dzivoklis.yaml", "name: Grupu dzīvoklis\ntarget_groups: [adults-grt]\nsummary: x\n"
                                                   "description: Dzīvoklis DI ietvaros.\n")
    content.write("glossary.yaml", "DI: deinstitucionalizācija\n")
    content.write("news/a.md", "Title: A\nDate: 2016-04-26\nPartners: talsu-novads\n\nDI teksts.\n")
    return content


def generator(content, articles, **overrides):
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(content.root), **overrides})
    context = {"articles": articles, "drafts": [], "hidden_articles": [], "pages": [], "hidden_pages": [], "draft_pages": []}
    made = DirectoryGenerator(context, settings, str(content.root), settings["THEME"], str(content.root / "output"))
    add_filters(made)  # what the plugin does on generator_init
    return made


def news(content, **values):
    return O(source_path=str(content.root / "news" / "a.md"), date=dt.datetime(2016, 4, 26, tzinfo=RIGA), url="jaunumi/a/",
             _content="<p>DI teksts.</p><h2>Viegli lasīt</h2><p>Īsi par DI.</p>", title="A", summary="<p>DI teksts.</p>",
             modified=None, author=None, **values)


def test_generate_context_links_news_renders_fields_and_finishes_bodies(site):
    article = news(site)
    gen = generator(site, [article])
    gen.generate_context()
    talsi, flat = gen.directory.partners["talsu-novads"], gen.directory.services["grupu-dzivoklis"]
    assert article.partner_list == [talsi] and article.service_list == [] and talsi.news == [article]
    assert article.scheduled is False
    assert (talsi.url, talsi.save_as) == ("partneri/talsu-novads/", "partneri/talsu-novads/index.html")
    assert flat.description_html == '<p>Dzīvoklis <abbr title="deinstitucionalizācija">DI</abbr> ietvaros.</p>'
    assert article._content == '<p><abbr title="deinstitucionalizācija">DI</abbr> teksts.</p>'
    assert article.easy_read == '<p>Īsi par <abbr title="deinstitucionalizācija">DI</abbr>.</p>'
    assert article.image_url is None and article.image_size is None
    assert gen.context["AVAILABILITY_URL"] == "pakalpojumi/pasvaldibas/"
    assert [g.label for g in gen.context["availability"].groups] == ["Kurzemes pašvaldības"]


def test_future_news_is_marked_scheduled(site):
    article = news(site)
    article.date = dt.datetime.now(RIGA) + dt.timedelta(days=3)
    gen = generator(site, [article])
    gen.generate_context()
    assert article.scheduled is True


def test_bad_content_stops_in_generate_context(site):
    site.write("partners/talsu-novads.yaml", "name: Talsu novada dome\ntype: village\n")
    with pytest.raises(ContentErrors) as stopped:
        generator(site, [news(site)]).generate_context()
    assert any("'village' is not a valid type" in str(p) for p in stopped.value.problems)


def test_generate_output_writes_the_directory_pages_through_the_writer_and_the_feeds(site):
    gen = generator(site, [news(site)], PARTNER_URL="p/{slug}/", PARTNER_SAVE_AS="p/{slug}.html")
    gen.generate_context()
    writer = Writer()
    gen.generate_output(writer)
    assert {name: template for name, (template, _) in writer.written.items()} == {
        "p/talsu-novads.html": "partner.html",
        "pakalpojumi/grupu-dzivoklis/index.html": "service.html",
        "partneri/index.html": "partners.html",
        "pakalpojumi/index.html": "services.html",
        "pakalpojumi/pasvaldibas/index.html": "availability.html",
        "pakalpojumi/viegli-lasit/index.html": "services_easy_read.html",
        "redirects.map": "redirects.map",
    }
    assert writer.written["p/talsu-novads.html"][1]["url"] == "p/talsu-novads/"
    assert (site.root / "output" / "feeds" / "partneri" / "talsu-novads.atom.xml").is_file()


def test_generate_output_writes_a_redirect_page_per_old_path_and_the_map(site):
    site.write("redirects.yaml", '"/2016/04/26/a/": /jaunumi/a/\n"/?p=7": /jaunumi/a/\n')
    gen = generator(site, [news(site)], SITEURL="https://kurzemevisiem.lv")
    gen.generate_context()
    writer = Writer()
    gen.generate_output(writer)
    template, values = writer.written["2016/04/26/a/index.html"]
    assert template == "redirect.html" and values["redirect"].target_url == "https://kurzemevisiem.lv/jaunumi/a/"
    assert writer.written["redirects.map"][1]["entries"] == [
        ("/2016/04/26/a/", "/jaunumi/a/"), ("/2016/04/26/a", "/jaunumi/a/"), ("/?p=7", "/jaunumi/a/"), ("/index.php?p=7", "/jaunumi/a/"),
    ]
    assert not any(name.startswith("?") or "p=7" in name for name in writer.written)
