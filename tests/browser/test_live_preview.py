"""The live preview in the browser: a saved edit shows up in the open page by itself; broken content shows a
dialog listing the problems on every page until the next good build."""

import time

from built_site import copy_demo_content
from preview_process import running_preview

NEWS = "news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"
NEWS_URL = "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"


def test_the_open_page_reloads_itself_after_an_edit(tmp_path, page):
    content = copy_demo_content(tmp_path / "content")
    with running_preview(content, tmp_path / "output") as port:
        page.goto(f"http://127.0.0.1:{port}{NEWS_URL}")
        page.wait_for_function("() => !!document.querySelector('script[src=\"/_preview/preview.js\"]')")
        page.wait_for_selector("html[data-preview-live]", state="attached")  # the reload socket is open
        assert page.get_by_text("Labots teksts pārlūkā.").count() == 0
        news = content / NEWS
        news.write_text(news.read_text(encoding="utf-8").replace("Vairāk par projekta", "Labots teksts pārlūkā. Vairāk par projekta", 1),
                        encoding="utf-8")
        started = time.monotonic()
        page.get_by_text("Labots teksts pārlūkā.").wait_for(timeout=15_000)
        print(f"edit visible in the browser after {time.monotonic() - started:.2f} s")
        # a second save right after the first is shown too (one reload per rebuild, however quick)
        news.write_text(news.read_text(encoding="utf-8").replace("Labots teksts pārlūkā.", "Vēlreiz labots.", 1), encoding="utf-8")
        page.get_by_text("Vēlreiz labots.").wait_for(timeout=15_000)
