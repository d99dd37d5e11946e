"""The public build as it is hosted: ``make publish``, ``make deploy`` to a folder, Debian's nginx with
``deploy/nginx/site.conf``, and Chromium searching it. Without nginx or Chromium these tests fail."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from nginx_server import NginxServer

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def served(deployed_demo: NginxServer) -> NginxServer:
    """The demo site's public build, deployed to a folder and served by nginx (tests/browser/conftest.py)."""
    return deployed_demo


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def sitemap_urls(server: NginxServer) -> list[str]:
    status, _, body = fetch(server.base_url + "/sitemap.xml")
    assert status == 200
    return [loc.text for loc in ET.fromstring(body).iter(f"{SITEMAP}loc")]


def test_every_sitemap_url_answers_200_from_nginx(served: NginxServer):
    urls = sitemap_urls(served)
    assert len(urls) > 50
    assert f"{served.base_url}/meklet/" in urls and f"{served.base_url}/partneri/tukuma-novads/" in urls
    for url in urls:
        assert urlsplit(url).netloc == f"127.0.0.1:{served.port}", url
        status, headers, _ = fetch(url)
        assert status == 200, url
        assert headers["content-type"].startswith("text/html"), url


def test_feeds_robots_and_search_bundle_are_served(served: NginxServer):
    status, headers, body = fetch(served.base_url + "/feeds/jaunumi.atom.xml")
    assert status == 200 and headers["content-type"].startswith("application/atom+xml")
    assert ET.fromstring(body).tag == "{http://www.w3.org/2005/Atom}feed"
    status, _, body = fetch(served.base_url + "/robots.txt")
    assert status == 200 and f"Sitemap: {served.base_url}/sitemap.xml" in body.decode()
    assert fetch(served.base_url + "/pagefind/pagefind-ui.js")[0] == 200


def test_unknown_url_answers_404_with_the_sites_own_page(served: NginxServer):
    status, headers, body = fetch(served.base_url + "/nav-tadas-lapas/")
    assert status == 404
    text = body.decode("utf-8")
    assert "Lapa nav atrasta" in text and "site-header" in text
    assert "Content-Security-Policy" in {k.title() for k in headers} or "content-security-policy" in headers


@pytest.mark.parametrize("path", ["/", "/partneri/", "/nav-tadas-lapas/", "/sitemap.xml"])
def test_security_headers_on_every_kind_of_response(served: NginxServer, path):
    _, headers, _ = fetch(served.base_url + path)
    csp = headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "default-src 'self'" in csp and "script-src 'self'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["permissions-policy"]


def test_fingerprinted_assets_are_cached_for_a_year_and_html_briefly(served: NginxServer):
    _, headers, body = fetch(served.base_url + "/")
    assert "max-age=300" in headers["cache-control"]
    css = next(p for p in (served.root / "theme" / "css").iterdir() if p.suffix == ".css")
    _, css_headers, _ = fetch(f"{served.base_url}/theme/css/{css.name}")
    assert "max-age=31536000" in css_headers["cache-control"] and "immutable" in css_headers["cache-control"]
    assert css.name.encode() in body


def test_gzip_request_gets_the_precompressed_file(served: NginxServer):
    page = served.root / "partneri" / "index.html"
    status, headers, body = fetch(served.base_url + "/partneri/", {"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("content-encoding") == "gzip"
    assert body == (served.root / "partneri" / "index.html.gz").read_bytes(), "not the .gz file from the build"
    assert gzip.decompress(body) == page.read_bytes()
    _, plain_headers, plain = fetch(served.base_url + "/partneri/")
    assert "content-encoding" not in plain_headers and plain == page.read_bytes()


def open_page(browser, url: str):
    page = browser.new_page()
    messages: list[str] = []
    outside: list[str] = []
    page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: messages.append(f"pageerror: {error}"))
    page.on("response", lambda response: messages.append(f"error: {response.status} {response.url}")
            if response.status >= 400 and "nav-tadas-lapas" not in response.url else None)
    page.on("request", lambda request: outside.append(request.url)
            if urlsplit(request.url).netloc != urlsplit(url).netloc and not request.url.startswith("data:") else None)
    page.goto(url)
    return page, messages, outside


@pytest.mark.browser
@pytest.mark.parametrize("query, expected", [
    ("grupu dzīvoklis", "/pakalpojumi/grupu-dzivoklis/"),
    ("grupu dzivoklis", "/pakalpojumi/grupu-dzivoklis/"),  # without diacritics
    ("Tukuma", "/partneri/tukuma-novads/"),
])
def test_search_page_finds_latvian_text_under_the_csp(served: NginxServer, browser, query, expected):
    page, messages, outside = open_page(browser, served.base_url + "/meklet/")
    page.locator("#meklesana input").wait_for()
    page.fill("#meklesana input", query)
    result_links = page.locator(".search-result__link")
    result_links.first.wait_for(timeout=15000)
    hrefs = [result_links.nth(i).get_attribute("href") for i in range(result_links.count())]
    assert any(href.rstrip("/").endswith(expected.rstrip("/")) for href in hrefs), hrefs
    assert "vaicājumam" in page.locator(".search__status").inner_text(), "the count in Latvian"
    assert page.locator("#meklesana input").get_attribute("placeholder").startswith("Meklēt")
    assert not [m for m in messages if "Content Security Policy" in m or "Content-Security-Policy" in m], messages
    assert not [m for m in messages if m.startswith(("error", "pageerror"))], messages
    assert not outside, outside
    page.close()


@pytest.mark.browser
def test_query_in_the_address_searches_at_once(served: NginxServer, browser):
    page, messages, _ = open_page(browser, served.base_url + "/meklet/?q=socialais+mentors")
    page.locator(".search-result__link").first.wait_for(timeout=15000)
    assert page.locator("#meklesana input").input_value() == "socialais mentors"


@pytest.mark.browser
def test_a_search_without_results_says_so_in_latvian(served: NginxServer, browser):
    page, _, _ = open_page(browser, served.base_url + "/meklet/?q=zzzxqw")
    page.get_by_text("Nekas netika atrasts vaicājumam").wait_for(timeout=15000)
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/", "/partneri/tukuma-novads/", "/nav-tadas-lapas/"])
def test_pages_load_styles_without_csp_violations(served: NginxServer, browser, path):
    page, messages, outside = open_page(browser, served.base_url + path)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).display") != "inline"
    assert not [m for m in messages if "Content Security Policy" in m or "Content-Security-Policy" in m], messages
    assert not outside, outside
    page.close()
