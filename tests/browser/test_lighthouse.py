"""Lighthouse (npm ``lighthouse``, pinned in package-lock.json) on the public build served by the project's nginx
configuration: 100 in performance, accessibility, best practices and SEO, mobile profile, on the page types a
visitor meets first. Scores are printed (``pytest -s``). Chromium is Debian's (``CHROME_PATH=/usr/bin/chromium``).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import time

import pytest

from built_site import ROOT
from nginx_server import NginxServer

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
def served(deployed_demo: NginxServer) -> NginxServer:
    """The demo site's public build, deployed to a folder and served by nginx (tests/browser/conftest.py)."""
    return deployed_demo


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


RUNS = 3  # Lighthouse's own advice for a noisy machine: several runs
TIMED = "performance"  # the one category measured in time
TIMED_RUNS = 6  # performance alone may take up to this many runs in all, TIMED_PAUSE seconds apart (see the test)
TIMED_PAUSE = 5


def run_once(url: str, folder) -> tuple[dict[str, int], dict]:
    """One Lighthouse run: the category scores out of 100, and the report."""
    folder.mkdir()
    report = lighthouse(url, folder)
    return {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}, report


def timings(report: dict) -> str:
    """The timed metrics as Lighthouse computed them, and its measure of the host's speed, for the printed log."""
    audits = report["audits"]
    names = ("first-contentful-paint", "largest-contentful-paint", "speed-index", "total-blocking-time")
    # a metric Lighthouse could not compute has no numericValue: "n/a", not a KeyError hiding the assert's message
    values = ", ".join(f"{name} {shown(audits.get(name, {}).get('numericValue'), ' ms')}" for name in names)
    return f"{values}, benchmarkIndex {shown(report.get('environment', {}).get('benchmarkIndex'))}"


def shown(value, unit: str = "") -> str:
    return "n/a" if value is None else f"{value:.0f}{unit}"


@pytest.mark.browser
@pytest.mark.parametrize("name", list(PAGES))
def test_lighthouse_scores_100_on_mobile(served: NginxServer, tmp_path, name):
    """One run; only when a category is under 100, two more, whose median counts for the categories that do not
    depend on timing. Performance counts its best run: its speed index weighs the paint times observed in the real
    browser (Lantern's optimistic estimate), so the other test worker loading the shared CPU can only lower the
    score, never raise it above what the page earns. When performance alone is still under 100 after three runs,
    more runs follow, TIMED_PAUSE seconds apart so that a burst of load can pass, until one scores 100 or
    TIMED_RUNS runs are made."""
    url = served.base_url + PAGES[name]
    runs = []
    for number in range(TIMED_RUNS):
        if number == 1 and runs[0][0] == dict.fromkeys(CATEGORIES, 100):
            break
        if number >= RUNS:
            if max(scores[TIMED] for scores, _ in runs) == 100 or any(
                    statistics.median(scores[c] for scores, _ in runs[:RUNS]) < 100 for c in CATEGORIES if c != TIMED):
                break
            time.sleep(TIMED_PAUSE)
        runs.append(run_once(url, tmp_path / str(number)))
        print(f"\nLighthouse {name} {PAGES[name]} run {number + 1}: "
              + ", ".join(f"{c} {s}" for c, s in runs[-1][0].items()) + f" ({timings(runs[-1][1])})")
    scores = {c: max(run[c] for run, _ in runs) if c == TIMED else statistics.median(run[c] for run, _ in runs[:RUNS])
              for c in CATEGORIES}
    problems = {c: [failing_audits(report, c) for _, report in runs] for c in CATEGORIES if scores[c] < 100}
    assert scores == dict.fromkeys(CATEGORIES, 100), problems
