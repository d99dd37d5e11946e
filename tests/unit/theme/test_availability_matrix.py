from types import SimpleNamespace as O

from kurzeme_visiem.site.matrix import LEGEND, LEGEND_BY_KIND, CellKind

from unit_helpers import render_component


def cell(kind, source=None, service=None):
    return O(kind=kind, legend=LEGEND_BY_KIND[kind], source=source, filled=kind is not CellKind.NONE, service=service)


def matrix():
    service = O(url="pakalpojumi/a/", name="Atelpas brīdis")
    other = O(url="pakalpojumi/b/", name="Grupu dzīvoklis")
    talsi = O(url="partneri/talsu-novads/", display_name="Talsu novads", slug="talsu-novads")
    row = O(partner=talsi, former=[O(display_name="Rojas novads")],
            cells=[cell(CellKind.AVAILABLE, "https://a.lv/x", service), cell(CellKind.NONE, service=other)])
    return O(columns=[service, other], legend=LEGEND, groups=[O(label="Kurzemes pašvaldības", rows=[row])])


def test_table_with_legend_source_links_and_former_names():
    html = render_component("availability-matrix", {"matrix": matrix(), "siteurl": "/x"})
    assert '<th scope="col"><a href="/x/pakalpojumi/a/">Atelpas brīdis</a></th>' in html
    assert '<th scope="rowgroup" colspan="3">Kurzemes pašvaldības</th>' in html
    assert 'href="https://a.lv/x"' in html and "pieejams" in html
    assert '<span aria-hidden="true">–</span><span class="visually-hidden">nav ziņu</span>' in html
    assert "Bijušās pašvaldības: Rojas novads" in html
    assert html.count("<dt>") == len(LEGEND)


def test_the_phone_view_lists_only_filled_cells():
    html = render_component("availability-matrix", {"matrix": matrix(), "siteurl": "/x"})
    narrow = html[html.index('class="availability-matrix__narrow"'):]
    assert '<h3 id="pasvaldiba-talsu-novads"><a href="/x/partneri/talsu-novads/">Talsu novads</a></h3>' in narrow
    assert "Atelpas brīdis</a>:" in narrow and "Grupu dzīvoklis" not in narrow
