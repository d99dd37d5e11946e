"""Links and images in Markdown bodies, checked against the URLs the build writes (KnownUrls)."""

from __future__ import annotations

import pytest

from kurzeme_visiem.content.links import KnownUrls, check_links
from kurzeme_visiem.content.markdown_header import parse_header
from kurzeme_visiem.content.sources import MarkdownSource

from unit_helpers import lines


def source(content, body, status="published"):
    text = f"Title: A\nStatus: {status}\n\n{body}\n"
    path = content.write("news/a.md", text, dedent=False)
    return MarkdownSource(path, parse_header(path, text), text, "a")


@pytest.fixture
def known(content):
    content.write("images/foto.jpg", "x")
    content.write("documents/plans.pdf", "x")
    return KnownUrls(content.root, urls={"/", "/partneri/talsu-novads/", "/kontakti/", "/feeds/jaunumi.atom.xml"},
                     draft_urls={"/melnraksti/b/"})


@pytest.mark.parametrize("body", [
    "[Talsi](/partneri/talsu-novads/) un [kontakti](/kontakti) un [plūsma](/feeds/jaunumi.atom.xml)",
    "[ārēja](https://www.talsi.lv) [pasts](mailto:a@b.lv) [enkurs](#x) ![Foto](/images/foto.jpg) [plāns](/documents/plans.pdf)",
    '<a href="/kontakti/">K</a> <img src="/images/foto.jpg" alt="Foto">',
    "```\n[kods](/nav/)\n```\n    [atkāpe](/nav/)",  # code is not checked
    "[fails]({static}/images/foto.jpg)",
    "[te]: /kontakti/",
])
def test_links_that_lead_somewhere(content, known, body):
    assert check_links(source(content, body), "/jaunumi/a/", known) == []


def test_every_broken_link_at_its_line(content, known):
    body = "\n".join([
        "[Talsi](/partneri/talsu-novad/)",
        "![](/images/foto.jpg)",
        "[plāns](/documents/nav.pdf)",
        "![Foto](images/foto.jpg)",
        "[melnraksts](/melnraksti/b/)",
        '<img src="/images/foto.jpg">',
        "[fails]({filename}/news/nav.md)",
    ])
    assert lines(check_links(source(content, body), "/jaunumi/a/", known)) == [
        "news/a.md:4: link '/partneri/talsu-novad/' goes nowhere: the site has no page /partneri/talsu-novad/; did you mean '/partneri/talsu-novads/'?",
        "news/a.md:5: image '/images/foto.jpg' has no alt text; write what it shows between the brackets: ![...](/images/foto.jpg)",
        "news/a.md:6: link '/documents/nav.pdf' goes nowhere: put the file in content/documents/nav.pdf or fix the name",
        "news/a.md:7: image 'images/foto.jpg' is relative to this page's address and goes nowhere; start it with a slash: '/images/foto.jpg'",
        "news/a.md:8: link '/melnraksti/b/' leads to a draft, which the public site does not have; publish it first or remove the link",
        'news/a.md:9: <img> has no alt attribute; add alt="what it shows"',
        "news/a.md:10: link '{filename}/news/nav.md' goes nowhere: there is no file /news/nav.md in content/",
    ]


def test_a_draft_may_link_to_a_draft(content, known):
    assert check_links(source(content, "[b](/melnraksti/b/)", status="draft"), "/melnraksti/a/", known) == []
