"""Property tests for the import's parsers: whatever the input, no crash, and the promises hold."""

from __future__ import annotations

import re
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kurzeme_visiem.content.lv.slugs import is_slug
from kurzeme_visiem.tools.wordpress.body import autop, convert_body
from kurzeme_visiem.tools.wordpress.guesses import Name, NameMatcher
from kurzeme_visiem.tools.wordpress.naming import clean_title, item_slug
from kurzeme_visiem.tools.wordpress.shortcodes import ShortcodeContext, expand_shortcodes, parse_attributes
from kurzeme_visiem.tools.wordpress.wxr import WxrError, parse_wxr
from wordpress_helpers import item, wxr

PIECES = st.sampled_from(
    ["[caption", "[/caption]", "[gallery ids=\"1,2\"]", "[audio mp3=\"a.mp3\"]", "[/audio]", "[embed]", "[/embed]",
     "[video]", "[[", "]]", "[", "]", "/]", "=", '"', "'", "<img src=\"x.jpg\">", "<a href=\"y\">", "</a>", "<p>",
     "</p>", "<!-- wp:paragraph -->", "<!-- /wp:paragraph -->", "<figure>", "<figcaption>", "</figure>", "\n\n", "\n",
     "ā", "ž", "“", " ", "<script>", "</script>", "[contact-form-7 id=5]", "<iframe src=\"https://v\"></iframe>"]
)
html_soup = st.lists(st.one_of(PIECES, st.text(string.printable, max_size=6)), max_size=25).map("".join)


class KeepMedia:
    def image(self, src, alt, caption, attachment_id):
        return ("/images/x.jpg", alt or "a") if src else (None, alt or "a")

    def link(self, href):
        return href


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(html_soup)
def test_shortcodes_never_crash_and_known_ones_are_gone(text):
    context = ShortcodeContext()
    out = expand_shortcodes(text, context)
    assert isinstance(out, str)
    for name in context.unknown:
        assert re.match(r"^[a-z][\w-]*$", name)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(html_soup)
def test_bodies_convert_without_wordpress_comments_or_scripts(text):
    markdown = convert_body(text, ShortcodeContext(), KeepMedia()).markdown
    assert "<!--" not in markdown and "wp:paragraph" not in markdown
    assert "<script" not in markdown.lower()
    assert markdown.endswith("\n")


@given(st.text(max_size=60))
def test_attribute_parser_total(text):
    attributes = parse_attributes(text)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in attributes.items())


@given(st.text(max_size=80))
def test_autop_keeps_every_word(text):
    words = re.findall(r"\w+", text)
    out = autop(text)
    assert all(word in out for word in words)


@given(st.text(max_size=60), st.text(max_size=30))
def test_slugs_are_always_contract_slugs(title, post_name):
    slug = item_slug(clean_title(title), post_name)
    assert is_slug(slug) and not slug.isdigit()


@given(st.text(max_size=60))
def test_clean_title_has_no_tags_or_outer_space(title):
    cleaned = clean_title(title)
    assert cleaned == cleaned.strip() and not re.search(r"<[a-zA-Z/][^>]*>", cleaned)


@given(st.text(alphabet="Tukmanovdsāāeiu ,.“”\n", max_size=60))
def test_guesses_only_report_text_that_is_there(text):
    matcher = NameMatcher([Name("partner", "tukuma-novads", "Tukuma novads")])
    for guess in matcher.find(text):
        assert guess.found in text


XML_PIECES = st.sampled_from(["<", ">", "&", "&amp;", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "<![CDATA[", "]]>", "<item>",
                              "</item>", "<title>", "</title>", "\x00", "ā", "<wp:post_id>", "</wp:post_id>", "1"])


@settings(max_examples=200)
@given(st.lists(st.one_of(XML_PIECES, st.text(max_size=5)), max_size=20).map("".join))
def test_any_bytes_in_an_item_parse_or_raise_wxr_error(fragment):
    try:
        parse_wxr(wxr(item(content="x") + fragment))
    except WxrError as error:
        assert str(error).startswith("export")


@given(st.binary(max_size=200))
def test_random_bytes_raise_only_wxr_error(data):
    try:
        parse_wxr(data)
    except WxrError:
        pass
