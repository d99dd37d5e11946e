import datetime as dt

import pytest

from kurzeme_visiem.content.directory import load_directory
from kurzeme_visiem.site.matrix import LEGEND, CellKind, build_matrix

TODAY = dt.date(2026, 12, 3)
SRC = "https://example.lv/zina"


@pytest.fixture
def directory(content):
    for slug, name in [("grupu-dzivoklis", "Grupu dzīvoklis"), ("atelpas-bridis", "Atelpas brīdis"), ("socialais-mentors", "Sociālais mentors")]:
        content.write(f"services/{slug}.yaml", f"name: {name}\ntarget_groups: [adults-grt]\nsummary: x\n")
    content.write("partners/talsu-novads.yaml", f"""\
        name: Talsu novada pašvaldība
        short_name: Talsu novads
        type: municipality
        region: kurzeme
        services:
          - socialais-mentors
          - {{service: grupu-dzivoklis, status: planned, source: {SRC}/talsi-plans}}
          - {{service: grupu-dzivoklis, status: available, since: 2023-05, source: {SRC}/talsi-atklats}}
        """)
    content.write("partners/rojas-novads.yaml", f"""\
        name: Rojas novada dome
        short_name: Rojas novads
        type: municipality
        region: kurzeme
        valid_to: 2021-06-30
        merged_into: talsu-novads
        merged_source: {SRC}/reforma
        services:
          - {{service: atelpas-bridis, status: planned, source: {SRC}/roja}}
        """)
    content.write("partners/cesu-novads.yaml", f"name: Cēsu novada dome\ntype: municipality\nregion: other\nservices: [{{service: atelpas-bridis, status: closed, source: '{SRC}/cesis'}}]\n")
    content.write("partners/aizputes-novads.yaml", "name: Aizputes novada dome\nshort_name: Aizputes novads\ntype: municipality\nregion: kurzeme\n")
    content.write("partners/vsac-kurzeme.yaml", f"name: VSAC Kurzeme\ntype: state-care-centre\nservices: [{{service: grupu-dzivoklis, status: available, source: '{SRC}/vsac'}}]\n")
    found, problems = load_directory(content.root, TODAY)
    assert problems == []
    return found


def kinds(row):
    return tuple(cell.kind.value for cell in row.cells)


def test_columns_are_services_in_latvian_order(directory):
    matrix = build_matrix(directory)
    assert [s.slug for s in matrix.columns] == ["atelpas-bridis", "grupu-dzivoklis", "socialais-mentors"]


def test_rows_are_current_municipalities_with_the_merged_ones_named(directory):
    matrix = build_matrix(directory)
    assert [g.label for g in matrix.groups] == ["Kurzemes pašvaldības", "Citu plānošanas reģionu pašvaldības"]
    table = {g.label: [(r.partner.slug, kinds(r), [p.slug for p in r.former]) for r in g.rows] for g in matrix.groups}
    assert table == {
        # Rojas novads (merged into Talsu novads) has no row of its own; the state care centre never has one
        "Kurzemes pašvaldības": [
            ("aizputes-novads", ("none", "none", "none"), []),
            ("talsu-novads", ("planned", "available", "unknown"), ["rojas-novads"]),
        ],
        "Citu plānošanas reģionu pašvaldības": [("cesu-novads", ("closed", "none", "none"), [])],
    }


def test_available_wins_over_planned_and_links_its_own_source(directory):
    cell = build_matrix(directory).cell("talsu-novads", "grupu-dzivoklis")
    assert (cell.kind, cell.source, len(cell.offers)) == (CellKind.AVAILABLE, f"{SRC}/talsi-atklats", 2)


def test_a_merged_municipalitys_entries_show_in_its_successors_row(directory):
    cell = build_matrix(directory).cell("talsu-novads", "atelpas-bridis")
    assert (cell.kind, cell.source, cell.offer.partner.slug) == (CellKind.PLANNED, f"{SRC}/roja", "rojas-novads")


def test_every_filled_cell_with_a_status_has_a_source_and_bare_slugs_have_none(directory):
    matrix = build_matrix(directory)
    filled = matrix.filled_cells()
    assert len(filled) == 4
    assert all(cell.source for cell in filled if cell.kind is not CellKind.UNKNOWN)
    assert matrix.cell("talsu-novads", "socialais-mentors").source is None
    assert matrix.sources() == {f"{SRC}/talsi-atklats", f"{SRC}/roja", f"{SRC}/cesis"}


def test_count_is_available_and_planned(directory):
    rows = {r.partner.slug: r.count for r in build_matrix(directory).rows()}
    assert rows == {"aizputes-novads": 0, "talsu-novads": 2, "cesu-novads": 0}


def test_offered(directory):
    matrix = build_matrix(directory)
    assert matrix.offered("talsu-novads", "socialais-mentors") is True
    assert matrix.offered("aizputes-novads", "atelpas-bridis") is False
    with pytest.raises(StopIteration):
        matrix.offered("vsac-kurzeme", "grupu-dzivoklis")
    with pytest.raises(StopIteration):
        matrix.offered("rojas-novads", "atelpas-bridis")


def test_legend_has_distinct_symbols_and_words():
    assert [item.kind for item in LEGEND] == list(CellKind)
    assert len({item.symbol for item in LEGEND}) == len(LEGEND)
    assert len({item.word for item in LEGEND}) == len(LEGEND)
    assert {item.kind: (item.symbol, item.word) for item in LEGEND}[CellKind.AVAILABLE] == ("✓", "pieejams")
    assert {item.kind: (item.symbol, item.word) for item in LEGEND}[CellKind.PLANNED] == ("○", "plānots")


def test_a_region_without_municipalities_has_no_group(content):
    content.write("services/s.yaml", "name: S\ntarget_groups: [families]\nsummary: x\n")
    content.write("partners/talsu-novads.yaml", "name: Talsu novada dome\ntype: municipality\nregion: kurzeme\nservices: [s]\n")
    directory, _ = load_directory(content.root, TODAY)
    matrix = build_matrix(directory)
    assert [g.label for g in matrix.groups] == ["Kurzemes pašvaldības"]
    assert kinds(matrix.groups[0].rows[0]) == ("unknown",)


def test_empty_directory(content):
    directory, _ = load_directory(content.root, TODAY)
    matrix = build_matrix(directory)
    assert (matrix.columns, matrix.groups) == ((), ())
