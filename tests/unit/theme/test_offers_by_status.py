from types import SimpleNamespace as O

from kurzeme_visiem.content.availability import ServiceEntry, Status
from kurzeme_visiem.site.matrix import STATUS_LEGEND

from unit_helpers import render_component

GROUPS = [(Status.AVAILABLE, "Pieejams"), (Status.PLANNED, "Plānots"), (Status.CLOSED, "Slēgts"), (None, "Nezināms")]
SERVICE = O(url="pakalpojumi/grupu-dzivoklis/", name="Grupu dzīvoklis")


def owner(*statuses):
    talsi = O(url="partneri/talsu-novads/", display_name="Talsu novads", successor=None)
    talsi.current = talsi
    offers = [O(entry=ServiceEntry("grupu-dzivoklis", 5, status), service=SERVICE, partner=talsi, status=status)
              for status in statuses]
    return O(offers_with=lambda status: [o for o in offers if o.status is status])


def render(params_owner):
    return render_component("offers-by-status", {"owner": params_owner, "groups": GROUPS, "title": "service",
                                                 "siteurl": "", "legend": STATUS_LEGEND}, caller="<p>Nav.</p>")


def test_groups_with_entries_get_their_heading_in_the_given_order_and_empty_ones_none():
    html = render(owner(Status.PLANNED, None, Status.AVAILABLE))
    headings = [line.strip() for line in html.splitlines() if line.strip().startswith("<h3>")]
    assert headings == ["<h3>Pieejams</h3>", "<h3>Plānots</h3>", "<h3>Nezināms</h3>"]
    assert html.count('<ul class="service-offers">') == 3 and "<p>Nav.</p>" not in html


def test_without_any_entry_the_callers_body_instead():
    html = render(owner())
    assert html == "<p>Nav.</p>"
