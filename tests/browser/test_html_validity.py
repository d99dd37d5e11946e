"""The Nu HTML Checker (vnu, npm ``vnu-jar``, on Java) over the whole built output: HTML, CSS and SVG."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def run_vnu(*arguments: str) -> list[dict]:
    if shutil.which("java") is None:
        pytest.fail("Java is not installed: apt-get install -y default-jre-headless (.ci/run does)")
    if not VNU_JAR.is_file():
        pytest.fail(f"{VNU_JAR} is missing: run `npm ci` (make test does)")
    result = subprocess.run(["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *arguments],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stderr)["messages"]


def describe(messages: list[dict]) -> str:
    return "\n".join(f"{m.get('url', '')}:{m.get('lastLine', '?')}: {m['type']}: {m['message']}" for m in messages)


def test_vnu_finds_an_error_in_broken_html(tmp_path):
    (tmp_path / "broken.html").write_text("<!DOCTYPE html><html lang=lv><title>x</title><p><div></p>", encoding="utf-8")
    assert [m for m in run_vnu("--skip-non-html", str(tmp_path)) if m["type"] == "error"]


def test_every_html_page_is_valid(served_site):
    pages = list(served_site.html_files())
    assert len(pages) > 40
    messages = run_vnu("--skip-non-html", "--also-check-svg", str(served_site.output))
    errors = [m for m in messages if m["type"] in ("error", "non-document-error")]
    assert not errors, describe(errors)


def test_every_stylesheet_is_valid(served_site):
    stylesheets = [str(p) for p in served_site.output.rglob("*.css")]
    assert stylesheets
    errors = [m for m in run_vnu("--css", *stylesheets) if m["type"] in ("error", "non-document-error")]
    assert not errors, describe(errors)
