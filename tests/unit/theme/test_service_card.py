from types import SimpleNamespace as O

from unit_helpers import render_component


def test_name_link_and_summary():
    service = O(url="pakalpojumi/atelpas-bridis/", name="Atelpas brīdis", summary="Īslaicīga aprūpe <24 h>")
    html = render_component("service-card", {"service": service, "siteurl": "", "heading": "h2"})
    assert '<h2 class="service-card__title"><a href="/pakalpojumi/atelpas-bridis/">Atelpas brīdis</a></h2>' in html
    assert '<p class="service-card__summary">Īslaicīga aprūpe &lt;24 h&gt;</p>' in html
    assert "<h3" in render_component("service-card", {"service": service, "siteurl": ""})
