"""Property-based tests: random and malformed YAML and metadata never crash the loaders.

Whatever the bytes, the result is either success or problems that each read ``path:line: message``. That the check
and the build read every header with the same function: ``tests/unit/site/test_readers.py``.
"""

from __future__ import annotations

import re
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kurzeme_visiem.content.directory import load_directory
from kurzeme_visiem.content.markdown_header import parse_header
from kurzeme_visiem.content.news_check import check_news, check_pages
from kurzeme_visiem.content.records import PartnerRecord, ServiceRecord
from pelican.settings import DEFAULT_CONFIG

PROBLEM_LINE = re.compile(r"^(partners|services|news|pages)/[^:]+\.(yaml|yml|md|txt):\d+: \S|^glossary\.yaml:\d+: \S")
YAML_TOKENS = st.sampled_from(
    [": ", "- ", "[", "]", "{", "}", ",", "'", '"', "#", "&a", "*a", "!!str", "!!python/object", "---", "...",
     "\t", "  ", "\n", "|", ">", "?", "%", "@", "`", "ā", "ž", "“", "\x00", "\ufeff", "2016-02-30", "yes", "~", "1e9"]
    + [f"{name}: " for name in (*PartnerRecord.model_fields, *ServiceRecord.model_fields)]
    + ["type: municipality\n", "region: kurzeme\n", "parent: x\n", "services: [a, b]\n", "location: {lat: 56, lon: 22}\n"]
)
yaml_text = st.lists(st.one_of(YAML_TOKENS, st.text(string.printable, max_size=8)), max_size=30).map("".join)
metadata_line = st.tuples(
    st.sampled_from(["Title", "Date", "Slug", "Partners", "Services", "Image", "Image_alt", "Status", "Summary", "X", "titLE", "Date "]),
    st.one_of(st.text(max_size=30), st.sampled_from(["2016-04-26", "2016-04-26 25:00", "a, b,", ",", "draft", "foto.jpg", "../../etc/passwd"])),
).map(lambda kv: f"{kv[0]}: {kv[1]}")
markdown_text = st.tuples(
    st.sampled_from(["", "---\n"]), st.lists(metadata_line, max_size=8), st.text(max_size=60)
).map(lambda t: t[0] + "\n".join(t[1]) + "\n\n" + t[2])

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_clean(problems) -> None:
    for problem in problems:
        assert PROBLEM_LINE.match(str(problem).replace("warning: ", "")), str(problem)
        assert problem.line >= 1


@FAST
@given(partner=yaml_text, service=yaml_text, glossary=yaml_text)
def test_random_yaml_never_crashes_the_directory(content, partner, service, glossary):
    content.write("partners/a.yaml", partner, dedent=False)
    content.write("services/b.yaml", service, dedent=False)
    content.write("glossary.yaml", glossary, dedent=False)
    _, problems = load_directory(content.root)
    assert_clean(problems)


@FAST
@given(data=st.binary(max_size=200))
def test_random_bytes_never_crash_the_directory(content, data):
    content.write_bytes("partners/a.yaml", data)
    content.write_bytes("glossary.yaml", data)
    _, problems = load_directory(content.root)
    assert_clean(problems)


@FAST
@given(news=markdown_text, page=markdown_text, data=st.binary(max_size=100))
def test_random_metadata_never_crashes_news_and_page_checks(content, news, page, data):
    content.write("news/a.md", news, dedent=False)
    content.write_bytes("news/b.md", data)
    content.write("pages/c.md", page, dedent=False)
    directory, _ = load_directory(content.root)
    _, news_problems = check_news(content.root, "news", directory)
    _, page_problems = check_pages(content.root, "pages", DEFAULT_CONFIG)
    assert_clean(news_problems + page_problems)


@FAST
@given(text=st.text(max_size=300))
def test_header_parser_accepts_any_text(text):
    header = parse_header(__import__("pathlib").Path("x.md"), text)
    assert header.body_line >= 1
    assert all(field.line >= 1 for field in header.fields.values())
