"""tools/editor/yaml_keep.py: a YAML save keeps the original bytes of every unchanged top-level key."""

from __future__ import annotations

import yaml
from hypothesis import assume, given
from hypothesis import strategies as st

from kurzeme_visiem.tools.editor.yaml_keep import keep_unchanged, top_level_blocks

OLD = """\
# Tukuma novads
name: 'Tukuma novada dome'
type: municipality
contacts:
  - name: Inga Helmane
    phone: "63122238"
location: {lat: 56.9670, lon: 23.1550}   # the town hall
description: |
  Teksts.
"""
# what Decap CMS writes for the same data
DECAP = """\
name: Tukuma novada dome
type: municipality
contacts:
  - name: Inga Helmane
    phone: "63122238"
location:
  lat: 56.967
  lon: 23.155
description: |
  Teksts.
"""


def test_unchanged_data_keeps_every_byte():
    assert keep_unchanged(OLD, DECAP) == OLD


def test_only_the_changed_key_takes_the_new_text():
    new = DECAP.replace("type: municipality", "type: children-home")
    merged = keep_unchanged(OLD, new)
    assert merged == OLD.replace("type: municipality", "type: children-home")


def test_new_keys_are_added_and_removed_keys_dropped():
    new = DECAP.replace("type: municipality\n", "") + "short_name: Tukums\n"
    merged = keep_unchanged(OLD, new)
    assert "type:" not in merged and merged.endswith("short_name: Tukums\n")
    assert "location: {lat: 56.9670, lon: 23.1550}   # the town hall\n" in merged
    assert yaml.safe_load(merged) == yaml.safe_load(new)


def test_unreadable_old_text_gives_the_new_text():
    assert keep_unchanged("name: [", DECAP) == DECAP
    assert keep_unchanged(OLD, "name: [") == "name: ["


def test_blocks_of_a_flow_mapping_are_not_split():
    assert top_level_blocks("{a: 1, b: 2}") is None


keys = st.sampled_from(["name", "short_name", "type", "region", "phone", "services"])
values = st.one_of(st.text(min_size=1, max_size=12), st.integers(), st.lists(st.text(max_size=5), max_size=3))


@given(st.dictionaries(keys, values, min_size=1), st.dictionaries(keys, values, min_size=1))
def test_merge_always_has_the_new_data(old, new):
    old_text = yaml.safe_dump(old, allow_unicode=True, default_flow_style=None, sort_keys=False)
    new_text = yaml.safe_dump(new, allow_unicode=True, sort_keys=False)
    assume(yaml.safe_load(new_text) == new)  # PyYAML itself does not read back every string it dumps ('\x85')
    assert yaml.safe_load(keep_unchanged(old_text, new_text)) == new
