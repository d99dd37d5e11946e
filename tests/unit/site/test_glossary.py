import pytest

from kurzeme_visiem.site.glossary import mark_abbreviations

GLOSSARY = {
    "DI": "deinstitucionalizācija",
    "GRT": "garīga rakstura traucējumi",
    "VSAC": "valsts sociālās aprūpes centrs",
}
DI = '<abbr title="deinstitucionalizācija">DI</abbr>'
GRT = '<abbr title="garīga rakstura traucējumi">GRT</abbr>'
VSAC = '<abbr title="valsts sociālās aprūpes centrs">VSAC</abbr>'


@pytest.mark.parametrize(("html", "marked"), [
    # the first use of each abbreviation in the body, across paragraphs, headings and inline elements
    ("<p>DI process. Vēlreiz DI.</p><p>Un DI.</p>", f"<p>{DI} process. Vēlreiz DI.</p><p>Un DI.</p>"),
    ("<p>VSAC un GRT</p><p>DI, VSAC, GRT</p>", f"<p>{VSAC} un {GRT}</p><p>{DI}, VSAC, GRT</p>"),
    ("<p>DIENA, KDI un DI.</p>", f"<p>DIENA, KDI un {DI}.</p>"),  # word boundaries, then the real word
    ('<p><abbr title="cits">DI</abbr> un DI</p>', '<p><abbr title="cits">DI</abbr> un DI</p>'),  # an abbr counts as marked
    ('<p><abbr title="cits">ESF</abbr> un DI</p>', f'<p><abbr title="cits">ESF</abbr> un {DI}</p>'),  # text after it is marked
    ("<p><strong>DI</strong><br/>GRT <em>VSAC</em></p>", f"<p><strong>{DI}</strong><br/>{GRT} <em>{VSAC}</em></p>"),
    ("<h2>DI</h2><p>DI</p>", f"<h2>{DI}</h2><p>DI</p>"),  # a heading is body text
])
def test_the_first_use_is_marked(html, marked):
    assert mark_abbreviations(html, GLOSSARY) == marked


@pytest.mark.parametrize("word", ["DIENA", "KDI", "xDI", "DIx", "DI-process", "pre-DI", "ĀDI", "DIā", "1DI", "DI_", "di", "Di"])
def test_whole_words_only(word):
    html = f"<p>{word}</p>"
    assert mark_abbreviations(html, GLOSSARY) == html


@pytest.mark.parametrize(
    "inside",
    [
        "<code>DI</code>",
        "<pre>DI</pre>",
        "<pre><code>DI</code></pre>",
        "<kbd>DI</kbd>",
        "<script>var DI = 1;</script>",
        '<a title="DI" href="/DI/">saite</a>',
        '<img alt="DI" src="di.png">',
        "<!-- DI -->",
    ],
)
def test_code_pre_and_attributes_are_left_alone(inside):
    html = f"<p>{inside} un DI</p>"
    assert mark_abbreviations(html, GLOSSARY) == f"<p>{inside} un {DI}</p>"


def test_title_attribute_is_escaped():
    glossary = {"XY": 'a "quoted" <b>bold</b> & \'single\''}
    assert mark_abbreviations("<p>XY</p>", glossary) == (
        '<p><abbr title="a &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; &amp; &#x27;single&#x27;">XY</abbr></p>'
    )


def test_abbreviations_with_dots_and_latvian_letters():
    glossary = {"u.c.": "un citi", "ĢAC": "ģimenes atbalsta centrs"}
    html = "<p>ĢAC, pašvaldības u.c.</p>"
    assert mark_abbreviations(html, glossary) == (
        '<p><abbr title="ģimenes atbalsta centrs">ĢAC</abbr>, pašvaldības <abbr title="un citi">u.c.</abbr></p>'
    )


def test_longer_abbreviation_wins_over_a_shorter_one_inside_it():
    glossary = {"SAC": "sociālās aprūpes centrs", "VSAC": "valsts sociālās aprūpes centrs"}
    html = "<p>VSAC un SAC</p>"
    assert mark_abbreviations(html, glossary) == (
        f'<p>{VSAC} un <abbr title="sociālās aprūpes centrs">SAC</abbr></p>'
    )


def test_regex_characters_in_an_abbreviation_are_literal():
    glossary = {"A.B": "a b"}
    assert mark_abbreviations("<p>AxB A.B</p>", glossary) == '<p>AxB <abbr title="a b">A.B</abbr></p>'


@pytest.mark.parametrize(("html", "glossary"), [("", GLOSSARY), ("<p>DI</p>", {})])
def test_nothing_to_do(html, glossary):
    assert mark_abbreviations(html, glossary) == html


def test_glossary_is_not_changed():
    glossary = dict(GLOSSARY)
    mark_abbreviations("<p>DI GRT VSAC</p>", glossary)
    assert glossary == GLOSSARY


def test_glossary_keys_that_are_entity_names_leave_entities_whole():
    glossary = {"amp": "ampērs", "lt": "Lietuvas Republika", "quot": "citāts", "x27": "x"}
    html = "<p>A &amp; B &lt; C &quot;D&#x27; un lt, amp</p>"
    marked = mark_abbreviations(html, glossary)
    assert marked == ('<p>A &amp; B &lt; C &quot;D&#x27; un <abbr title="Lietuvas Republika">lt</abbr>, '
                      '<abbr title="ampērs">amp</abbr></p>')
