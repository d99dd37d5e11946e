"""Browser fixtures: the demo site published once per session (per pytest-xdist worker), deployed as ``make deploy``
copies it and served on 127.0.0.1 by the project's nginx configuration, loaded in Debian's Chromium.

Playwright drives the system Chromium (``/usr/bin/chromium``); no browser is downloaded. A missing browser is a
test failure, never a skip: CI installs it (``.ci/run``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from built_site import BuiltSite, copy_demo_content  # tests/e2e (pytest.ini pythonpath)
from deployed_site import deployed_nginx
from nginx_server import NginxMissing, NginxServer
from preview_process import free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


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
def deployed_demo(tmp_path_factory) -> NginxServer:
    """The demo content's public build for a free local port, copied with ``make deploy``'s rsync options to
    ``kurzemevisiem/`` and served there by nginx with ``deploy/nginx/``: one build shared by the browser tests that only
    read the site (tests that change content build their own copy)."""
    root = tmp_path_factory.mktemp("deployed")
    server = deployed_nginx(copy_demo_content(root / "content"), root, free_port())
    try:
        server.start()
    except NginxMissing as error:
        pytest.fail(f"{error}: install it (.ci/run does)")  # a configuration nginx rejects fails too (NginxFailed)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def served_site(deployed_demo: NginxServer) -> ServedSite:
    """The shared public build as the tests read it: its build output (``output/``, beside the deployed copy) and the
    nginx address that serves it."""
    return ServedSite(deployed_demo.root.parent / "output", deployed_demo.base_url)


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
