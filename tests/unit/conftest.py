"""Fixtures for the unit tests: a scratch content folder that is also the working directory.

Problems are reported relative to the working directory, so with ``content`` every problem reads
``partners/x.yaml:3: ...`` and the tests can compare exact strings.
"""

from __future__ import annotations

import pytest

from unit_helpers import ContentFolder


@pytest.fixture
def content(tmp_path, monkeypatch) -> ContentFolder:
    monkeypatch.chdir(tmp_path)
    return ContentFolder(tmp_path)
