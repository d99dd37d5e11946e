from types import SimpleNamespace as O

from unit_helpers import render_component


def test_known_details_only():
    html = render_component("contact", {"item": O(address="Talsi", phone="63 232 110", email=None, website=None)})
    assert '<dt>Adrese</dt><dd>Talsi</dd>' in html
    assert '<a href="tel:63232110">63 232 110</a>' in html
    assert "E-pasts" not in html
    assert render_component("contact", {"item": O(address=None, phone=None, email=None, website=None)}).strip() == ""


def test_a_person():
    html = render_component("contact", {"person": O(name="Anna Bērziņa", role="vadītāja", phone=None, email="a@b.lv")})
    assert '<p class="contact-person__name">Anna Bērziņa<span class="contact-person__role">, vadītāja</span></p>' in html
    assert '<a href="mailto:a@b.lv">a@b.lv</a>' in html and "Tālrunis" not in html
