"""Service entries in partner files: bare slugs (status unknown) and sourced facts, checked as ``path:line``."""

import datetime as dt

import pytest

from kurzeme_visiem.content.availability import Status
from kurzeme_visiem.content.directory import load_directory
from kurzeme_visiem.content.lv.partial_dates import PartialDate

from unit_helpers import lines

TODAY = dt.date(2026, 12, 3)
HEAD = "name: Talsu novada pašvaldība\ntype: municipality\nregion: kurzeme\nservices:\n"


def setup(content, services: str):
    content.write("services/grupu-dzivoklis.yaml", "name: Grupu dzīvoklis\ntarget_groups: [adults-grt]\nsummary: x\n")
    content.write("services/socialais-mentors.yaml", "name: Sociālais mentors\ntarget_groups: [adults-grt]\nsummary: x\n")
    content.write("partners/talsu-novads.yaml", HEAD + services, dedent=False)
    return load_directory(content.root, TODAY)


def test_a_full_entry_and_a_bare_slug(content):
    directory, problems = setup(content, """\
  - socialais-mentors
  - service: grupu-dzivoklis
    status: available
    since: 2023-07
    places: 16
    address: 'Dīķu iela 1, Dzelda'
    provider: 'Biedrība “Latvijas Samariešu apvienība”'
    note: Četri dzīvokļi.
    source: https://kurzemevisiem.lv/zina/
    checked: 2026-12-03
""")
    assert problems == []
    partner = directory.partners["talsu-novads"]
    bare, full = [offer.entry for offer in partner.offers]
    assert (bare.service, bare.status, bare.source) == ("socialais-mentors", None, None)
    assert (full.status, full.since, full.places, full.address, full.checked) == (
        Status.AVAILABLE, PartialDate(2023, 7), 16, "Dīķu iela 1, Dzelda", dt.date(2026, 12, 3))
    assert [s.slug for s in partner.services] == ["grupu-dzivoklis", "socialais-mentors"]
    service = directory.services["grupu-dzivoklis"]
    assert [o.partner.slug for o in service.offers_with(Status.AVAILABLE)] == ["talsu-novads"]
    assert service.offers_with(Status.PLANNED) == []


def test_one_service_at_two_places(content):
    directory, problems = setup(content, """\
  - {service: grupu-dzivoklis, status: available, source: 'https://a.lv/1'}
  - {service: grupu-dzivoklis, status: planned, places: 8, source: 'https://a.lv/2'}
""")
    assert problems == []
    assert [o.status for o in directory.partners["talsu-novads"].offers] == [Status.AVAILABLE, Status.PLANNED]
    assert directory.services["grupu-dzivoklis"].partners == [directory.partners["talsu-novads"]]


@pytest.mark.parametrize(
    ("services", "expected"),
    [
        pytest.param("""\
  - service: grupu-dzivoklis
    status: available
  - service: grupu-dzivoklis
    status: planned
    source: kurzemevisiem.lv/zina
""", [
            "partners/talsu-novads.yaml:5: the field 'source' is missing: give the address of the public document (press release, DI plan, municipality page) that states this fact, e.g. 'source: https://www.kurzemesregions.lv/...'",
            "partners/talsu-novads.yaml:9: 'kurzemevisiem.lv/zina' is not a valid source address; it must start with https:// or http:// (e.g. https://kurzemevisiem.lv/...)",
        ], id="missing-and-malformed-source"),
        pytest.param("""\
  - service: grupu-dzivoklis
    status: open
    source: https://a.lv/1
  - service: grupu-dzivoklis
    source: https://a.lv/2
""", [
            "partners/talsu-novads.yaml:6: 'open' is not a valid status; use available, planned or closed",
            "partners/talsu-novads.yaml:8: the field 'status' is missing in the service entry; write available, planned or closed",
        ], id="unknown-and-missing-status"),
        pytest.param("""\
  - service: grupu-dzivoklis
    status: available
    since: 2027-01
    source: https://a.lv/1
  - service: grupu-dzivoklis
    status: planned
    since: 2027-01
    source: https://a.lv/2
""", [
            "partners/talsu-novads.yaml:7: 'since: 2027-01' is in the future, but the status is 'available': an available service cannot start in the future; correct the date or write 'status: planned'",
        ], id="since-in-the-future-for-an-available-service"),
        pytest.param("""\
  - service: grupu-dzivoklis
    status: planned
    since: 2023-13
    places: many
    checked: 2027-01-01
    adress: Talsi
    source: https://a.lv/1
""", [
            "partners/talsu-novads.yaml:7: 'since: 2023-13' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-07-18)",
            "partners/talsu-novads.yaml:8: 'places: many' must be a number of places (a whole number above 0), e.g. 'places: 16'",
            "partners/talsu-novads.yaml:9: 'checked: 2027-01-01' is in the future; write the day you read the source",
            "partners/talsu-novads.yaml:10: unknown field 'adress' in the service entry; did you mean 'address'?",
        ], id="bad-since-places-checked-and-unknown-field"),
        pytest.param("""\
  - socialais-mentors
  - socialais-mentors
  - {service: grupu-dzivokli, status: planned, source: 'https://a.lv/1'}
""", [
            "partners/talsu-novads.yaml:6: service 'socialais-mentors' is listed twice; keep one",
            "partners/talsu-novads.yaml:7: unknown service 'grupu-dzivokli' in 'services'; did you mean 'grupu-dzivoklis'?",
        ], id="unknown-service-and-a-bare-slug-twice"),
    ],
)
def test_entry_problems(content, services, expected):
    _, problems = setup(content, services)
    assert lines(problems) == expected
