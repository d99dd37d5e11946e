from types import SimpleNamespace as O

import pytest

from unit_helpers import render_component


@pytest.mark.parametrize(("status", "scheduled", "badge"), [
    ("draft", False, ' <span class="status-badge">melnraksts</span>'),
    ("published", True, ' <span class="status-badge status-badge--scheduled">plānots</span>'),
    ("published", False, ""),
])
def test_draft_scheduled_or_nothing(status, scheduled, badge):
    assert render_component("status-badge", {"content": O(status=status, scheduled=scheduled)}) == badge
