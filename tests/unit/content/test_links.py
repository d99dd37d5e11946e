"""Links and images in Markdown bodies, checked against the URLs the build writes (KnownUrls)."""

from __future__ import annotations

import pytest

from kurzeme_visiem.content import links
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


def test_broken_reference_and_html_link_at_their_lines(content, known):
    body = "Teksts bez saitēm.\n[te]: /nav/\n<a href='/kontakti'>K</a> un <a href=\"/nekas/\">N</a>"
    assert lines(check_links(source(content, body), "/jaunumi/a/", known)) == [
        "news/a.md:5: link '/nav/' goes nowhere: the site has no page /nav/",
        "news/a.md:6: link '/nekas/' goes nowhere: the site has no page /nekas/",
    ]


class _Counted:
    """A pattern that counts the lines it is asked to search."""

    def __init__(self, pattern):
        self.pattern, self.searched = pattern, []

    def finditer(self, line):
        self.searched.append(line)
        return self.pattern.finditer(line)

    def match(self, line):
        self.searched.append(line)
        return self.pattern.match(line)


def test_each_pattern_searches_only_lines_that_can_hold_a_match(content, known, monkeypatch):
    counted = {name: _Counted(getattr(links, name)) for name in ("INLINE_LINK", "REFERENCE", "HTML_LINK")}
    for name, pattern in counted.items():
        monkeypatch.setattr(links, name, pattern)
    body = "Garš teksts bez saitēm.\n\n[Talsi](/partneri/talsu-novads/)\n[te]: /kontakti/\n<a href=\"/kontakti/\">K</a>"
    assert check_links(source(content, body), "/jaunumi/a/", known) == []
    assert counted["INLINE_LINK"].searched == ["[Talsi](/partneri/talsu-novads/)"]
    assert counted["REFERENCE"].searched == ["[te]: /kontakti/"]
    assert counted["HTML_LINK"].searched == ['<a href="/kontakti/">K</a>']
