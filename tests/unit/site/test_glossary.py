import re
from html import escape as html_escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# -- the same result as the plain reading of the rule, on generated HTML --------------------------------------------

def _rule(html: str, glossary: dict[str, str]) -> str:
    """The marking rule written plainly, as a reference: the HTML cut into tags and text runs; in each text run outside
    the skipped elements, every abbreviation not yet marked is looked for at its first whole-word place that is not
    inside an entity, and those places are marked left to right, a place overlapping an earlier one left for a later
    run; inside ``<abbr>``, an abbreviation written as a whole word counts as marked."""
    skipped = {"abbr", "code", "pre", "script", "style", "kbd", "samp", "title"}
    open_elements = {name: 0 for name in skipped}
    left = sorted(glossary, key=len, reverse=True)
    out = []
    for token in re.split(r"(<[^>]*>)", html):
        if re.fullmatch(r"<[^>]*>", token):  # a tag
            name = re.match(r"<\s*(/\s*)?([a-zA-Z0-9]+)", token)
            if name and name[2].lower() in skipped:
                key = name[2].lower()
                if name[1]:
                    open_elements[key] = max(0, open_elements[key] - 1)
                elif not token.rstrip().endswith("/>"):
                    open_elements[key] += 1
            out.append(token)
            continue
        whole = {abbr: re.compile(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])") for abbr in left}
        if open_elements["abbr"]:
            left = [abbr for abbr in left if not whole[abbr].search(token)]
            out.append(token)
            continue
        if any(open_elements.values()):
            out.append(token)
            continue
        entities = [m.span() for m in re.finditer(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", token)]
        places = []
        for abbr in left:
            for m in whole[abbr].finditer(token):
                if all(m.end() <= a or b <= m.start() for a, b in entities):
                    places.append((m.start(), m.end(), abbr))
                    break
        marked_up_to, text = 0, ""
        for start, end, abbr in sorted(places):
            if start >= marked_up_to:
                title = html_escape(glossary[abbr])
                text += token[marked_up_to:start] + f'<abbr title="{title}">{token[start:end]}</abbr>'
                marked_up_to = end
                left.remove(abbr)
        out.append(text + token[marked_up_to:])
    return "".join(out)


PIECES = ["<p>", "</p>", "<abbr>", "</abbr>", '<abbr title="x">', "</ABBR>", "<code>", "</code>", "< code >",
          "< / code>", "<pre>", "<CODE>", "</Code >", "<br/>", "<code/>", "<kbd>", "</kbd>", "<a title=\"DI\">", "</a>",
          '<a title="<code>">', "<!-- DI -->", "<", ">", "/>", "&amp;", "&#x27;", "&lt;", "&", ";", " ", "-", "ā", "x",
          "DI", "VSAC", "SAC", "A.B", "amp", "lt", "DI-", "DIā", ".", "\n", "a.a", "aa", "&aa;", "<codex>", "<\u00a0code>",
          "</pre\n>", "<title>"]
ABBREVIATIONS = ["DI", "VSAC", "SAC", "A.B", "amp", "lt", "x27", "ā", "a.a", "aa", "d>", "<"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
       st.lists(st.sampled_from(ABBREVIATIONS), unique=True, max_size=5))
def test_same_as_the_rule_on_generated_html(html, abbreviations):
    glossary = {abbr: f"{abbr} <&\"'> nozīme" for abbr in abbreviations}
    assert mark_abbreviations(html, glossary) == _rule(html, glossary)
