from unit_helpers import render_component


def test_body_inside_the_reading_column():
    html = render_component("prose", {"html": "<p>Teksts</p>"})
    assert '<div class="prose">' in html and "<p>Teksts</p>" in html
