"""Browser fixtures: the demo site published once per session, served on 127.0.0.1, loaded in Debian's Chromium.

Playwright drives the system Chromium (``/usr/bin/chromium``); no browser is downloaded. A missing browser is a
test failure, never a skip: CI installs it (``.ci/run``).
"""

from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from built_site import PUBLISH_SETTINGS, BuiltSite, copy_demo_content, run_build  # tests/e2e (pytest.ini pythonpath)
from preview_process import free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        pass


class ServedSite(BuiltSite):
    """A built site and the address it is served at."""

    def __init__(self, output: Path, base_url: str):
        super().__init__(output)
        self.base_url = base_url

    def address(self, url: str) -> str:
        return self.base_url + url

    def page_urls(self) -> list[str]:
        return [self.url_of(path) for path in self.html_files()]


@pytest.fixture(scope="session")
def served_site(tmp_path_factory) -> ServedSite:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    root = tmp_path_factory.mktemp("browser")
    content = copy_demo_content(root / "content")
    result = run_build(content, root / "output", settings=PUBLISH_SETTINGS, env={"SITEURL": base_url})
    assert result.returncode == 0, result.stderr
    handler = functools.partial(QuietHandler, directory=str(root / "output"))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield ServedSite(root / "output", base_url)
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Browser:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: apt-get install -y chromium (.ci/run does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="lv-LV")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("response", lambda response: errors.append(f"{response.status} {response.url}") if response.status >= 400 else None)
    page.script_errors = errors
    yield page
    context.close()
