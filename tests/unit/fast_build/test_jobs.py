"""Recorded write_file calls (both FAST_BUILD writers) and the write by rename."""

from __future__ import annotations

import os

from kurzeme_visiem.fast_build.jobs import Job, QueuedWriter, replace_file

SETTINGS = {"PAGINATED_TEMPLATES": {"index": None, "tag": 5}, "DEFAULT_PAGINATION": 10}


def test_write_file_records_a_job_with_positional_arguments_named_as_pelican_names_them(tmp_path):
    writer = QueuedWriter(str(tmp_path), settings=SETTINGS)
    writer.write_file("a.html", "template", {"x": 1}, False, {"articles": [1]}, "index", True, "a/", page="p")
    writer.write_file("", "template", {})  # Pelican skips an empty name
    writer.write_file("b.html", "template", {})
    assert [(j.number, j.name) for j in writer.jobs] == [(0, "a.html"), (1, "b.html")]
    assert writer.jobs[0].kwargs == {"relative_urls": False, "paginated": {"articles": [1]}, "template_name": "index",
                                     "override_output": True, "url": "a/", "page": "p"}
    assert writer.jobs[0].content == "p" and writer.jobs[1].content is None
    assert not list(tmp_path.iterdir())  # nothing is rendered yet


def test_a_paginated_list_costs_one_per_page_of_the_list():
    def job(**kwargs):
        return Job(0, "x", None, {}, kwargs)

    assert job(template_name="index", articles=list(range(25))).cost(SETTINGS) == 3.0  # DEFAULT_PAGINATION 10
    assert job(template_name="tag", paginated={"articles": list(range(11))}).cost(SETTINGS) == 3.0
    assert job(template_name="tag", articles=[]).cost(SETTINGS) == 1.0
    assert job(template_name="article", article="a").cost(SETTINGS) == 1.0


def test_replace_file_renames_over_the_target_without_writing_through_a_link(tmp_path):
    target = tmp_path / "a.html"
    target.write_bytes(b"old")
    os.link(target, tmp_path / "served.html")
    replace_file(target, b"new")
    assert target.read_bytes() == b"new" and (tmp_path / "served.html").read_bytes() == b"old"
    assert oct(target.stat().st_mode & 0o777) == "0o644"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "served.html"]
