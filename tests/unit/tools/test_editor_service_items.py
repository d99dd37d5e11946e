"""tools/editor/service_items.py: a partner's bare service slugs shown as entries, and written back as slugs."""

from __future__ import annotations

import yaml

from kurzeme_visiem.tools.editor.service_items import for_editor, from_editor

MIXED = """\
name: 'VSAC “Kurzeme”, filiāle “Iļģi”'
type: care-centre-branch
services:
  - socialais-mentors
  - service: grupu-dzivoklis
    status: available
    source: https://example.lv/avots
    checked: 2026-12-03
"""


def test_bare_slugs_become_entries_for_the_editor():
    shown = yaml.safe_load(for_editor("partners/vsac-kurzeme-ilgi.yaml", MIXED))
    assert shown["services"][0] == {"service": "socialais-mentors"}
    assert shown["services"][1] == yaml.safe_load(MIXED)["services"][1]
    assert {k: v for k, v in shown.items() if k != "services"} == {
        k: v for k, v in yaml.safe_load(MIXED).items() if k != "services"}


def test_an_entry_with_only_a_service_is_written_as_the_bare_slug():
    shown = for_editor("partners/x.yaml", MIXED)
    assert yaml.safe_load(from_editor("partners/x.yaml", shown)) == yaml.safe_load(MIXED)


def test_the_old_plain_list_round_trips():
    plain = "name: X\ntype: municipality\nservices: [socialais-mentors, grupu-dzivoklis]\n"
    shown = for_editor("partners/x.yaml", plain)
    assert yaml.safe_load(shown)["services"] == [{"service": "socialais-mentors"}, {"service": "grupu-dzivoklis"}]
    assert yaml.safe_load(from_editor("partners/x.yaml", shown)) == yaml.safe_load(plain)


def test_an_entry_with_more_than_the_service_stays_an_entry():
    entry = "name: X\nservices:\n  - service: grupu-dzivoklis\n    note: bez statusa\n"
    assert from_editor("partners/x.yaml", entry) == entry  # the content check then asks for the status


def test_texts_that_need_no_change_are_returned_as_they_are():
    sourced = MIXED.replace("  - socialais-mentors\n", "")
    assert for_editor("partners/x.yaml", sourced) == sourced
    assert from_editor("partners/x.yaml", sourced) == sourced
    assert for_editor("services/x.yaml", MIXED) == MIXED  # only partners have service entries
    assert for_editor("news/x.md", "services:\n  - a\n") == "services:\n  - a\n"
    for odd in ("name: [unclosed\n", "- a list\n", "services: not-a-list\n", ""):
        assert for_editor("partners/x.yaml", odd) == odd and from_editor("partners/x.yaml", odd) == odd
