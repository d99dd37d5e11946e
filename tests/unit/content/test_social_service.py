import datetime as dt

from kurzeme_visiem.content.directory import load_directory
from kurzeme_visiem.content.social_service import SOCIAL_SERVICE_FIELDS, SocialService

from unit_helpers import lines

TODAY = dt.date(2026, 12, 3)
HEAD = "name: Tukuma novada pašvaldība\ntype: municipality\nregion: kurzeme\nsocial_service:\n"


def setup(content, block):
    content.write("partners/tukuma-novads.yaml", HEAD + block, dedent=False)
    return load_directory(content.root, TODAY)


def test_a_full_block(content):
    directory, problems = setup(content, """\
  name: 'Tukuma novada sociālais dienests'
  address: 'Tidaholmas iela 1, Tukums'
  phone: 80205333
  hours: 'P 8.00–18.00'
  source: https://www.tukums.lv/lv/x
  checked: 2026-12-03
""")
    assert problems == []
    service = directory.partners["tukuma-novads"].social_service
    assert (service.name, service.phone, service.email, service.checked) == (
        "Tukuma novada sociālais dienests", "80205333", None, dt.date(2026, 12, 3))


def test_missing_name_and_source_bad_phone_and_email(content):
    _, problems = setup(content, """\
  phone: 'zvanīt'
  email: pasts
""")
    assert lines(problems) == [
        "partners/tukuma-novads.yaml:4: the field 'name' is missing in the social service block; add a line 'name: Talsu novada Sociālais dienests'",
        "partners/tukuma-novads.yaml:4: the field 'source' is missing: give the address of the public document (press release, DI plan, municipality page) that states this fact, e.g. 'source: https://www.kurzemesregions.lv/...'",
        "partners/tukuma-novads.yaml:5: 'zvanīt' is not a phone number; write digits, spaces and an optional leading +",
        "partners/tukuma-novads.yaml:6: 'pasts' is not an e-mail address like vards.uzvards@example.lv",
    ]


def test_a_single_text_is_refused(content):
    content.write("partners/tukuma-novads.yaml", "name: T\ntype: municipality\nregion: kurzeme\nsocial_service: 63122238\n")
    _, problems = load_directory(content.root, TODAY)
    assert lines(problems) == ["partners/tukuma-novads.yaml:4: 'social_service' must be fields (name, address, phone, email, hours, source), not one text"]


def test_an_unknown_field_is_named_with_the_allowed_ones_in_writing_order(content):
    _, problems = setup(content, "  name: 'Dienests'\n  telefons: 80205333\n  source: https://www.tukums.lv/lv/x\n")
    (problem,) = lines(problems)
    assert problem.startswith("partners/tukuma-novads.yaml:6: ")
    assert "name, address, phone, email, hours, website, source, checked" in problem, problem


def test_the_writing_order_lists_every_field_of_the_model():
    assert sorted(SOCIAL_SERVICE_FIELDS) == sorted(SocialService.model_fields)
