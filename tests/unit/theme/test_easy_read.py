from markupsafe import Markup

from unit_helpers import render_component


def test_the_link_at_the_top_and_the_section():
    link = render_component("easy-read", {"html": Markup("<p>Īsi.</p>"), "link_text": "Šī ziņa"})
    assert '<a class="easy-read-link__button" href="#viegli-lasit">Viegli lasīt</a>' in link and "Šī ziņa vienkāršā valodā" in link
    assert "<section" not in link
    section = render_component("easy-read", {"html": Markup("<p>Īsi.</p>")})
    assert '<h2 id="viegli-lasit" tabindex="-1">Viegli lasīt</h2>' in section and "<p>Īsi.</p>" in section


def test_nothing_without_an_easy_to_read_text():
    assert render_component("easy-read", {"html": "", "link_text": "Šī lapa"}).strip() == ""
    assert render_component("easy-read", {"html": None}).strip() == ""
