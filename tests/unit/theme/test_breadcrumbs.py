from unit_helpers import render_component


def test_the_last_step_is_the_current_page():
    html = render_component("breadcrumbs", {"siteurl": "", "trail": [("jaunumi/", "Jaunumi"), ("jaunumi/a/", "Ā & B")]})
    assert '<li><a href="/">Sākums</a></li>' in html
    assert '<li><a href="/jaunumi/">Jaunumi</a></li>' in html
    assert '<li><span aria-current="page">Ā &amp; B</span></li>' in html
