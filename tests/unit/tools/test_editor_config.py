"""tools/editor/static/config.yml (Decap's collections) against the content contract as the code states it.

Every field the content check knows is a field of the editor, and every select offers exactly the values the
check accepts: a field added to the contract without the editor fails here, before the slower browser test
(tests/browser/test_editor.py) finds an entry the editor cannot open or save unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kurzeme_visiem.content.availability import ENTRY_FIELDS, Status
from kurzeme_visiem.content.news_check import NEWS_FIELDS, PAGE_FIELDS, STATUSES
from kurzeme_visiem.content.records import Contact, Location, PartnerRecord, PartnerType, Region, ServiceRecord, TargetGroup
from kurzeme_visiem.content.social_service import SOCIAL_SERVICE_FIELDS

STATIC = Path(__file__).resolve().parents[3] / "plugins" / "kurzeme_visiem" / "tools" / "editor" / "static"
CONFIG = yaml.safe_load((STATIC / "config.yml").read_text(encoding="utf-8"))
COLLECTIONS = {collection["name"]: collection for collection in CONFIG["collections"]}
EDITOR_ONLY = {"raw", "body"}  # the Markdown formats' original text and the body


def fields(*path: str) -> dict[str, dict]:
    """The fields of a collection, or of a field of it (``fields("partners", "social_service")``)."""
    found = COLLECTIONS[path[0]]["fields"]
    for name in path[1:]:
        found = next(field for field in found if field["name"] == name)["fields"]
    return {field["name"]: field for field in found}


def values(field: dict) -> set[str]:
    return {option["value"] for option in field["options"]}


@pytest.mark.parametrize(("path", "expected"), [
    (("news",), set(NEWS_FIELDS) | EDITOR_ONLY),
    (("pages",), set(PAGE_FIELDS) | EDITOR_ONLY),
    (("pages_en",), set(PAGE_FIELDS) | EDITOR_ONLY),
    (("partners",), set(PartnerRecord.model_fields)),
    (("partners", "contacts"), set(Contact.model_fields)),
    (("partners", "location"), set(Location.model_fields)),
    (("partners", "social_service"), set(SOCIAL_SERVICE_FIELDS)),
    (("partners", "services"), set(ENTRY_FIELDS)),
    (("services",), set(ServiceRecord.model_fields)),
])
def test_the_editor_has_every_field_of_the_contract(path, expected):
    assert set(fields(*path)) == expected


def test_selects_offer_the_values_the_check_accepts():
    assert values(fields("partners")["type"]) == {t.value for t in PartnerType}
    assert values(fields("partners")["region"]) == {r.value for r in Region}
    assert values(fields("partners", "services")["status"]) == {s.value for s in Status}
    assert values(fields("services")["target_groups"]) == {g.value for g in TargetGroup}
    for collection in ("news", "pages", "pages_en"):
        assert values(fields(collection)["status"]) == set(STATUSES)


def test_slugs_of_partners_and_services_are_chosen_by_name():
    relations = [fields("news")["partners"], fields("news")["services"], fields("partners")["parent"],
                 fields("partners")["merged_into"], fields("partners", "services")["service"]]
    for relation in relations:
        assert relation["widget"] == "relation" and relation["value_field"] == "{{slug}}", relation["name"]
        assert "name" in relation["search_fields"], relation["name"]


def test_every_header_field_is_written_by_the_markdown_format():
    written = dict(re.findall(r'\["(\w+)", "(\w+)"\]', (STATIC / "formats.js").read_text(encoding="utf-8")))
    assert set(NEWS_FIELDS) | set(PAGE_FIELDS) <= set(written)
    assert all(form.lower() == key for key, form in written.items())
