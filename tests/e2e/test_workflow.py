"""The communications specialist's commands: check, newpost, preview markers, and escaping of every field."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from built_site import PREVIEW_SETTINGS, PUBLISH_SETTINGS, ROOT, BuiltSite, copy_demo_content, run_build

NEWS = "content/news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"


def command(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kurzeme_visiem", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
    )


def check(project: Path) -> subprocess.CompletedProcess:
    return command("check", "-s", str(PREVIEW_SETTINGS), "-c", str(project / "content"), cwd=project)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy_demo_content(tmp_path / "content")
    return tmp_path


def test_check_passes_on_the_demo_content(project):
    result = check(project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Content check: 0 errors, 0 warnings."


def test_check_lists_every_problem_with_a_count_and_fails(project):
    path = project / NEWS
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Date: 2016-05-20", "Date: 2016-05-20\nPartner: tukuma-novads")
                    + "\nSkat. [Tukums](/partneri/tukums/) un ![](/images/nav.png).\n", encoding="utf-8")
    result = check(project)
    assert result.returncode == 1
    problems = [row for row in result.stderr.splitlines() if row.startswith("content/")]
    last = len(path.read_text(encoding="utf-8").splitlines())
    assert problems == [
        f"{NEWS}:3: warning: unknown field 'Partner'; did you mean 'Partners'?",
        f"{NEWS}:{last}: image '/images/nav.png' goes nowhere: put the file in content/images/nav.png or fix the name",
        f"{NEWS}:{last}: image '/images/nav.png' has no alt text; write what it shows between the brackets: ![...](/images/nav.png)",
        f"{NEWS}:{last}: link '/partneri/tukums/' goes nowhere: the site has no page /partneri/tukums/; did you mean '/partneri/tukuma-novads/'?",
    ]
    assert result.stderr.splitlines()[-1] == "Content check: 3 errors, 1 warning."


def test_check_with_only_warnings_passes(project):
    path = project / NEWS
    path.write_text(path.read_text(encoding="utf-8").replace("Date:", "Kategorija: x\nDate:", 1), encoding="utf-8")
    result = check(project)
    assert result.returncode == 0
    assert "Content check: 0 errors, 1 warning." in result.stdout


def test_the_build_runs_the_same_check(project):
    path = project / NEWS
    path.write_text(path.read_text(encoding="utf-8") + "\n[x](/partneri/tukums/)\n", encoding="utf-8")
    result = run_build(project / "content", project / "output")
    assert result.returncode == 1
    assert "link '/partneri/tukums/' goes nowhere" in result.stderr
    assert not (project / "output").exists()


def test_newpost_creates_a_draft_that_the_preview_shows_and_the_public_build_does_not(project):
    created = command("newpost", "Ventspils novadā atklāts grupu dzīvoklis", "-s", str(PREVIEW_SETTINGS), "--news", "content/news", cwd=project)
    assert created.returncode == 0, created.stderr
    again = command("newpost", "Ventspils novadā atklāts grupu dzīvoklis", "-s", str(PREVIEW_SETTINGS), "--news", "content/news", cwd=project)
    assert again.returncode == 1 and "already exists" in again.stderr

    assert run_build(project / "content", project / "preview").returncode == 0
    preview = BuiltSite(project / "preview")
    page = preview.page("/melnraksti/ventspils-novada-atklats-grupu-dzivoklis/")
    assert page.h1.find(class_="status-badge").get_text() == "melnraksts"
    assert page.find("footer", class_="signature") is None, "empty Author fields must not print a signature"

    assert run_build(project / "content", project / "public", settings=PUBLISH_SETTINGS).returncode == 0
    public = BuiltSite(project / "public")
    assert not public.exists("/melnraksti/ventspils-novada-atklats-grupu-dzivoklis/")
    assert "Ventspils novadā atklāts" not in public.file_for("/jaunumi/").read_text(encoding="utf-8")


def test_future_items_are_marked_planned_in_the_preview(project):
    (project / "content/news/nakotne.md").write_text("Title: Nākotnes ziņa\nDate: 2999-01-01\n\nTeksts.\n", encoding="utf-8")
    assert run_build(project / "content", project / "output").returncode == 0
    badge = BuiltSite(project / "output").page("/jaunumi/nakotnes-zina/").h1.find(class_="status-badge")
    assert badge.get_text() == "plānots"


def test_every_yaml_and_metadata_field_reaches_the_html_escaped(project):
    evil = "<script>alert(1)</script>"
    partner = project / "content/partners/saldus-novads.yaml"
    original = partner.read_text(encoding="utf-8")
    assert "name: 'Saldus novada pašvaldība'" in original
    assert "short_name: 'Saldus novads'" in original
    partner.write_text(original.replace("name: 'Saldus novada pašvaldība'", f"name: '{evil}'")
                       .replace("short_name: 'Saldus novads'", f"short_name: 'Saldus {evil}'")
                       + f"contacts:\n  - name: '{evil}'\n    role: '<b>loma</b>'\n", encoding="utf-8")
    service = project / "content/services/grupu-dzivoklis.yaml"
    service.write_text(f"name: '<i>Grupu</i> dzīvoklis'\ntarget_groups: [adults-grt]\nsummary: '{evil}'\ndescription: |\n  Teksts {evil} beigas.\n", encoding="utf-8")
    (project / "content/news/xss.md").write_text(
        f"Title: Ziņa {evil}\nDate: 2024-06-01\nSummary: Kopsavilkums {evil}\nAuthor: {evil}\nTags: {evil}\nPartners: saldus-novads\n\nTeksts.\n",
        encoding="utf-8")
    result = run_build(project / "content", project / "output")
    assert result.returncode == 0, result.stderr
    site = BuiltSite(project / "output")
    for path in site.html_files():
        soup = site.page(site.url_of(path))
        for script in soup.find_all("script"):
            if script.get("type") == "application/ld+json":  # data, not code: the text is there, escaped as JSON
                assert "<" not in script.get_text(), site.url_of(path)
                json.loads(script.get_text())
            else:
                assert "alert" not in script.get_text(), site.url_of(path)
        assert not soup.find_all("i", string="Grupu"), site.url_of(path)
    assert site.page("/partneri/saldus-novads/").h1.get_text() == evil
    assert f"Saldus {evil}" in site.page("/partneri/").get_text()
    assert evil in site.page("/pakalpojumi/pasvaldibas/").find("table").get_text()
    assert site.page("/pakalpojumi/grupu-dzivoklis/").h1.get_text() == "<i>Grupu</i> dzīvoklis"
    news = site.page("/jaunumi/zina-script-alert-1-script/")
    assert news.h1.get_text() == f"Ziņa {evil}"
    assert f"Kopsavilkums {evil}" in site.page("/jaunumi/").get_text()
    feed = (site.output / "feeds" / "jaunumi.atom.xml").read_text(encoding="utf-8")
    assert "<script>" not in feed
