import datetime as dt

import pytest

from kurzeme_visiem.content.records import PartnerRecord, PartnerType, Region, ServiceRecord, TargetGroup
from kurzeme_visiem.content.schema_errors import validate_record
from kurzeme_visiem.content.yaml_source import load_yaml

from unit_helpers import lines


def validate(content, model, text, name="partners/a.yaml"):
    document, problems = load_yaml(content.write(name, text))
    assert problems == [], "the test's YAML must parse"
    return validate_record(model, document)


CONTRACT_PARTNER = """\
    name: Tukuma novada dome          # required: full official name
    short_name: Tukuma novads
    type: municipality
    region: other
    address: "Talsu iela 4, Tukums, LV-3101"
    phone: "+371 63122238"
    email: pasts@example.lv
    website: https://www.example.lv
    contacts:
      - name: Vārds Uzvārds
        role: projekta kontaktpersona
        phone: 63122238
        email: vards.uzvards@example.lv
    services: [socialais-mentors, grupu-dzivoklis]
    location: {lat: 56.9670, lon: 23.1550}
    agreement_date: 2016-04-26
    description: |
      Free text.
    """


def test_contract_partner_example_is_valid(content):
    record, problems = validate(content, PartnerRecord, CONTRACT_PARTNER)
    assert problems == []
    assert record.name == "Tukuma novada dome"
    assert record.type is PartnerType.MUNICIPALITY
    assert record.region is Region.OTHER
    assert record.parent is None
    assert record.agreement_date == dt.date(2016, 4, 26)
    assert record.contacts[0].phone == "63122238"  # unquoted number kept as the text it was
    assert record.phone == "+371 63122238"
    assert (record.location.lat, record.location.lon) == (56.967, 23.155)
    assert record.services == ["socialais-mentors", "grupu-dzivoklis"]
    assert record.description == "Free text."


def test_contract_service_example_is_valid(content):
    record, problems = validate(content, ServiceRecord, """\
        name: Sociālā mentora pakalpojums
        target_groups: [adults-grt, families]
        summary: One sentence.
        description: |
          What it is.
        """, "services/s.yaml")
    assert problems == []
    assert record.target_groups == [TargetGroup.ADULTS_GRT, TargetGroup.FAMILIES]
    assert record.summary == "One sentence."


def test_text_is_stripped(content):
    record, _ = validate(content, PartnerRecord, "name: '  Talsu novads  '\ntype: children-home\n")
    assert record.name == "Talsu novads"


@pytest.mark.parametrize("missing", ["name", "type"])
def test_missing_required_partner_field_is_reported_at_line_1(content, missing):
    text = "\n".join(line for line in ["name: A", "type: children-home", "phone: '63122238'"] if not line.startswith(missing))
    record, problems = validate(content, PartnerRecord, text + "\n")
    assert record is None
    assert lines(problems) == [f"partners/a.yaml:1: required field '{missing}' is missing; add a line '{missing}: ...'"]


@pytest.mark.parametrize(("model", "path", "text", "expected"), [
    (PartnerRecord, "partners/a.yaml", "name: A\nregion: south\ntype: hospital\n", [  # unknown type and region
        "partners/a.yaml:2: 'south' is not a valid region; use one of: kurzeme, other",
        "partners/a.yaml:3: 'hospital' is not a valid type; use one of: municipality, state-care-centre, care-centre-branch, children-home",
    ]),
    (ServiceRecord, "services/s.yaml", "name: S\nsummary: x\ntarget_groups:\n  - families\n  - adults\n", [  # inside a list
        "services/s.yaml:5: 'adults' is not a valid target_groups; use one of: children-ft, adults-grt, children-in-care, families",
    ]),
    (ServiceRecord, "services/s.yaml", "name: S\ntarget_groups: [families]\nsummary: x\ndescrption: y\ncolour: red\n", [
        "services/s.yaml:4: unknown field 'descrption'; did you mean 'description'?",
        "services/s.yaml:5: unknown field 'colour'; allowed fields: name, target_groups, summary, description, easy_read",
    ]),
    (ServiceRecord, "services/s.yaml", "name: ''\ntarget_groups: []\nsummary: 5\n", [  # empty and wrongly typed
        "services/s.yaml:1: 'name' must be non-empty text; write the value after the colon (quote it if it contains ': ' or '#')",
        "services/s.yaml:2: 'target_groups' needs at least one item",
        "services/s.yaml:3: 'summary' must be non-empty text; write the value after the colon (quote it if it contains ': ' or '#')",
    ]),
    (PartnerRecord, "partners/a.yaml", "name: A\ntype: children-home\nservices: socialais-mentors\n", [  # a list is needed
        "partners/a.yaml:3: 'services' must be a list, e.g. services: [first, second]",
    ]),
    (PartnerRecord, "partners/a.yaml", "name: A\ntype: children-home\nlocation: 5\n", [
        "partners/a.yaml:3: 'location' must hold fields (name: value pairs), not '5'",
    ]),
    (PartnerRecord, "partners/a.yaml", "name: A\ntype: children-home\nlocation:\n  lat: x\n  lon: 22.0\n", [
        "partners/a.yaml:4: 'lat' must be a number like 56.9670",
    ]),
])
def test_schema_problems_at_their_lines(content, model, path, text, expected):
    _, problems = validate(content, model, text, path)
    assert lines(problems) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2016-02-30", "agreement_date: '2016-02-30' is not a real date (day is out of range for month)"),
        ("26.04.2016", "agreement_date: '26.04.2016' is not a date in the form YYYY-MM-DD (e.g. 2016-04-26)"),
        ("2016-4-26", "agreement_date: '2016-4-26' is not a date in the form YYYY-MM-DD (e.g. 2016-04-26)"),
        ("2016-04-26 14:30", "agreement_date: '2016-04-26 14:30' is not a date in the form YYYY-MM-DD (e.g. 2016-04-26)"),
    ],
)
def test_bad_agreement_date(content, value, message):
    _, problems = validate(content, PartnerRecord, f"name: A\ntype: children-home\n\nagreement_date: {value}\n")
    assert lines(problems) == [f"partners/a.yaml:4: {message}"]


def test_every_problem_in_one_file_is_reported(content):
    record, problems = validate(content, PartnerRecord, """\
        short_name: A
        type: municipality
        region: kurzeme
        phone: 63122238
        agreement_date: 2016-02-30
        website: ftp://example.lv
        email: nav
        location: {lat: 23.1, lon: 56.9}
        contacts:
          - role: kontaktpersona
            phone: abc
          - name: B
            emial: b@example.lv
        """)
    assert record is None
    assert lines(problems) == [
        "partners/a.yaml:1: required field 'name' is missing; add a line 'name: ...'",
        "partners/a.yaml:5: agreement_date: '2016-02-30' is not a real date (day is out of range for month)",
        "partners/a.yaml:6: website: 'ftp://example.lv' is not a web address; it must start with https:// or http://",
        "partners/a.yaml:7: email: 'nav' is not an e-mail address like vards.uzvards@example.lv",
        "partners/a.yaml:8: lat: latitude 23.1 is outside Latvia (55.6–58.1); are lat and lon swapped?",
        "partners/a.yaml:8: lon: longitude 56.9 is outside Latvia (20.9–28.3); are lat and lon swapped?",
        "partners/a.yaml:10: required field 'name' is missing; add a line 'name: ...'",
        "partners/a.yaml:11: phone: 'abc' is not a phone number; write digits, spaces and an optional leading +",
        "partners/a.yaml:13: unknown field 'emial'; did you mean 'email'?",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [("", "an empty file"), ("- a\n- b\n", "a list"), ("just text\n", "a str")],
)
def test_top_level_that_is_not_a_mapping(content, text, found):
    document, _ = load_yaml(content.write("partners/a.yaml", text))
    record, problems = validate_record(PartnerRecord, document)
    assert record is None
    assert lines(problems) == [f"partners/a.yaml:1: expected fields like 'name: ...' at the top level, found {found}"]


@pytest.mark.parametrize("website", ["https://www.example.lv", "http://example.lv/lapa?id=1"])
def test_http_and_https_websites_are_accepted(content, website):
    record, problems = validate(content, PartnerRecord, f"name: A\ntype: children-home\nwebsite: {website}\n")
    assert problems == []
    assert record.website == website


@pytest.mark.parametrize("website", ["www.example.lv", "javascript:alert(1)", "mailto:a@example.lv", "https://localhost"])
def test_other_websites_are_rejected(content, website):
    _, problems = validate(content, PartnerRecord, f"name: A\ntype: children-home\nwebsite: '{website}'\n")
    assert lines(problems) == [
        f"partners/a.yaml:3: website: '{website}' is not a web address; it must start with https:// or http://"
    ]


def test_records_are_frozen(content):
    record, _ = validate(content, PartnerRecord, "name: A\ntype: children-home\n")
    with pytest.raises(Exception):
        record.name = "B"
