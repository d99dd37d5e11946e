"""Errors in the browser (issue 15): while the content is broken, every page of the preview shows a dialog listing
the problems (``path:line``), in Latvian, focusable and dismissable; the next good build removes it. The preview
sends the public site's Content-Security-Policy, so the dialog's script and style must be external files."""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe

from built_site import copy_demo_content
from preview_process import running_preview
from test_axe import WCAG_AA

NEWS = "news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"
NEWS_URL = "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"


def test_broken_content_shows_the_problems_on_every_page_until_fixed(tmp_path, page):
    content = copy_demo_content(tmp_path / "content")
    news = content / NEWS
    good = news.read_text(encoding="utf-8")
    with running_preview(content, tmp_path / ".preview") as port:
        page.goto(f"http://127.0.0.1:{port}{NEWS_URL}")
        page.wait_for_selector("html[data-preview-live]", state="attached")  # the reload socket is open
        dialog = page.get_by_role("alertdialog")
        assert dialog.count() == 0

        news.write_text(good.replace("Partners: ", "Partners: nav-tada-partnera, ", 1), encoding="utf-8")
        dialog.wait_for(timeout=15_000)  # the page reloaded by itself and shows the dialog
        assert dialog.get_by_role("heading", name="Priekšskatījums nav atjaunināts").is_visible()
        line = good.splitlines().index(next(l for l in good.splitlines() if l.startswith("Partners:"))) + 1
        assert re.search(rf"2016-05-20-tukuma-novada-dome-nosledz-ligumu\.md:{line}\b", dialog.inner_text())
        assert "nav-tada-partnera" in dialog.inner_text()
        assert page.evaluate("document.activeElement.id") == "kv-preview-problems", "the dialog takes the focus"
        assert page.get_by_role("heading", level=1).count() == 1, "the last good page is still there below it"

        page.keyboard.press("Escape")
        assert not dialog.is_visible(), "Escape closes the dialog"
        page.goto(f"http://127.0.0.1:{port}/partneri/")
        assert dialog.is_visible(), "every page shows it while the content is broken"
        dialog.get_by_role("button", name="Aizvērt").click()
        assert not dialog.is_visible()
        page.goto(f"http://127.0.0.1:{port}/nav-tadas-lapas/")
        assert dialog.is_visible(), "so does the page for a missing address"

        page.goto(f"http://127.0.0.1:{port}/partneri/")
        page.wait_for_selector("html[data-preview-live]", state="attached")
        news.write_text(good, encoding="utf-8")
        page.wait_for_function("() => !document.getElementById('kv-preview-problems')", timeout=15_000)
        assert dialog.count() == 0, "the next good build removes the dialog"
        # no CSP violation (the preview sends the public policy), no script error, no failed request but the 404 above
        expected = {f"404 http://127.0.0.1:{port}/nav-tadas-lapas/",
                    "Failed to load resource: the server responded with a status of 404 (Not Found)"}
        assert set(page.script_errors) <= expected, "\n".join(page.script_errors[:15])

        page.wait_for_selector("html[data-preview-live]", state="attached")  # the reloaded page listens again
        news.write_text(good.replace("Partners: ", "Partners: nav-tada-partnera, ", 1), encoding="utf-8")
        dialog.wait_for(timeout=15_000)
        found = Axe().run(page, context="#kv-preview-problems", options=WCAG_AA).response["violations"]
        assert not found, f"the dialog passes axe (WCAG 2.1 AA): {found}"  # last: axe itself breaks the CSP
