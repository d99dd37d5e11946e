from unit_helpers import render_component


def test_hidden_until_the_script_shows_it_and_buttons_say_their_state():
    html = render_component("display-preferences", {})
    assert 'id="display-preferences" role="group"' in html and " hidden>" in html
    assert html.count('aria-pressed="') == 4
    assert "Augsts kontrasts" in html
