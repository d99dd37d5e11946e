"""The command line: one set of options for build, serve and check; one wording for reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from kurzeme_visiem.tools import cli
from kurzeme_visiem.tools.build import BuildFailed, BuildReport
from kurzeme_visiem.tools.report import plural, print_failure, print_success

from unit_helpers import ROOT


@pytest.mark.parametrize("command", ["build", "serve", "check"])
def test_build_serve_and_check_take_the_same_settings_and_content_options(command, monkeypatch):
    seen = {}
    monkeypatch.setattr(cli, f"_{command}", lambda args: seen.update(vars(args)) or 0)
    assert cli.main([command, "-s", "publishconf.py", "-c", "saturs"]) == 0
    assert (seen["settings"], seen["content"]) == ("publishconf.py", "saturs")
    if command != "check":
        assert seen["output"] == "output"


def test_check_of_the_demo_content(capsys):
    assert cli.main(["check", "-s", str(ROOT / "pelicanconf.py"), "-c", str(ROOT / "content")]) == 0
    assert capsys.readouterr().out.strip() == "Content check: 0 errors, 0 warnings."


def test_plural():
    assert [plural(n, "problem") for n in (0, 1, 2)] == ["0 problems", "1 problem", "2 problems"]


def test_failure_and_success_reports(capsys):
    print_failure(BuildFailed(["news/a.md:3: x"]), "Build stopped", "output/ was left as it was")
    assert capsys.readouterr().err == "news/a.md:3: x\nBuild stopped: 1 problem; output/ was left as it was.\n"
    print_success(BuildReport(Path("output"), 1.234, 12, ["a warning"]), "Rebuilt {files} files in {seconds:.2f} s.")
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("Rebuilt 12 files in 1.23 s.\n", "a warning\n")
