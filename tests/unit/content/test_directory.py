import pytest

from kurzeme_visiem.content.directory import Directory, load_directory, suggest
from kurzeme_visiem.content.records import PartnerType, Region, TargetGroup

from unit_helpers import lines

SERVICE = "name: {name}\ntarget_groups: [{groups}]\nsummary: Viens teikums.\n"


def service(content, slug, name, groups="adults-grt"):
    content.write(f"services/{slug}.yaml", SERVICE.format(name=name, groups=groups))


@pytest.fixture
def linked(content):
    """A valid directory: a state care centre with two branches, municipalities, services."""
    service(content, "grupu-dzivoklis", "Grupu dzīvoklis")
    service(content, "socialais-mentors", "Sociālā mentora pakalpojums")
    service(content, "atelpas-bridis", "Atelpas brīža pakalpojums", "children-ft, families")
    content.write("partners/vsac-kurzeme.yaml", """\
        name: VSAC "Kurzeme"
        type: state-care-centre
        services: [grupu-dzivoklis]
        """)
    content.write("partners/vsac-kurzeme-liepaja.yaml", """\
        name: VSAC "Kurzeme" filiāle "Liepāja"
        short_name: Liepājas filiāle
        type: care-centre-branch
        parent: vsac-kurzeme
        """)
    content.write("partners/vsac-kurzeme-aizpute.yaml", """\
        name: VSAC "Kurzeme" filiāle "Aizpute"
        short_name: Aizputes filiāle
        type: care-centre-branch
        parent: vsac-kurzeme
        """)
    content.write("partners/talsu-novads.yaml", """\
        name: Talsu novada dome
        short_name: Talsu novads
        type: municipality
        region: kurzeme
        services: [socialais-mentors, grupu-dzivoklis]
        """)
    content.write_all({
        "partners/cesu-novads.yaml": "name: Cēsu novada dome\ntype: municipality\nregion: other\nservices: [atelpas-bridis]\n",
        "partners/aizputes-novads.yaml": "name: Aizputes novada dome\ntype: municipality\nregion: kurzeme\n",
        "glossary.yaml": "DI: deinstitucionalizācija\nGRT: '  garīga rakstura traucējumi '\n",
    })
    directory, problems = load_directory(content.root)
    assert lines(problems) == []
    return directory


def test_branches_and_parent_link_both_ways(linked):
    centre = linked.partners["vsac-kurzeme"]
    assert [b.slug for b in centre.branches] == ["vsac-kurzeme-aizpute", "vsac-kurzeme-liepaja"]
    assert linked.partners["vsac-kurzeme-liepaja"].parent is centre
    assert linked.partners["vsac-kurzeme-aizpute"].parent is centre
    assert centre.parent is None
    assert linked.partners["talsu-novads"].branches == []


def test_services_and_partners_link_both_ways(linked):
    talsi = linked.partners["talsu-novads"]
    dzivoklis = linked.services["grupu-dzivoklis"]
    # Latvian order of the service names: Grupu dzīvoklis < Sociālā mentora pakalpojums
    assert [s.slug for s in talsi.services] == ["grupu-dzivoklis", "socialais-mentors"]
    # Latvian order of display names: Talsu novads < VSAC "Kurzeme"
    assert [p.slug for p in dzivoklis.partners] == ["talsu-novads", "vsac-kurzeme"]
    assert [p.slug for p in linked.services["socialais-mentors"].partners] == ["talsu-novads"]
    assert linked.partners["aizputes-novads"].services == []
    assert all(service in partner.services for service in linked.services.values() for partner in service.partners)


def test_record_fields_are_reachable_on_partner_and_service(linked):
    talsi = linked.partners["talsu-novads"]
    assert talsi.name == "Talsu novada dome"
    assert talsi.display_name == "Talsu novads"
    assert linked.partners["aizputes-novads"].display_name == "Aizputes novada dome"
    assert talsi.region is Region.KURZEME
    assert talsi.phone is None
    assert talsi.source.name == "talsu-novads.yaml"
    assert linked.services["atelpas-bridis"].target_groups == [TargetGroup.CHILDREN_FT, TargetGroup.FAMILIES]
    with pytest.raises(AttributeError):
        talsi.no_such_field


def test_directory_queries(linked):
    kurzeme = linked.partners_of_type(PartnerType.MUNICIPALITY, Region.KURZEME)
    assert [p.slug for p in kurzeme] == ["aizputes-novads", "talsu-novads"]
    assert [p.slug for p in linked.partners_of_type(PartnerType.MUNICIPALITY)] == ["aizputes-novads", "cesu-novads", "talsu-novads"]
    assert [p.slug for p in linked.partners_of_type(PartnerType.CHILDREN_HOME)] == []
    assert [s.slug for s in linked.services_for(TargetGroup.ADULTS_GRT)] == ["grupu-dzivoklis", "socialais-mentors"]
    assert [s.slug for s in linked.sorted_services()] == ["atelpas-bridis", "grupu-dzivoklis", "socialais-mentors"]


def test_glossary_is_loaded_and_stripped(linked):
    assert linked.glossary == {"DI": "deinstitucionalizācija", "GRT": "garīga rakstura traucējumi"}


def test_empty_content_folder(content):
    directory, problems = load_directory(content.root)
    assert problems == []
    assert directory == Directory()


def test_municipality_needs_a_region(content):
    content.write("partners/talsu-novads.yaml", "name: Talsu novada dome\n\ntype: municipality\n")
    directory, problems = load_directory(content.root)
    assert lines(problems) == ["partners/talsu-novads.yaml:3: a municipality needs 'region: kurzeme' or 'region: other'"]


@pytest.mark.parametrize("kind", ["state-care-centre", "children-home"])
def test_only_municipalities_have_a_region(content, kind):
    content.write("partners/p.yaml", f"name: P\ntype: {kind}\nregion: kurzeme\n")
    _, problems = load_directory(content.root)
    assert lines(problems) == [
        f"partners/p.yaml:3: 'region' is only for municipalities; remove it or set 'type: municipality' (type is '{kind}')"
    ]


def test_branch_rules(content):
    content.write_all({
        "partners/vsac-kurzeme.yaml": "name: VSAC\ntype: state-care-centre\n",
        "partners/bernu-nams.yaml": "name: Bērnu nams\ntype: children-home\nparent: vsac-kurzeme\n",
        "partners/filiale-a.yaml": "name: A\ntype: care-centre-branch\n",
        "partners/filiale-b.yaml": "name: B\ntype: care-centre-branch\nparent: vsac-kurzem\n",
        "partners/filiale-c.yaml": "name: C\ntype: care-centre-branch\nparent: bernu-nams\n",
        "partners/filiale-d.yaml": "name: D\ntype: care-centre-branch\nparent: filiale-a\n",
    })
    directory, problems = load_directory(content.root)
    assert lines(problems) == [
        "partners/bernu-nams.yaml:3: 'parent' is only for care-centre-branch partners (type is 'children-home'); remove it",
        "partners/filiale-a.yaml:2: a care-centre-branch needs 'parent: <slug of its state care centre>', e.g. 'parent: vsac-kurzeme'",
        "partners/filiale-b.yaml:3: unknown partner 'vsac-kurzem' in 'parent'; did you mean 'vsac-kurzeme'?",
        "partners/filiale-c.yaml:3: parent 'bernu-nams' is a children-home, not a state-care-centre",
        "partners/filiale-d.yaml:3: parent 'filiale-a' is a care-centre-branch, not a state-care-centre",
    ]
    assert directory.partners["vsac-kurzeme"].branches == []
    assert directory.partners["bernu-nams"].parent is None


def test_unknown_and_repeated_service_slugs(content):
    service(content, "grupu-dzivoklis", "Grupu dzīvoklis")
    service(content, "socialais-mentors", "Sociālais mentors")
    content.write("partners/talsu-novads.yaml", """\
        name: Talsu novada dome
        type: municipality
        region: kurzeme
        services:
          - grupu-dzivoklis
          - socialais-mentor
          - grupu-dzivoklis
          - pilnigi-cits
        """)
    directory, problems = load_directory(content.root)
    assert lines(problems) == [
        "partners/talsu-novads.yaml:6: unknown service 'socialais-mentor' in 'services'; did you mean 'socialais-mentors'?",
        "partners/talsu-novads.yaml:7: service 'grupu-dzivoklis' is listed twice; keep one",
        "partners/talsu-novads.yaml:8: unknown service 'pilnigi-cits' in 'services'; check the spelling against the file names",
    ]
    assert [p.slug for p in directory.services["grupu-dzivoklis"].partners] == ["talsu-novads"]


def test_file_names_and_other_files(content):
    content.write_all({
        "partners/Tukuma Novads.yaml": "name: x\ntype: children-home\n",
        "partners/liepāja.yaml": "name: x\ntype: children-home\n",
        "partners/talsi.yml": "name: x\n",
        "partners/.DS_Store": "binary",
        "partners/vecie/arhivs.yaml": "name: x\n",
        "services/README.txt": "x",
    })
    directory, problems = load_directory(content.root)
    assert lines(problems) == [
        "partners/Tukuma Novads.yaml:1: file name 'Tukuma Novads.yaml' is not a slug; use lower-case a-z, 0-9 and hyphens, e.g. 'tukuma-novads.yaml'",
        "partners/liepāja.yaml:1: file name 'liepāja.yaml' is not a slug; use lower-case a-z, 0-9 and hyphens, e.g. 'liepaja.yaml'",
        "partners/talsi.yml:1: 'talsi.yml' is ignored: files in partners/ must end in .yaml",
        "services/README.txt:1: 'README.txt' is ignored: files in services/ must end in .yaml",
    ]
    assert directory.partners == {}


def test_every_problem_in_the_folder_is_reported_in_one_call(content):
    """One load reports the contract's bad-content cases from several files together."""
    service(content, "grupu-dzivoklis", "Grupu dzīvoklis")
    content.write_all({
        "services/bez-grupas.yaml": "name: S\nsummary: x\n",
        "partners/salauzts.yaml": "name: A\ntype: [municipality\n",
        "partners/bez-nosaukuma.yaml": "type: children-home\n",
        "partners/slimnica.yaml": "name: Slimnīca\ntype: hospital\n",
        "partners/talsu-novads.yaml": "name: Talsu novada dome\ntype: municipality\nregion: kurzeme\nservices: [grupu-dzivoklis, nav-tada]\n",
        "partners/kuldigas-novads.yaml": "name: Kuldīgas novada dome\ntype: municipality\nregion: kurzeme\nagreement_date: 2016-02-30\n",
        "partners/dubults.yaml": "name: A\ntype: children-home\nname: B\n",
        "glossary.yaml": "DI: deinstitucionalizācija\nFT:\n",
    })
    directory, problems = load_directory(content.root)
    assert lines(problems) == [
        "glossary.yaml:2: 'FT' needs its expansion as text, e.g. 'FT: garīga rakstura traucējumi'",
        "partners/bez-nosaukuma.yaml:1: required field 'name' is missing; add a line 'name: ...'",
        "partners/dubults.yaml:3: 'name' is given twice (first on line 1); keep one",
        "partners/kuldigas-novads.yaml:4: agreement_date: '2016-02-30' is not a real date (day is out of range for month)",
        "partners/salauzts.yaml:2: YAML does not parse: expected ',' or ']', but got '<stream end>'; check indentation, colons and quotes",
        "partners/slimnica.yaml:2: 'hospital' is not a valid type; use one of: municipality, state-care-centre, care-centre-branch, children-home",
        "partners/talsu-novads.yaml:4: unknown service 'nav-tada' in 'services'; check the spelling against the file names",
        "services/bez-grupas.yaml:1: required field 'target_groups' is missing; add a line 'target_groups: ...'",
    ]
    # a file with problems of its own is left out of the directory and remembered as invalid
    assert sorted(directory.partners) == ["talsu-novads"]
    assert sorted(directory.services) == ["grupu-dzivoklis"]
    assert directory.invalid_partner_slugs == {"bez-nosaukuma", "dubults", "kuldigas-novads", "salauzts", "slimnica"}
    assert directory.invalid_service_slugs == {"bez-grupas"}
    assert directory.glossary == {"DI": "deinstitucionalizācija"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- DI\n- GRT\n", ["glossary.yaml:1: the glossary must be lines of 'ABBREVIATION: expansion'"]),
        ("DI: a\n'G R': b\n", ["glossary.yaml:2: 'G R' is not an abbreviation; use letters and digits, e.g. 'GRT'"]),
        ("DI: a\nGRT: ''\n", ["glossary.yaml:2: 'GRT' needs its expansion as text, e.g. 'GRT: garīga rakstura traucējumi'"]),
        ("DI: a\nGRT: [x]\n", ["glossary.yaml:2: 'GRT' needs its expansion as text, e.g. 'GRT: garīga rakstura traucējumi'"]),
        ("DI: a\nDI: b\n", ["glossary.yaml:2: 'DI' is given twice (first on line 1); keep one"]),
        ("DI: [a\n", ["glossary.yaml:1: YAML does not parse: expected ',' or ']', but got '<stream end>'; check indentation, colons and quotes"]),
    ],
)
def test_glossary_problems(content, text, expected):
    content.write("glossary.yaml", text)
    _, problems = load_directory(content.root)
    assert lines(problems) == expected


def test_glossary_accepts_latvian_letters_dots_and_hyphens(content):
    content.write("glossary.yaml", "VSAC: valsts sociālās aprūpes centrs\nNVO: nevalstiskā organizācija\nu.c.: un citi\nĢAC: ģimenes atbalsta centrs\nCOVID-19: slimība\n")
    directory, problems = load_directory(content.root)
    assert problems == []
    assert list(directory.glossary) == ["VSAC", "NVO", "u.c.", "ĢAC", "COVID-19"]


def test_empty_glossary(content):
    content.write("glossary.yaml", "# vēl nav\n")
    directory, problems = load_directory(content.root)
    assert (directory.glossary, problems) == ({}, [])


def test_glossary_keys_that_yaml_1_1_reads_as_booleans_stay_abbreviations(content):
    content.write("glossary.yaml", "DI: deinstitucionalizācija\nON: oficiālais nosaukums\nNO: no\n")
    directory, problems = load_directory(content.root)
    assert problems == []
    assert directory.glossary == {"DI": "deinstitucionalizācija", "ON": "oficiālais nosaukums", "NO": "no"}


def test_references_to_a_broken_file_are_not_reported_again(content):
    content.write_all({
        "services/grupu-dzivoklis.yaml": "name: Grupu dzīvoklis\nsummary: x\n",
        "partners/vsac-kurzeme.yaml": "name: VSAC\ntype: state-care-centr\n",
        "partners/filiale.yaml": "name: F\ntype: care-centre-branch\nparent: vsac-kurzeme\nservices: [grupu-dzivoklis]\n",
    })
    directory, problems = load_directory(content.root)
    assert lines(problems) == [
        "partners/vsac-kurzeme.yaml:2: 'state-care-centr' is not a valid type; use one of: municipality, state-care-centre, care-centre-branch, children-home",
        "services/grupu-dzivoklis.yaml:1: required field 'target_groups' is missing; add a line 'target_groups: ...'",
    ]
    assert directory.invalid_partner_slugs == {"vsac-kurzeme"}
    assert directory.invalid_service_slugs == {"grupu-dzivoklis"}
    assert directory.partners["filiale"].parent is None
    assert directory.partners["filiale"].services == []


def test_an_unknown_slug_gets_the_closest_file_name_or_a_hint():
    assert suggest("talsu-novad", ["talsu-novads", "tukuma-novads"]) == "did you mean 'talsu-novads'?"
    assert suggest("xyz", {"talsu-novads": 1}) == "check the spelling against the file names"


LOCATED = "name: Talsu novada dome\ntype: municipality\nregion: kurzeme\n"


def test_a_location_names_the_public_page_that_gives_it(content):
    content.write("partners/talsu-novads.yaml", LOCATED + "location: {lat: 57.24472, lon: 22.58889}\n"
                                                          "location_source: https://es.wikipedia.org/wiki/Talsi\n")
    directory, problems = load_directory(content.root)
    assert lines(problems) == []
    record = directory.partners["talsu-novads"].record
    assert (record.location.lat, record.location.lon, record.location_source) == (
        57.24472, 22.58889, "https://es.wikipedia.org/wiki/Talsi")


def test_a_location_source_without_a_location_or_not_a_web_address_is_reported_at_its_line(content):
    content.write_all({
        "partners/talsu-novads.yaml": LOCATED + "location_source: https://es.wikipedia.org/wiki/Talsi\n",
        "partners/rojas-novads.yaml": LOCATED + "location: {lat: 57.5, lon: 22.8}\nlocation_source: es.wikipedia.org/wiki/Roja\n",
    })
    _, problems = load_directory(content.root)
    found = lines(problems)
    assert found[0].startswith("partners/rojas-novads.yaml:5: ") and "es.wikipedia.org/wiki/Roja" in found[0]
    assert found[1:] == ["partners/talsu-novads.yaml:4: 'location_source' goes only with 'location'; "
                         "remove it or add the location the source gives"]
