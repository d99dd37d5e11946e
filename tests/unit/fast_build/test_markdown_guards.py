"""Guarded regexes and the skipping inline processor: the site's Markdown gives the same HTML, with fewer searches."""

from __future__ import annotations

import re

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pelicanconf
from kurzeme_visiem.fast_build import markdown_guards, versions
from kurzeme_visiem.fast_build.markdown_guards import (
    GUARDS,
    GuardedRegex,
    SkippingHtmlBlock,
    SkippingInlineProcessor,
    guard,
)
from kurzeme_visiem.site.markdown_fields import markdown_without_meta

SITE_MARKDOWN = {**pelicanconf.MARKDOWN, "extensions": list(pelicanconf.MARKDOWN["extension_configs"])}

# pieces of the site's dialect and of what it must leave alone, with every character a guard looks for
FRAGMENTS = [
    "vārds", "Kurzeme", " ", "  ", "\n", "\n\n", "    ", "\t", "  \n", ".", ",", ":", ": ", "!", "-", "--", "—",
    "*", "**", "_", "__", "`", "``", "\\", "\\*", "[", "]", "(", ")", "[^1]", "[^1]: piezīme", "]:", "[x]: /a",
    "[a](/b)", "[a](/b \"t\")", "[a][x]", "[x]", "![a](/i.jpg)", "![a](/i.jpg \"Paraksts\")", "![a][x]", "<", ">",
    "> ", "> — Vārds", "<b>", "</b>", "<br/>", "<!-- piezīme -->", "<http://a.lv/x>", "<a@b.lv>", "&", "&amp;",
    "&#38;", "&x", ";", "#", "## Virsraksts", "# ", "=", "===", "---", "***", "___", "- ", "* ", "1. ", "2018. gada ",
    "3. vietā", "{", "}", "{: .c }", "{#id}", "*[DI]: deinstitucionalizācija", "DI", "|", "| a | b |\n|---|---|\n",
    "```", "~~~", "```\nkods\n```", "Termins\n:   definīcija", "<div markdown=\"1\">", "</div>", "\x02", "\x03",
    # block starts at the beginning of a line
    "\n---\n", "\n===\n", "\n- - -\n", "\n# V\n", "\n> c\n", "\n- p\n", "\n1. p\n", "\n:   d\n", "\n[^2]: p\n",
    "\n[y]: /c \"t\"\n", "\n*[KPR]: reģions\n", "\n{: #i }\n",
]

markdown_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)


# one text per construct a guard is about, each where Markdown looks for it
SAMPLES = [
    "a `kods` b", "a \\*b\\*", "a[^1]\n\n[^1]: piezīme", "[a][x]\n\n[x]: /b \"t\"", "[a](/b)", "[x]", "![a](/i.jpg)",
    "![a][i]\n\n[i]: /i.jpg", "![i]", "<http://a.lv/x>", "<a@b.lv>", "a  \nb", "a <b>c</b>", "&amp; &#38;",
    "*a* _b_ **c**", "> c\n>\n> — V", "## V ##", "V\n===\n\nW\n---", "a\n\n* * *\n\n___", "a\n\n-  -  -\n\nb\n\n_  _ _", "T\n:   d",
    "*[DI]: deinstitucionalizācija\n\nDI", "```\nkods\n```", "~~~\nkods\n~~~", "## V {: #i }", "p\n{: .c }",
    "*a*{: .c } b",
]


@pytest.mark.parametrize("item", GUARDS, ids=lambda item: f"{item.registry}-{item.name}-{item.attribute}")
def test_every_guard_has_a_sample_it_matches(item):
    regex = re.compile(item.source, item.flags)
    # as a block, a line, or the tail after an inline element (attr_list's INLINE_RE)
    pieces = [piece for sample in SAMPLES for piece in (f"\n{sample}\n", sample, sample.partition("*a*")[2])]
    assert any(regex.search(piece) for piece in pieces)


@pytest.mark.parametrize("text", SAMPLES)
def test_guarded_converter_gives_the_same_html_for_each_construct(text):
    plain, guarded = converters()
    for variant in (text, f"Teksts.\n\n{text}\n\nTeksts.", f"- {text}"):
        assert guarded.reset().convert(variant) == plain.reset().convert(variant)


def converters() -> tuple[markdown.Markdown, markdown.Markdown]:
    plain = markdown_without_meta(SITE_MARKDOWN)
    guarded = markdown_without_meta(SITE_MARKDOWN)
    guard(guarded)
    return plain, guarded


PLAIN, GUARDED = converters()


@settings(max_examples=400)
@given(st.lists(markdown_texts, min_size=1, max_size=3))
def test_guarded_converter_gives_the_same_html(texts):
    for text in texts:  # several texts: reset() between them, as the reader does
        assert GUARDED.reset().convert(text) == PLAIN.reset().convert(text)


@pytest.mark.parametrize("item", GUARDS, ids=lambda item: f"{item.registry}-{item.name}-{item.attribute}")
@settings(max_examples=60)
@given(text=markdown_texts)
def test_every_match_contains_a_needle(item, text):
    regex = re.compile(item.source, item.flags)
    if regex.search(text) or regex.match(text):
        assert any(needle in text for needle in item.needles)


def test_every_guard_applies_to_the_installed_markdown():
    plain, guarded = converters()
    assert guard(markdown_without_meta(SITE_MARKDOWN)) == list(GUARDS)  # a release that changes a regex fails here
    assert isinstance(guarded.treeprocessors["inline"], SkippingInlineProcessor)
    assert type(plain.treeprocessors["inline"]) is markdown.treeprocessors.InlineProcessor
    assert isinstance(guarded.preprocessors["html_block"], SkippingHtmlBlock)
    assert [item.name for item in guarded.preprocessors._priority] == [item.name for item in plain.preprocessors._priority]
    assert [item.name for item in guarded.treeprocessors._priority] == [item.name for item in plain.treeprocessors._priority]
    assert guarded.parser.blockprocessors["hashheader"].RE.needles == ("#",)


def test_a_regex_from_another_source_is_left_unguarded():
    converter = markdown_without_meta(SITE_MARKDOWN)
    backtick = converter.inlinePatterns["backtick"]
    backtick.compiled_re = re.compile(f"(?:{backtick.compiled_re.pattern})", re.DOTALL | re.UNICODE)  # as a release might
    applied = guard(converter)
    assert "backtick" not in {item.name for item in applied}
    assert not isinstance(converter.inlinePatterns["backtick"].compiled_re, GuardedRegex)
    assert converter.reset().convert("a `b` c") == "<p>a <code>b</code> c</p>"


def test_guarded_regex_answers_as_the_regex():
    guarded = GuardedRegex(re.compile(r"\[(\w+)\]"), ("[",))
    assert guarded.search("no brackets") is None and guarded.match("x") is None and guarded.findall("x") == []
    assert list(guarded.finditer("x")) == [] and guarded.fullmatch("x") is None
    assert guarded.search("a [b]").group(1) == "b" and [m.group(1) for m in guarded.finditer("[a][b]")] == ["a", "b"]
    assert guarded.pattern == r"\[(\w+)\]" and guarded.sub("", "a[b]") == "a"


def test_a_text_without_needles_skips_the_patterns(monkeypatch):
    plain, guarded = converters()
    calls = []
    original = markdown.treeprocessors.InlineProcessor._InlineProcessor__applyPattern

    def counted(self, *args, **kwargs):
        calls.append(args[0])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(markdown.treeprocessors.InlineProcessor, "_InlineProcessor__applyPattern", counted)
    assert guarded.convert("Vienkāršs teksts bez zīmēm.") == "<p>Vienkāršs teksts bez zīmēm.</p>"
    assert calls == []
    assert guarded.reset().convert("Teksts ar [saiti](/a/).") == plain.convert("Teksts ar [saiti](/a/).")
    assert calls  # the test above can fail


def test_raw_html_step_is_skipped_only_without_a_tag_or_entity(monkeypatch):
    plain, guarded = converters()
    parsed = []
    original = markdown.extensions.md_in_html.HtmlBlockPreprocessor.run
    monkeypatch.setattr(markdown.extensions.md_in_html.HtmlBlockPreprocessor, "run",
                        lambda self, lines: parsed.append(lines) or original(self, lines))
    assert guarded.reset().convert("Teksts.\n\nVēl") == plain.reset().convert("Teksts.\n\nVēl")
    assert len(parsed) == 1  # the plain converter's
    text = "<div markdown=\"1\">\n*a* &amp;\n</div>"
    assert guarded.reset().convert(text) == plain.reset().convert(text)
    assert len(parsed) == 3


def test_untested_markdown_keeps_its_inline_processor(monkeypatch):
    versions._tested.cache_clear()
    monkeypatch.setattr(markdown, "__version__", "99.0.0")
    try:
        converter = markdown_without_meta(SITE_MARKDOWN)
        assert markdown_guards.guard(converter) == list(GUARDS)  # the regexes: checked by their source
        assert type(converter.treeprocessors["inline"]) is markdown.treeprocessors.InlineProcessor
        assert not isinstance(converter.preprocessors["html_block"], SkippingHtmlBlock)
    finally:
        versions._tested.cache_clear()
