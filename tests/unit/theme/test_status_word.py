from kurzeme_visiem.site.matrix import STATUS_LEGEND

from unit_helpers import render_component


def test_symbol_and_word_linked_to_the_source():
    html = render_component("status-word", {"legend": STATUS_LEGEND["available"], "source": "https://a.lv/x"})
    assert html.startswith('<a class="status-word status-word--available" href="https://a.lv/x">')
    assert '<span class="status-word__symbol" aria-hidden="true">✓</span> pieejams' in html
    assert '<span class="visually-hidden"> (avots)</span>' in html


def test_without_a_source_it_is_text():
    html = render_component("status-word", {"legend": STATUS_LEGEND["planned"], "context": "Talsu novads"})
    assert html.startswith('<span class="status-word status-word--planned">') and "<a" not in html
    assert "○</span> plānots<span class=\"visually-hidden\">, Talsu novads</span>" in html
