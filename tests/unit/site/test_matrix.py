import pytest

from kurzeme_visiem.content.directory import load_directory
from kurzeme_visiem.site.matrix import build_matrix


@pytest.fixture
def directory(content):
    for slug, name in [("grupu-dzivoklis", "Grupu dzīvoklis"), ("atelpas-bridis", "Atelpas brīdis"), ("socialais-mentors", "Sociālais mentors")]:
        content.write(f"services/{slug}.yaml", f"name: {name}\ntarget_groups: [adults-grt]\nsummary: x\n")
    content.write("partners/talsu-novads.yaml", "name: Talsu novada dome\nshort_name: Talsu novads\ntype: municipality\nregion: kurzeme\nservices: [socialais-mentors, grupu-dzivoklis]\n")
    content.write("partners/cesu-novads.yaml", "name: Cēsu novada dome\ntype: municipality\nregion: other\nservices: [atelpas-bridis]\n")
    content.write("partners/aizputes-novads.yaml", "name: Aizputes novada dome\nshort_name: Aizputes novads\ntype: municipality\nregion: kurzeme\n")
    content.write("partners/cesvaines-novads.yaml", "name: Cesvaines novada dome\ntype: municipality\nregion: kurzeme\n")
    content.write("partners/vsac-kurzeme.yaml", "name: VSAC Kurzeme\ntype: state-care-centre\nservices: [grupu-dzivoklis]\n")
    found, problems = load_directory(content.root)
    assert problems == []
    return found


def test_columns_are_services_in_latvian_order(directory):
    matrix = build_matrix(directory)
    assert [s.slug for s in matrix.columns] == ["atelpas-bridis", "grupu-dzivoklis", "socialais-mentors"]


def test_groups_rows_and_cells(directory):
    matrix = build_matrix(directory)
    assert [g.label for g in matrix.groups] == ["Kurzemes pašvaldības", "Citu plānošanas reģionu pašvaldības"]
    table = {g.label: [(r.partner.slug, r.cells) for r in g.rows] for g in matrix.groups}
    assert table == {
        # Aizputes < Cesvaines < Talsu; only municipalities, never the state care centre
        "Kurzemes pašvaldības": [
            ("aizputes-novads", (False, False, False)),
            ("cesvaines-novads", (False, False, False)),
            ("talsu-novads", (False, True, True)),
        ],
        "Citu plānošanas reģionu pašvaldības": [("cesu-novads", (True, False, False))],
    }


def test_a_region_without_municipalities_has_no_group(content):
    content.write("services/s.yaml", "name: S\ntarget_groups: [families]\nsummary: x\n")
    content.write("partners/talsu-novads.yaml", "name: Talsu novada dome\ntype: municipality\nregion: kurzeme\nservices: [s]\n")
    directory, _ = load_directory(content.root)
    matrix = build_matrix(directory)
    assert [g.label for g in matrix.groups] == ["Kurzemes pašvaldības"]
    assert matrix.groups[0].rows[0].cells == (True,)


def test_empty_directory(content):
    directory, _ = load_directory(content.root)
    matrix = build_matrix(directory)
    assert (matrix.columns, matrix.groups) == ((), ())
