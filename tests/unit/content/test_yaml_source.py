import datetime as dt

import pytest
import yaml

from kurzeme_visiem.content.yaml_source import YamlDocument, load_yaml

from unit_helpers import lines


def test_lines_of_every_key_and_item(content):
    path = content.write("partners/a.yaml", """\
        name: Tukuma novada dome
        contacts:
          - name: Inga
            role: kontaktpersona
          - name: Jānis
        services: [socialais-mentors, grupu-dzivoklis]
        location: {lat: 56.9, lon: 23.1}
        """)
    document, problems = load_yaml(path)
    assert problems == []
    assert document.lines == {
        ("name",): 1,
        ("contacts",): 2,
        ("contacts", 0): 3,
        ("contacts", 0, "name"): 3,
        ("contacts", 0, "role"): 4,
        ("contacts", 1): 5,
        ("contacts", 1, "name"): 5,
        ("services",): 6,
        ("services", 0): 6,
        ("services", 1): 6,
        ("location",): 7,
        ("location", "lat"): 7,
        ("location", "lon"): 7,
    }
    assert document.data["contacts"][1] == {"name": "Jānis"}


def test_line_of_falls_back_to_the_deepest_known_key(content):
    document = YamlDocument(content.root / "a.yaml", {}, {("contacts",): 4, ("contacts", 0): 5})
    assert document.line_of(("contacts", 0, "phone")) == 5
    assert document.line_of(("contacts", 3, "phone")) == 4
    assert document.line_of(("name",)) == 1
    assert document.line_of(()) == 1


def test_dates_stay_text(content):
    path = content.write("a.yaml", "agreement_date: 2016-04-26\nwhen: 2016-04-26 14:30\n")
    document, _ = load_yaml(path)
    assert document.data == {"agreement_date": "2016-04-26", "when": "2016-04-26 14:30"}


def test_other_implicit_types_are_still_resolved(content):
    path = content.write("a.yaml", "phone: 63122238\nlat: 56.9670\nflag: true\nnothing: null\n")
    document, _ = load_yaml(path)
    assert document.data == {"phone": 63122238, "lat": 56.967, "flag": True, "nothing": None}


def test_the_global_safe_loader_is_not_changed():
    assert yaml.safe_load("d: 2016-04-26") == {"d": dt.date(2016, 4, 26)}


def test_duplicate_key_is_reported_at_the_second_line(content):
    path = content.write("a.yaml", "name: A\ntype: municipality\nname: B\n")
    document, problems = load_yaml(path)
    assert lines(problems) == ["a.yaml:3: 'name' is given twice (first on line 1); keep one"]
    assert document.data["name"] == "B"


def test_duplicate_key_in_a_nested_mapping(content):
    path = content.write("a.yaml", "name: A\ncontacts:\n  - name: B\n    name: C\n")
    _, problems = load_yaml(path)
    assert lines(problems) == ["a.yaml:4: 'name' is given twice (first on line 3); keep one"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: A\n  type: x\n", "a.yaml:2: YAML does not parse: mapping values are not allowed here; check indentation, colons and quotes"),
        ("name: A\n\ttype: x\n", "a.yaml:2: YAML does not parse: found character '\\t' that cannot start any token; check indentation, colons and quotes"),
        ("a: [1, 2\nb: 3\n", "a.yaml:2: YAML does not parse: expected ',' or ']', but got ':'; check indentation, colons and quotes"),
        ("a: 1\nb: *nav\n", "a.yaml:2: YAML anchors and aliases (*nav) are not allowed in content files; write the value itself"),
        (
            "a: !!python/object:os.system x\n",
            "a.yaml:1: YAML does not parse: could not determine a constructor for the tag 'tag:yaml.org,2002:python/object:os.system'; check indentation, colons and quotes",
        ),
    ],
)
def test_yaml_that_does_not_parse(content, text, expected):
    path = content.write("a.yaml", text, dedent=False)
    document, problems = load_yaml(path)
    assert document is None
    assert lines(problems) == [expected]


def test_unclosed_quote_is_reported_where_the_quote_opens(content):
    path = content.write("a.yaml", "name: 'Tukuma novada dome\ntype: municipality\n")
    _, problems = load_yaml(path)
    assert [p.line for p in problems] == [1]


def test_empty_file_and_comment_only_file(content):
    for text in ("", "# tikai komentārs\n"):
        document, problems = load_yaml(content.write("a.yaml", text))
        assert (document.data, document.lines, problems) == (None, {}, [])


def test_byte_order_mark_is_accepted(content):
    path = content.write_bytes("a.yaml", "\ufeffname: A\ntype: b\n".encode())
    document, problems = load_yaml(path)
    assert problems == []
    assert document.data == {"name": "A", "type": "b"}
    assert document.lines == {("name",): 1, ("type",): 2}


def test_file_that_is_not_utf8(content):
    path = content.write_bytes("a.yaml", "name: Rīga\n".encode("iso-8859-13"))
    document, problems = load_yaml(path)
    assert document is None
    assert lines(problems) == ["a.yaml:1: the file is not UTF-8 text (invalid continuation byte); save it as UTF-8"]


def test_missing_file(content):
    document, problems = load_yaml(content.root / "nav.yaml")
    assert document is None
    assert lines(problems) == ["nav.yaml:1: cannot read the file: No such file or directory"]


# --- hostile YAML (issue 12, items 2, 5 and 9) ---------------------------------------------------------------------

def billion_laughs(levels: int = 9) -> str:
    text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in range(1, levels):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        text += f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n"
    return text


def test_aliases_are_refused_at_their_line_within_a_second(tmp_path):
    import time

    path = tmp_path / "laughs.yaml"
    path.write_text(billion_laughs(), encoding="utf-8")
    assert len(path.read_bytes()) < 400
    started = time.monotonic()
    document, problems = load_yaml(path)
    assert time.monotonic() - started < 1
    assert document is None and [p.line for p in problems] == [1]
    assert "&" in problems[0].message and problems[0].message[0].isupper()


@pytest.mark.parametrize("text, line", [("name: x\nother: *ref\n", 2), ("a: 1\nb: !!str &anchor x\n", 2)])
def test_a_single_anchor_or_alias_is_refused(tmp_path, text, line):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    document, problems = load_yaml(path)
    assert document is None and [p.line for p in problems] == [line]


@pytest.mark.parametrize("depth", [3000, 200])
def test_deep_nesting_is_one_problem_not_a_traceback(tmp_path, depth):
    path = tmp_path / "deep.yaml"
    path.write_text("a: 1\nk: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    document, problems = load_yaml(path)
    assert document is None and [p.line for p in problems] == [2]


@pytest.mark.parametrize("escape", ["\\0", "\\e", "\\x1b", "\\u0007", "\\x7f", "\\u2028", "\\x85"])
def test_control_characters_written_as_escapes_are_refused_at_their_line(tmp_path, escape):
    path = tmp_path / "p.yaml"
    path.write_text(f'name: ok\ntitle: "Virsraksts{escape}beigas"\n', encoding="utf-8")
    document, problems = load_yaml(path)
    assert [p.line for p in problems] == [2], problems


def test_tabs_and_newlines_in_values_are_fine(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text('text: "a\\tb\\nc"\nblock: |\n  one\n  two\n', encoding="utf-8")
    document, problems = load_yaml(path)
    assert problems == [] and document.data["block"] == "one\ntwo\n"


def test_invalid_utf8_in_yaml_is_reported_at_its_own_line(content):
    path = content.write_bytes("a.yaml", "name: A\ntype: b\ndescription: " .encode() + "Rīga\n".encode("iso-8859-13"))
    _, problems = load_yaml(path)
    assert [p.line for p in problems] == [3]


def test_parsed_files_are_reused_while_their_bytes_stay_and_parsed_again_when_they_change(tmp_path):
    from kurzeme_visiem.content.yaml_source import ParsedYaml  # noqa: PLC0415

    path = tmp_path / "a.yaml"
    path.write_text("name: A\n", encoding="utf-8")
    parsed = ParsedYaml()
    first, problems = parsed.load(path)
    assert first.data == {"name": "A"} and problems == []
    assert parsed.load(path)[0] is first, "unchanged bytes: the document parsed before"
    path.write_text("name: B\n", encoding="utf-8")
    assert parsed.load(path)[0].data == {"name": "B"}
    path.write_text("name: [B\n", encoding="utf-8")
    broken, problems = parsed.load(path)
    assert broken is None and problems and problems == parsed.load(path)[1]


def test_a_well_formed_file_is_scanned_once(tmp_path, monkeypatch):
    from kurzeme_visiem.content import yaml_source  # noqa: PLC0415

    scans, scan = [], yaml.scan
    monkeypatch.setattr(yaml_source.yaml, "scan", lambda *a, **k: scans.append(a) or scan(*a, **k))
    path = tmp_path / "p.yaml"
    path.write_text("name: A\nname: B\nlist:\n  - [1, 2]\n", encoding="utf-8")
    document, problems = load_yaml(path)
    assert document.data == {"name": "B", "list": [[1, 2]]} and document.lines[("list", 0)] == 4
    assert [p.line for p in problems] == [2], "the duplicate key, as before"
    assert scans == [], "read in one pass: no separate scan for anchors and depth"
    path.write_text("a: 1\nb: &x 2\n", encoding="utf-8")
    assert load_yaml(path)[0] is None and len(scans) == 1, "an anchor: read again the long way, which reports it"


def test_the_shape_is_reported_before_an_earlier_parse_error(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("a: 1\n- b\nc: &x 2\n", encoding="utf-8")
    document, problems = load_yaml(path)
    assert document is None and [p.line for p in problems] == [3] and "&" in problems[0].message
