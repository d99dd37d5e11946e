from kurzeme_visiem.site.easy_read import split_easy_read


def test_a_body_without_the_section_is_unchanged():
    html = "<p>Teksts.</p>\n<h2>Cits</h2>\n<p>Vēl.</p>"
    assert split_easy_read(html).body == html
    assert split_easy_read(html).easy_read == ""


def test_the_section_runs_to_the_next_level_2_heading():
    html = "<p>Ievads.</p>\n<h2>Viegli lasīt</h2>\n<p>Īsi teikumi.</p>\n<h3>Apakšā</h3>\n<p>Arī šis.</p>\n<h2>Kontakti</h2>\n<p>Zvaniet.</p>"
    split = split_easy_read(html)
    assert split.easy_read == "<p>Īsi teikumi.</p>\n<h3>Apakšā</h3>\n<p>Arī šis.</p>"
    assert split.body == "<p>Ievads.</p>\n<h2>Kontakti</h2>\n<p>Zvaniet.</p>"


def test_the_section_at_the_end_and_heading_variants():
    for heading in ("<h2>Viegli lasīt</h2>", "<h2 id=\"x\">VIEGLI LASĪT:</h2>", "<h2>  viegli  lasīt </h2>"):
        split = split_easy_read(f"<p>A.</p>\n{heading}\n<p>B.</p>")
        assert (split.body, split.easy_read) == ("<p>A.</p>", "<p>B.</p>"), heading


def test_other_headings_that_mention_it_are_not_the_section():
    html = "<h2>Viegli lasīt versija drīzumā</h2><p>x</p><h3>Viegli lasīt</h3><p>y</p>"
    assert split_easy_read(html).easy_read == ""
