"""Lighthouse (npm ``lighthouse``, pinned in package-lock.json) on the public build served by the project's nginx
configuration: 100 in performance, accessibility, best practices and SEO, mobile profile, on the page types a
visitor meets first. Scores are printed (``pytest -s``). Chromium is Debian's (``CHROME_PATH=/usr/bin/chromium``).
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from built_site import PUBLISH_SETTINGS, ROOT, copy_as_deployed, copy_demo_content, run_build
from nginx_server import NginxServer
from preview_process import free_port

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = {
    "home": "/",
    "news item with an image": "/jaunumi/kurzemes-planosanas-regions-nosledzis-sadarbibas-ligumus-ar-visiem-projekta-kurzeme-visiem-partneriem/",
    "partner": "/partneri/tukuma-novads/",
    "service": "/pakalpojumi/socialais-mentors/",
    "matrix": "/pakalpojumi/pasvaldibas/",
}


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> NginxServer:
    root = tmp_path_factory.mktemp("lighthouse")
    port = free_port()
    content = copy_demo_content(root / "content")
    built = run_build(content, root / "output", settings=PUBLISH_SETTINGS, env={"SITEURL": f"http://127.0.0.1:{port}"})
    assert built.returncode == 0, built.stderr
    deployed = copy_as_deployed(root / "output", root / "site")
    assert deployed.returncode == 0, deployed.stderr
    (root / "nginx").mkdir()
    server = NginxServer(root=root / "site", prefix=root / "nginx", port=port)
    server.start()
    yield server
    server.stop()


def lighthouse(url: str, report_dir) -> dict:
    """One mobile Lighthouse run; returns the parsed JSON report."""
    if not LIGHTHOUSE.exists():
        pytest.fail("Lighthouse is not installed: npm ci (make test does)")
    report = report_dir / "report.json"
    flags = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
    result = subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}", "--form-factor=mobile",
         "--max-wait-for-load=30000"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(report.read_text(encoding="utf-8"))


def failing_audits(report: dict, category: str) -> list[str]:
    audits = report["audits"]
    failing = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        if ref["weight"] > 0 and audit.get("score") is not None and audit["score"] < 1:
            failing.append(f"{ref['id']}: {audit.get('displayValue') or audit['title']}")
    return failing


@pytest.mark.browser
@pytest.mark.parametrize("name", list(PAGES))
def test_lighthouse_scores_100_on_mobile(served: NginxServer, tmp_path, name):
    report = lighthouse(served.base_url + PAGES[name], tmp_path)
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    print(f"\nLighthouse {name} {PAGES[name]}: " + ", ".join(f"{c} {s}" for c, s in scores.items()))
    problems = {c: failing_audits(report, c) for c in CATEGORIES if scores[c] < 100}
    assert scores == dict.fromkeys(CATEGORIES, 100), problems
