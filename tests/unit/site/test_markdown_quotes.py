"""A block quote ending in "— Name" becomes <figure class="quote"> with the name in <figcaption>."""

import re

import markdown

from kurzeme_visiem.site.markdown_quotes import QuoteExtension


def render(text: str) -> str:
    html = markdown.markdown(text, extensions=["extra", QuoteExtension()], output_format="html")
    return re.sub(r">\s+<", "><", html)


def test_attribution_line_becomes_the_caption():
    html = render("> Visas pašvaldības ir parakstījušas līgumus.\n>\n> — Inese Siliņa, *KPR*")
    assert html == ('<figure class="quote"><blockquote><p>Visas pašvaldības ir parakstījušas līgumus.</p>'
                    '</blockquote><figcaption>Inese Siliņa, <em>KPR</em></figcaption></figure>')


def test_quote_without_attribution_stays():
    assert render("> Viens.\n>\n> Divi.") == "<blockquote><p>Viens.</p><p>Divi.</p></blockquote>"
    assert render("> — tikai domuzīme vienā rindkopā") == "<blockquote><p>— tikai domuzīme vienā rindkopā</p></blockquote>"


def test_hyphen_inside_a_word_is_not_an_attribution():
    assert "<figure" not in render("> Teksts.\n>\n> Rīga-Liepāja ir tālu.")
