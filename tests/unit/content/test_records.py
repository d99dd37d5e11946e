"""content/records.py: the schema of partner and service files (its rules are tested through the loaders:
test_directory.py, test_schema_errors.py, test_social_service.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from kurzeme_visiem.content.records import Location, PartnerRecord, ServiceRecord

ROOT = Path(__file__).resolve().parents[3]
MODELS = ("records.Contact", "records.Location", "records.ContactDetails", "records.PartnerRecord",
          "records.ServiceRecord", "social_service.SocialService")


def test_importing_the_command_line_builds_no_validator():
    """A build's parent imports the plugin before Pelican reads; validators are made at the first validation
    (in a one-shot FAST_BUILD build, in the forked content check only)."""
    code = ("import kurzeme_visiem.tools.cli\n"
            "from kurzeme_visiem.content import records, social_service\n"
            f"print([m for m in {list(MODELS)!r} if eval(m).__pydantic_complete__])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")})
    assert done.stdout.strip() == "[]"


def test_a_deferred_model_validates_and_refuses_as_before():
    record = ServiceRecord.model_validate({"name": " Dienas centrs ", "target_groups": ["families"], "summary": "S"})
    assert record.name == "Dienas centrs"
    with pytest.raises(ValidationError) as refused:
        Location.model_validate({"lat": 10.0, "lon": 21.0})
    assert [error["loc"] for error in refused.value.errors()] == [("lat",)]
    with pytest.raises(ValidationError) as refused:
        PartnerRecord.model_validate({"name": "X", "type": "municipality", "unknown": 1})
    assert refused.value.errors()[0]["type"] == "extra_forbidden"
