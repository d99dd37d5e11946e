"""The command line: one set of options for build, serve and check; one wording for reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from kurzeme_visiem.tools import cli
from kurzeme_visiem.tools.build import BuildFailed, BuildReport
from kurzeme_visiem.tools.report import print_failure, print_success

from unit_helpers import ROOT


@pytest.mark.parametrize("command", ["build", "serve", "check"])
def test_build_serve_and_check_take_the_same_settings_and_content_options(command, monkeypatch):
    seen = {}
    monkeypatch.setattr(cli, f"_{command}", lambda args: seen.update(vars(args)) or 0)
    assert cli.main([command, "-s", "publishconf.py", "-c", "saturs"]) == 0
    assert (seen["settings"], seen["content"]) == ("publishconf.py", "saturs")
    if command != "check":
        assert seen["output"] == {"build": "output", "serve": ".preview"}[command]  # the preview's own folder


def test_check_of_the_demo_content(capsys):
    assert cli.main(["check", "-s", str(ROOT / "pelicanconf.py"), "-c", str(ROOT / "content")]) == 0
    assert capsys.readouterr().out.strip() == "Content check: 0 errors, 0 warnings."


def test_failure_and_success_reports(capsys):
    print_failure(BuildFailed(["news/a.md:3: x"]), "build.stopped", output="output")
    assert capsys.readouterr().err == "news/a.md:3: x\nBuild stopped: 1 problem; output/ was left as it was.\n"
    print_success(BuildReport(Path("output"), 1.234, 12, ["a warning"]), "preview.rebuilt")
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("Rebuilt 12 files in 1.23 s.\n", "a warning\n")


def test_reports_in_latvian_by_default(capsys, monkeypatch):
    monkeypatch.delenv("KV_LANG")
    print_failure(BuildFailed(["news/a.md:3: x", "news/b.md:1: y"]), "build.stopped", output="output")
    assert capsys.readouterr().err.splitlines()[-1] == "Būvēšana apturēta: 2 problēmas; output/ palika tāda, kāda bija."
    print_success(BuildReport(Path("output"), 1.234, 21, []), "preview.rebuilt")
    assert capsys.readouterr().out == "Pārbūvēts 21 fails 1.23 s laikā.\n"


def test_lang_option_sets_the_language_for_the_workers_too(capsys, monkeypatch):
    monkeypatch.setenv("KV_LANG", "lv")
    assert cli.main(["check", "--lang", "en", "-s", str(ROOT / "pelicanconf.py"), "-c", str(ROOT / "content")]) == 0
    assert capsys.readouterr().out.strip() == "Content check: 0 errors, 0 warnings."
