"""Bad content: the build exits non-zero, prints ``path:line: message`` per problem, keeps the old output."""

from __future__ import annotations

from pathlib import Path

import pytest

from built_site import GIF_16_BY_8, copy_demo_content, run_build, tree_digest

NEWS = "content/news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"
OTHER_NEWS = "content/news/2016-05-02-sadarbibas-ligumi-ar-partneriem.md"


def edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(root: Path, relative: str, needle: str) -> int:
    lines = (root / relative).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def write(root: Path, relative: str, text: str) -> None:
    (root / relative).write_text(text, encoding="utf-8")


# (id, how to break the demo content, (file, text on the expected line or None for line 1), words in the message)
CASES = [
    ("yaml-does-not-parse",
     lambda r: edit(r, "content/partners/tukuma-novads.yaml", "type: municipality", "type: municipality\n  oops: indented"),
     ("content/partners/tukuma-novads.yaml", "oops: indented"), "YAML does not parse"),
    ("missing-required-field",
     lambda r: edit(r, "content/services/grupu-dzivoklis.yaml", "summary:", "sumary:"),
     ("content/services/grupu-dzivoklis.yaml", None), "required field 'summary' is missing"),
    ("unknown-type",
     lambda r: edit(r, "content/partners/saldus-novads.yaml", "type: municipality", "type: village"),
     ("content/partners/saldus-novads.yaml", "type: village"), "'village' is not a valid type"),
    ("unknown-partner-in-news",
     lambda r: edit(r, NEWS, "Partners: tukuma-novads", "Partners: tukuma-novadz"),
     (NEWS, "Partners:"), "unknown partner 'tukuma-novadz'"),
    ("unknown-service-in-news",
     lambda r: edit(r, NEWS, "Services: socialais-mentors", "Services: socialais-mentor"),
     (NEWS, "Services:"), "unknown service 'socialais-mentor'"),
    ("unknown-service-in-partner",
     lambda r: edit(r, "content/partners/tukuma-novads.yaml", "socialais-mentors", "mentors"),
     ("content/partners/tukuma-novads.yaml", "mentors"), "unknown service 'mentors'"),
    ("unknown-parent",
     lambda r: edit(r, "content/partners/vsac-kurzeme-ilgi.yaml", "parent: vsac-kurzeme", "parent: vsac-kurzme"),
     ("content/partners/vsac-kurzeme-ilgi.yaml", "parent:"), "unknown partner 'vsac-kurzme'"),
    ("duplicate-slug",
     lambda r: (edit(r, NEWS, "Date:", "Slug: ligumi\nDate:"), edit(r, OTHER_NEWS, "Date:", "Slug: ligumi\nDate:")),
     (NEWS, "Slug: ligumi"), "duplicate slug 'ligumi'"),
    ("bad-date",
     lambda r: edit(r, NEWS, "Date: 2016-05-20", "Date: 2016-05-32"),
     (NEWS, "Date:"), "'2016-05-32' is not a real date"),
    ("date-in-wrong-format",
     lambda r: edit(r, NEWS, "Date: 2016-05-20", "Date: 20.05.2016"),
     (NEWS, "Date:"), "not a date in the form YYYY-MM-DD"),
    ("image-without-alt",
     lambda r: ((r / "content/images/foto.gif").write_bytes(GIF_16_BY_8), edit(r, NEWS, "Date:", "Image: foto.gif\nDate:")),
     (NEWS, "Image:"), "Image needs 'Image_alt"),
    ("missing-title",
     lambda r: edit(r, NEWS, "Title: ", "Titel: "),
     (NEWS, None), "required field 'Title' is missing"),
    ("bad-status",
     lambda r: edit(r, NEWS, "Date:", "Status: publicets\nDate:"),
     (NEWS, "Status:"), "Status 'publicets' is unknown"),
    # issue 13: sourced service entries and the merger chain, reported in Latvian
    ("service-entry-without-source",
     lambda r: edit(r, "content/partners/saldus-novads.yaml", "    source: https://retv.lv/raksts/dzdelda-atklata-grupu-dzivoklu-maja\n", ""),
     ("content/partners/saldus-novads.yaml", "service: grupu-dzivoklis"), "the field 'source' is missing"),
    ("service-entry-with-malformed-source",
     lambda r: edit(r, "content/partners/saldus-novads.yaml", "source: https://retv.lv/", "source: retv.lv/"),
     ("content/partners/saldus-novads.yaml", "source: retv.lv/"), "is not a valid source address"),
    ("service-entry-with-unknown-status",
     lambda r: edit(r, "content/partners/talsu-novads.yaml", "status: available", "status: atvērts"),
     ("content/partners/talsu-novads.yaml", "status: atvērts"), "'atvērts' is not a valid status"),
    ("available-since-the-future",
     lambda r: edit(r, "content/partners/kuldigas-novads.yaml", "since: 2023-07-18", "since: 2099-07-18"),
     ("content/partners/kuldigas-novads.yaml", "since: 2099-07-18"), "is in the future, but the status is 'available'"),
    ("merged-into-unknown-partner",
     lambda r: edit(r, "content/partners/rojas-novads.yaml", "merged_into: talsu-novads", "merged_into: talsu-novad"),
     ("content/partners/rojas-novads.yaml", "merged_into:"), "unknown partner 'talsu-novad'"),
    ("merger-dates-out-of-order",
     lambda r: edit(r, "content/partners/priekules-novads.yaml", "valid_to: 2021-06-30", "valid_to: 2021-06-20"),
     ("content/partners/priekules-novads.yaml", "valid_to:"), "the successor must exist by the next day"),
    ("service-slug-of-the-easy-read-overview",
     lambda r: write(r, "content/services/viegli-lasit.yaml", "name: X\ntarget_groups: [families]\nsummary: Y\n"),
     ("content/services/viegli-lasit.yaml", None), "reserved for the easy-to-read overview"),
    ("news-file-pelican-would-read-unchecked",  # .markdown: stock Pelican reads it, the check would not see it
     lambda r: write(r, "content/news/jauna-zina.markdown", "Title: Ziņa\nDate: 2016-05-01\n\nTeksts.\n"),
     ("content/news/jauna-zina.markdown", None), "this file is not a news item or page"),
    ("hidden-page",
     lambda r: write(r, "content/pages/.melnraksts.md", "Title: Lapa\n\nTeksts.\n"),
     ("content/pages/.melnraksts.md", None), "not hidden (no leading dot)"),
    ("markdown-file-with-a-bad-slug",  # issue 12, item 3: was published unchecked, with a space in its URL
     lambda r: write(r, "content/news/bad-slug.markdown", "Title: Ziņa\nDate: 2016-05-01\nSlug: ar atstarpi\n"
                                                         "Partners: nav-tada\n\n[saite](/nav/tadas/lapas/)\n"),
     ("content/news/bad-slug.markdown", None), "this file is not a news item or page"),
    # issue 12: hostile input answers with path:line, never a traceback or a published draft
    ("nul-in-title", lambda r: edit(r, NEWS, "Title: ", "Title: \x00"), (NEWS, None), "U+0000"),
    ("esc-in-title", lambda r: edit(r, NEWS, "Title: ", "Title: \x1b[31m"), (NEWS, None), "U+001B"),
    ("draft-behind-a-line-separator", lambda r: edit(r, NEWS, "Title: ", "Title: Ziņa\u2028Status: draft\u2028"),
     (NEWS, None), "U+2028"),
    ("draft-behind-a-form-feed", lambda r: edit(r, NEWS, "Title: ", "Title: Ziņa\x0cStatus: draft\x0c"), (NEWS, None), "U+000C"),
    ("yaml-alias", lambda r: edit(r, "content/partners/tukuma-novads.yaml", "type: municipality", "type: &t municipality"),
     ("content/partners/tukuma-novads.yaml", "type: &t"), "anchors and aliases"),
    ("yaml-escape-control", lambda r: edit(r, "content/partners/tukuma-novads.yaml", "short_name: 'Tukuma novads'",
                                           'short_name: "Tukuma\\e novads"'),
     ("content/partners/tukuma-novads.yaml", "short_name:"), "U+001B"),
    ("javascript-link-in-summary", lambda r: edit(r, NEWS, "Date:", "Summary: [spied](javascript:alert(1))\nDate:"),
     (NEWS, "Summary:"), "javascript:alert(1)"),
    ("data-image-in-description", lambda r: edit(r, "content/partners/tukuma-novads.yaml", "description: |",
                                                  "description: |\n  ![x](data:image/svg+xml;base64,PHN2Zz4=)"),
     ("content/partners/tukuma-novads.yaml", "description:"), "in 'description'"),
    ("symlink-to-etc", lambda r: (r / "content/documents/etc").symlink_to("/etc"), ("content/documents/etc", None),
     "a symbolic link to /etc outside content/"),
    ("news-symlink-outside", lambda r: ((r / "outside.md").write_text("Title: X\nDate: 2016-01-01\n\nx\n"),
                                        (r / "content/news/outside.md").symlink_to(r / "outside.md")),
     ("content/news/outside.md", None), "outside content/"),
]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy_demo_content(tmp_path / "content")
    result = run_build(tmp_path / "content", tmp_path / "output")
    assert result.returncode == 0, result.stderr
    (tmp_path / "output" / "CNAME").write_text("kurzemevisiem.lv\n")
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_content_stops_the_build_with_path_line_and_keeps_old_output(project: Path, case):
    _, break_content, (relative, needle), words = case
    before = tree_digest(project / "output")
    break_content(project)
    line = line_of(project, relative, needle) if needle else 1

    result = run_build(project / "content", project / "output")

    assert result.returncode != 0
    assert f"{relative}:{line}: " in result.stderr, result.stderr
    reported = [row for row in result.stderr.splitlines() if row.startswith("content/")]
    assert all(row.startswith(f"{relative}:") for row in reported), "the problem must not cascade into other files"
    problem_line = next(row for row in result.stderr.splitlines() if row.startswith(f"{relative}:{line}: "))
    assert words in problem_line
    assert "Traceback" not in result.stderr
    assert tree_digest(project / "output") == before
    assert not list(project.glob(".output-*")), "staging folders must be removed"


def test_a_merger_cycle_is_reported_at_both_files(project: Path):
    edit(project, "content/partners/talsu-novads.yaml", "region: kurzeme\n",
         "region: kurzeme\nvalid_to: 2022-06-30\nmerged_into: rojas-novads\nmerged_source: https://example.lv/x\n")
    result = run_build(project / "content", project / "output")
    assert result.returncode == 1
    cycle = [row for row in result.stderr.splitlines() if "goes round in a loop" in row]
    talsi = line_of(project, "content/partners/talsu-novads.yaml", "merged_into:")
    rojas = line_of(project, "content/partners/rojas-novads.yaml", "merged_into:")
    assert [row.split(": ", 1)[0] for row in cycle] == [
        f"content/partners/rojas-novads.yaml:{rojas}", f"content/partners/talsu-novads.yaml:{talsi}"]


def test_all_problems_are_reported_in_one_run(project: Path):
    for _, break_content, _, _ in CASES[2:7]:
        break_content(project)
    result = run_build(project / "content", project / "output")
    assert result.returncode == 1
    reported = [row for row in result.stderr.splitlines() if row.startswith("content/")]
    assert len(reported) == 5, result.stderr
    assert "Build stopped: 5 problems" in result.stderr


def test_a_good_rebuild_replaces_output_and_keeps_files_the_site_does_not_own(project: Path):
    edit(project, NEWS, "Date: 2016-05-20", "Date: 2016-05-21")
    result = run_build(project / "content", project / "output")
    assert result.returncode == 0, result.stderr
    assert (project / "output" / "CNAME").read_text() == "kurzemevisiem.lv\n"
    item = project / "output" / "jaunumi" / "tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana" / "index.html"
    assert "2016. gada 21. maijs" in item.read_text(encoding="utf-8")
