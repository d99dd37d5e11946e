"""Fixtures of the content tests: a small valid directory that news items, pages and links can name."""

from __future__ import annotations

import pytest

from unit_helpers import GIF_16_BY_8, ContentFolder

DIRECTORY = {
    "partners/talsu-novads.yaml": "name: Talsu novada dome\ntype: municipality\nregion: kurzeme\n",
    "partners/tukuma-novads.yaml": "name: Tukuma novada dome\ntype: municipality\nregion: other\n",
    "partners/vsac-kurzeme.yaml": "name: VSAC Kurzeme\ntype: state-care-centre\n",
    "services/grupu-dzivoklis.yaml": "name: Grupu dzīvoklis\ntarget_groups: [adults-grt]\nsummary: x\n",
    "services/socialais-mentors.yaml": "name: Sociālais mentors\ntarget_groups: [adults-grt]\nsummary: x\n",
}


@pytest.fixture
def small_directory(content) -> ContentFolder:
    """``content`` with three partners, two services and a picture (``images/foto.jpg``, 16 × 8)."""
    content.write_all(DIRECTORY)
    content.write_bytes("images/foto.jpg", GIF_16_BY_8)
    return content
