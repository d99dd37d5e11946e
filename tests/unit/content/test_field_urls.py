"""Markdown fields allow only http(s), mailto, tel and site-relative link targets and image sources."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kurzeme_visiem.content.field_urls import unsafe_targets

UNSAFE = [
    "[klikšķini](javascript:alert(1))", "![x](data:image/svg+xml;base64,PHN2Zz4=)", "[a](JavaScript:alert(1))",
    "[a](jav&#x61;script:alert(1))", "[a](java\tscript:alert(1))", "[a]( vbscript:msgbox(1))", "[a][r]\n\n[r]: javascript:x",
    "[a](data:text/html,<script>alert(1)</script>)", "[a](file:///etc/passwd)",
]
SAFE = [
    "[VSAC](https://www.vsac.gov.lv/)", "[a](http://example.lv/)", "[e-pasts](mailto:info@kurzemesregions.lv)",
    "[tālr.](tel:+37163322200)", "[lapa](/pakalpojumi/)", "[enkurs](#sadala)", "[rel](../partneri/)",
    "<https://kurzemesregions.lv/>", "![karte](/images/karte.png)", "Teksts bez saitēm: javascript: ir vārds.",
    "[jautājums](?q=1)", "<javascript:alert(1)>",  # not an autolink for Markdown: stays text "`javascript:alert(1)` koda fragmentā",
]


@pytest.mark.parametrize("text", UNSAFE)
def test_script_and_data_urls_are_found(text):
    assert unsafe_targets(text), text


@pytest.mark.parametrize("text", SAFE)
def test_ordinary_links_pass(text):
    assert unsafe_targets(text) == []


SCHEMES = st.sampled_from(["javascript", "JAVASCRIPT", "data", "vbscript", "file", "jav&#x61;script", "java\tscript",
                           "&#106;avascript", "javascript&#58;"])


@settings(max_examples=100, deadline=None)
@given(SCHEMES, st.sampled_from(["[a]({})", "![a]({})", "[a][r]\n\n[r]: {}", "<{}>"]), st.text("abc()1/:", max_size=10))
def test_no_spelling_of_a_script_url_slips_through(scheme, form, rest):
    target = f"{scheme}:{rest}" if not scheme.endswith("&#58;") else f"{scheme}{rest}"
    text = form.format(target)
    rendered_targets = unsafe_targets(text)
    from kurzeme_visiem.content.field_urls import link_targets

    # whatever Markdown made a link of is refused; what it did not make a link of is plain text, harmless
    assert all(t in rendered_targets for t in link_targets(text))
