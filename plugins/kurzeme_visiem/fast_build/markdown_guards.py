"""Python-Markdown with the same output, minus the searches that cannot match: regexes guarded by a substring.

Most of a news body's conversion time went into regular expressions that find nothing: for every paragraph, each
of the ~15 inline patterns searches the whole text (the backtick pattern, which starts with a look-behind, at every
position), and each block is searched for headers, quotes, rules, definitions, references, footnotes and
abbreviations it does not have. Every one of those regexes can only match a text that contains a certain substring
(``[`` for a link, `````` ` `````` for code, ``#`` for a header). :func:`guard` puts a :class:`GuardedRegex` in place of
such a regex in one ``Markdown`` instance: when none of its substrings occurs in the text, ``search``/``match``/
``fullmatch`` answer ``None``, ``finditer`` nothing and ``findall`` ``[]`` — what the regex itself would answer —
without searching; otherwise the regex searches as before. So the output is the same by construction.

A regex is guarded only when its source and flags are exactly the ones in :data:`GUARDS` (whose substrings were read
off that source); a Python-Markdown release that changes one leaves it unguarded (slower, same output). Used by the
FAST_BUILD reader (``fast_build/reader.py``) for the converter it makes per reader.

Even with its regexes guarded, the inline processor still calls each of its ~15 patterns on every text. On a
Python-Markdown version in ``versions.TESTED_MARKDOWN``, :class:`SkippingInlineProcessor` takes its place: a text in
which no pattern (from the one it would start with) can match, as their guards tell, is returned as it is — what the
pattern loop returns for it, since a pattern that does not match changes nothing. Likewise
:class:`SkippingHtmlBlock` answers for a text without ``<`` and ``&`` what the raw-HTML step answers (its HTML parser
hands such a text to ``handle_data`` in one piece, which keeps it as it is), without making that parser.
"""

from __future__ import annotations

import re
from textwrap import dedent
from typing import NamedTuple

from markdown import Markdown
from markdown import preprocessors as markdown_preprocessors
from markdown.extensions import md_in_html
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import InlineProcessor
from markdown.util import AtomicString

from .versions import markdown_tested

INLINE_PRIORITY = 20  # Python-Markdown's priority of its "inline" tree processor
HTML_BLOCK_PRIORITY = 20  # and of its "html_block" preprocessor (md_in_html's too)
HTML_BLOCK_CLASSES = (markdown_preprocessors.HtmlBlockPreprocessor, md_in_html.HtmlBlockPreprocessor)


def contains_any(text: str, needles: tuple[str, ...]) -> bool:
    for needle in needles:
        if needle in text:
            return True
    return False


class GuardedRegex:
    """``regex``, answering "no match" at once for a text that contains none of ``needles`` (every match of
    ``regex``, look-arounds included, needs one of them in the text)."""

    __slots__ = ("regex", "needles")

    def __init__(self, regex: re.Pattern, needles: tuple[str, ...]) -> None:
        self.regex, self.needles = regex, needles

    def search(self, text: str, *args, **kwargs):
        return self.regex.search(text, *args, **kwargs) if contains_any(text, self.needles) else None

    def match(self, text: str, *args, **kwargs):
        return self.regex.match(text, *args, **kwargs) if contains_any(text, self.needles) else None

    def fullmatch(self, text: str, *args, **kwargs):
        return self.regex.fullmatch(text, *args, **kwargs) if contains_any(text, self.needles) else None

    def finditer(self, text: str, *args, **kwargs):
        return self.regex.finditer(text, *args, **kwargs) if contains_any(text, self.needles) else iter(())

    def findall(self, text: str, *args, **kwargs):
        return self.regex.findall(text, *args, **kwargs) if contains_any(text, self.needles) else []

    def __getattr__(self, name: str):  # pattern, flags, groups, sub, split, ...: the regex's own
        return getattr(self.regex, name)


class Guard(NamedTuple):
    registry: str  # "pre", "inline", "block" or "tree": where the processor is registered
    name: str  # its name there
    attribute: str  # the processor's attribute holding the regex
    source: str  # the regex's source, exactly as Python-Markdown compiles it
    flags: int
    needles: tuple[str, ...]  # every match needs one of these in the text


_INLINE_FLAGS = re.DOTALL | re.UNICODE
_LINK_START = r"(?<!\!)\["
_IMAGE_START = r"\!\["

# a rule's first two runs of its character are 0 to 2 spaces apart ("- [link]" in a list is no rule)
_RULE_NEEDLES = tuple(f"{char}{spaces}{char}" for char in "-_*" for spaces in ("", " ", "  "))

GUARDS = (
    # inline patterns (Python-Markdown's inlinepatterns.py and the footnotes extension): compiled_re
    Guard("inline", "backtick", "compiled_re", r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)", _INLINE_FLAGS, ("`",)),
    Guard("inline", "escape", "compiled_re", r"\\(.)", _INLINE_FLAGS, ("\\",)),
    Guard("inline", "footnote", "compiled_re", r"\[\^([^\]]*)\]", _INLINE_FLAGS, ("[^",)),
    Guard("inline", "reference", "compiled_re", _LINK_START, _INLINE_FLAGS, ("[",)),
    Guard("inline", "link", "compiled_re", _LINK_START, _INLINE_FLAGS, ("[",)),
    Guard("inline", "short_reference", "compiled_re", _LINK_START, _INLINE_FLAGS, ("[",)),
    Guard("inline", "image_link", "compiled_re", _IMAGE_START, _INLINE_FLAGS, ("![",)),
    Guard("inline", "image_reference", "compiled_re", _IMAGE_START, _INLINE_FLAGS, ("![",)),
    Guard("inline", "short_image_ref", "compiled_re", _IMAGE_START, _INLINE_FLAGS, ("![",)),
    Guard("inline", "autolink", "compiled_re", r"<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>", _INLINE_FLAGS, ("<",)),
    Guard("inline", "automail", "compiled_re", r"<([^<> !]+@[^@<> ]+)>", _INLINE_FLAGS, ("<",)),
    Guard("inline", "linebreak", "compiled_re", r"  \n", _INLINE_FLAGS, ("  \n",)),
    Guard("inline", "html", "compiled_re",
          r"""(<(\/?+[a-zA-Z][^\s"'<>@]*+(?:\s+[^\s"'=<>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'=<>]++))?+)*+\s*+/?|"""
          r"!--(?:(?!<!--|-->).)*--|[?](?:(?!<[?]|[?]>).)*[?]|!\[CDATA\[(?:(?!<!\[CDATA\[|\]\]>).)*\]\])>)",
          _INLINE_FLAGS, ("<",)),
    Guard("inline", "entity", "compiled_re", r"(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)", _INLINE_FLAGS, ("&",)),
    Guard("inline", "em_strong", "compiled_re", r"\*|_", _INLINE_FLAGS, ("*", "_")),
    # block processors (blockprocessors.py, def_list, footnotes, abbr): the regex their test/run searches a block with
    Guard("block", "quote", "RE", r"(^|\n)[ ]{0,3}>[ ]?(.*)", 0, (">",)),
    Guard("block", "hashheader", "RE",
          r"(?:^|\n)(?P<level>#{1,6})(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)", 0, ("#",)),
    Guard("block", "setextheader", "RE", r"^.*?\n(?:=+|-+)[ ]*(\n|$)", re.MULTILINE, ("\n=", "\n-")),
    Guard("block", "hr", "SEARCH_RE",
          r"^[ ]{0,3}(?=(?P<atomicgroup>(-+[ ]{0,2}){3,}|(_+[ ]{0,2}){3,}|(\*+[ ]{0,2}){3,}))(?P=atomicgroup)[ ]*$",
          re.MULTILINE, _RULE_NEEDLES),
    Guard("block", "deflist", "RE", r"(^|\n)[ ]{0,3}:[ ]{1,3}(.*?)(\n|$)", 0, (": ",)),
    Guard("block", "reference", "RE",
          r'''^[ ]{0,3}\[([^\[\]]*)\]:[ ]*(?:\n[ ]*)?([^\s]+)[ ]*(?:\n[ ]*)?((["\'])(.*)\4[ ]*|\((.*)\)[ ]*)?$''',
          re.MULTILINE, ("]:",)),
    Guard("block", "footnote", "RE", r"^[ ]{0,3}\[\^([^\]]*)\]:[ ]*(.*)$", re.MULTILINE, ("[^",)),
    Guard("block", "abbr", "RE", r"^[*]\[(?P<abbr>[^\\]*?)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$", re.MULTILINE, ("*[",)),
    # preprocessors: fenced code (from the fenced_code extension, verbatim)
    Guard("pre", "fenced_code_block", "FENCED_BLOCK_RE", dedent(r'''
            (?P<fence>^(?:~{3,}|`{3,}))[ ]*                          # opening fence
            ((\{(?P<attrs>[^\n]*)\})|                                # (optional {attrs} or
            (\.?(?P<lang>[\w#.+-]*)[ ]*)?                            # optional (.)lang
            (hl_lines=(?P<quot>"|')(?P<hl_lines>.*?)(?P=quot)[ ]*)?) # optional hl_lines)
            \n                                                       # newline (end of opening fence)
            (?P<code>.*?)(?<=\n)                                     # the code block
            (?P=fence)[ ]*$                                          # closing fence
        '''), re.MULTILINE | re.DOTALL | re.VERBOSE, ("~~~", "```")),
    # tree processors: attr_list looks for "{: ... }" in every element's text
    Guard("tree", "attr_list", "HEADER_RE", r"[ ]+\{\:?[ ]*([^\}\n ][^\n]*)\}[ ]*$", 0, ("{",)),
    Guard("tree", "attr_list", "BLOCK_RE", r"\n[ ]*\{\:?[ ]*([^\}\n ][^\n]*)\}[ ]*$", 0, ("{",)),
    Guard("tree", "attr_list", "INLINE_RE", r"^\{\:?[ ]*([^\}\n ][^\n]*)\}", 0, ("{",)),
)


def _minimal(needles: set[str]) -> tuple[str, ...]:
    """The needles without those that contain another (where ``![`` occurs, ``[`` does too)."""
    return tuple(sorted(n for n in needles if not any(other != n and other in n for other in needles)))


def needles_from(regexes: tuple) -> list[tuple[str, ...] | None]:
    """For each index of the inline patterns' ``regexes``: the substrings one of which a text needs for a pattern from
    there on to match, or ``None`` when one of those patterns is not guarded (any text may match it)."""
    table: list[tuple[str, ...] | None] = []
    for start in range(len(regexes)):
        rest = regexes[start:]
        table.append(_minimal({n for regex in rest for n in regex.needles})
                     if all(isinstance(regex, GuardedRegex) for regex in rest) else None)
    return table


class SkippingInlineProcessor(InlineProcessor):
    """Python-Markdown's inline processor, returning at once a text that none of its patterns can match."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self._regexes: tuple = ()
        self._needles: list[tuple[str, ...] | None] = []

    def run(self, tree, ancestors=None):
        regexes = tuple(pattern.getCompiledRegExp() for pattern in self.inlinePatterns)
        if regexes != self._regexes:  # checked per document: the patterns are those of this conversion
            self._regexes, self._needles = regexes, needles_from(regexes)
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802 - its name
        needles = self._needles[patternIndex] if patternIndex < len(self._needles) else ()
        if needles is not None and not isinstance(data, AtomicString) and not contains_any(data, needles):
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)


class SkippingHtmlBlock(Preprocessor):
    """Python-Markdown's raw-HTML block step (``original``), for a text in which its parser can find no tag, comment
    or character reference (no ``<``, no ``&``) answered without running it: the lines, joined and split again."""

    def __init__(self, md: Markdown, original: Preprocessor) -> None:
        super().__init__(md)
        self.original = original

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "<" in text or "&" in text:
            return self.original.run(lines)
        return text.split("\n")


def _registry(converter: Markdown, registry: str):
    return {"pre": converter.preprocessors, "inline": converter.inlinePatterns,
            "block": converter.parser.blockprocessors, "tree": converter.treeprocessors}[registry]


def guard(converter: Markdown) -> list[Guard]:
    """Guard ``converter``'s regexes that are exactly those of :data:`GUARDS` (its own processors, for this
    instance only), and let its inline processor and raw-HTML step skip texts they cannot change; the guards
    applied."""
    applied = []
    for item in GUARDS:
        registry = _registry(converter, item.registry)
        processor = registry[item.name] if item.name in registry else None
        regex = getattr(processor, item.attribute, None)
        if isinstance(regex, re.Pattern) and regex.pattern == item.source and regex.flags == re.compile(
                item.source, item.flags).flags:
            setattr(processor, item.attribute, GuardedRegex(regex, item.needles))
            applied.append(item)
    inline = converter.treeprocessors["inline"] if "inline" in converter.treeprocessors else None
    if type(inline) is InlineProcessor and markdown_tested():
        converter.treeprocessors.register(SkippingInlineProcessor(converter), "inline", INLINE_PRIORITY)
    html_block = converter.preprocessors["html_block"] if "html_block" in converter.preprocessors else None
    if type(html_block) in HTML_BLOCK_CLASSES and markdown_tested():
        converter.preprocessors.register(SkippingHtmlBlock(converter, html_block), "html_block", HTML_BLOCK_PRIORITY)
    return applied
