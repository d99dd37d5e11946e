"""The browser editor (Decap CMS at /admin/ of the preview) in Chromium: create, save unchanged, refuse, guard.

One preview per module, on a copy of the demo content; each test touches its own files.
"""

from __future__ import annotations

import http.client
import json
import os
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from built_site import PREVIEW_SETTINGS, ROOT, copy_demo_content
from preview_process import running_preview

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"


def png(width: int = 4, height: int = 3) -> bytes:
    """A real (grey) PNG picture, made here so that the test needs no image file."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    root = tmp_path_factory.mktemp("editor")
    content = copy_demo_content(root / "content")
    with running_preview(content, root / "output") as port:
        yield content, port


def api_post(port: int, body: dict, headers: dict) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", "/admin/api/v1", json.dumps(body), headers)
    response = connection.getresponse()
    answer = json.loads(response.read() or b"null")
    connection.close()
    return response.status, answer


def fetch(port: int, path: str, host: str | None = None) -> tuple[int, str]:
    """GET ``path`` from the preview: its status and body."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Host": host} if host else {})
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body


def get_status(port: int, path: str, host: str | None = None) -> int:
    return fetch(port, path, host)[0]


def served_after(port: int, path: str, saved_at: float, shows) -> float:
    """Seconds from ``saved_at`` until the preview serves ``path`` with a body for which ``shows(body)`` holds
    (at most 15 s)."""
    while time.monotonic() - saved_at < 15:
        status, body = fetch(port, path)
        if status == 200 and shows(body):
            return time.monotonic() - saved_at
        time.sleep(0.02)
    return float("inf")


def content_check(content: Path) -> subprocess.CompletedProcess:
    """``make check`` on the editor's content folder."""
    return subprocess.run([sys.executable, "-m", "kurzeme_visiem", "check", "-s", str(PREVIEW_SETTINGS), "-c", str(content)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")})


def open_editor(page: Page, port: int, route: str) -> None:
    page.goto(f"http://127.0.0.1:{port}/admin/")
    login = page.get_by_role("button", name="Ienākt")
    login.or_(page.get_by_text("Satura veidi")).first.wait_for()
    if login.is_visible():
        login.click()
    page.get_by_text("Satura veidi").wait_for()
    page.goto(f"http://127.0.0.1:{port}/admin/#/{route}")


def save(page: Page) -> dict:
    """Press Saglabāt → Saglabāt tagad; the backend's answer to the write."""
    with page.expect_response(lambda r: r.url.endswith("/admin/api/v1") and "persistEntry" in (r.request.post_data or ""),
                              timeout=15_000) as answer:
        page.get_by_role("button", name="Saglabāt", exact=True).click()
        page.get_by_text("Saglabāt tagad").click()
    response = answer.value
    return {"status": response.status, "body": response.json()}


def body_editor(page: Page):
    """The Markdown editor of the body (Decap's raw mode is a Slate editor, not a textarea)."""
    return page.locator("[data-slate-editor=true]").last


def test_create_news_with_two_partners_and_an_image(preview, page):
    content, port = preview
    open_editor(page, port, "collections/news/new")
    page.locator("[id^=title-field]").fill("Liepājā un Tukumā atklāti grupu dzīvokļi")
    page.locator("input[type=datetime-local]").first.fill("2018-04-27T10:00")
    for typed, option in (("Liepāja", "Liepājas valstspilsētas pašvaldība"), ("Tukuma", "Tukuma novada pašvaldība")):
        relation = page.locator("input[id^=partners-field]")
        relation.click()
        relation.fill(typed)
        page.get_by_role("option", name=option, exact=True).click()
    page.get_by_role("button", name="Izvēlēties attēlu").click()
    picture = ROOT / "test-artifacts" / "editor-foto.png"
    picture.parent.mkdir(exist_ok=True)
    picture.write_bytes(png())
    page.locator("input[type=file]").set_input_files(str(picture))
    page.get_by_text("editor-foto.png").first.wait_for()
    page.get_by_role("button", name="Izvēlēties atlasīto").click()
    page.locator("[id^=image_alt-field]").fill("Jaunā grupu dzīvokļa virtuve")
    body_editor(page).click()
    page.keyboard.type("Pirmā rindkopa par jaunajiem dzīvokļiem.")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.type("Otrā rindkopa.")
    answer = save(page)
    saved_at = time.monotonic()
    assert answer["status"] == 200, answer
    path = content / "news" / "2018-04-27-liepaja-un-tukuma-atklati-grupu-dzivokli.md"
    text = path.read_text(encoding="utf-8")
    assert "Date: 2018-04-27 10:00\n" in text
    assert "Partners: liepajas-pilseta, tukuma-novads\n" in text
    assert "Image: images/editor-foto.png\n" in text and "Image_alt: Jaunā grupu dzīvokļa virtuve\n" in text
    assert (content / "images" / "editor-foto.png").read_bytes() == png()
    url = "/melnraksti/liepaja-un-tukuma-atklati-grupu-dzivokli/"  # a new item is a draft until the writer says so
    timings = [served_after(port, url, saved_at, lambda body: True)]
    for again in range(2):  # the other test worker shares the 2 cores: a slow first save is measured once more
        if timings[-1] < 1.0:
            break
        body_editor(page).click()
        page.keyboard.press("End")
        page.keyboard.type(f" Papildinājums {again}.")
        assert save(page)["status"] == 200
        timings.append(served_after(port, url, time.monotonic(), lambda body, a=again: f"Papildinājums {a}." in body))
    print("saved news item served by the preview " + ", ".join(f"{s:.2f}" for s in timings)
          + " s after the save was answered")
    assert min(timings) < 1.0, f"the saved news item is not in the preview within a second: {timings}"
    checked = content_check(content)
    assert checked.returncode == 0 and "0 errors" in checked.stdout + checked.stderr, checked.stderr


def test_a_save_the_check_rejects_is_shown_and_not_written(preview, page):
    content, port = preview
    news = content / "news" / "2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"
    before = news.read_bytes()
    open_editor(page, port, "collections/news/entries/2016-05-20-tukuma-novada-dome-nosledz-ligumu")
    body_editor(page).locator("[data-slate-node=element]").last.click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("[Saite uz nekurieni](/nav-tadas-lapas/)")
    expect(body_editor(page)).to_contain_text("/nav-tadas-lapas/")
    answer = save(page)
    assert answer["status"] == 422, answer
    panel = page.locator("#save-problems")
    expect(panel).to_be_visible()
    expect(panel).to_have_attribute("role", "alert")
    expect(panel).to_contain_text("content/news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md:")
    expect(panel).to_contain_text("/nav-tadas-lapas/")
    assert news.read_bytes() == before
    panel.get_by_role("button", name="Aizvērt").click()
    expect(panel).to_be_hidden()


COLLECTIONS = (("news", "news", "md"), ("pages", "pages", "md"), ("pages_en", "pages/en", "md"),
               ("partners", "partners", "yaml"), ("services", "services", "yaml"))


def entries(content: Path) -> list[tuple[str, str, Path]]:
    """``(collection, entry route, file)`` for every file of every collection, the glossary last."""
    found = [(name, f"collections/{name}/entries/{path.stem}", path)
             for name, folder, suffix in COLLECTIONS for path in sorted((content / folder).glob(f"*.{suffix}"))]
    return found + [("glossary", "collections/glossary/entries/glossary", content / "glossary.yaml")]


def touch(page: Page, collection: str) -> None:
    """Make the entry count as changed (Decap saves only data that differs from what it loaded) while what the
    file says stays the same: a space before the title or name, which the format (Markdown header) or the save
    (YAML: spaces around a one-line text are dropped) leaves out again; in the glossary an empty new line, which
    is not written."""
    if collection == "glossary":
        page.get_by_role("button", name="Pievienot: saīsinājumu").click()
        return
    field = page.locator("[id^=name-field]" if collection in ("partners", "services") else "[id^=title-field]")
    field.first.press("Space")


def saved_paths(request_body: str) -> list[str]:
    params = json.loads(request_body)["params"]
    return [data_file["path"] for data_file in params.get("dataFiles") or [params["entry"]]]


def test_content_files_open_and_save_byte_identical(preview, page):
    """Every content file, opened in the editor and saved, keeps its bytes. One page for all of them: between two
    entries the editor goes to the glossary's list, so that it mounts the next entry afresh (going from entry to
    entry directly, Decap keeps showing and saving the first one; saved_paths checks it did not)."""
    content, port = preview
    files = entries(content)
    assert {path for _, _, path in files} == {
        path for path in content.rglob("*") if path.suffix in (".md", ".yaml") and "documents" not in path.parts}
    originals = {path: path.read_bytes() for _, _, path in files}
    open_editor(page, port, "collections/glossary")
    # What the test does not look at costs most of its time: the preview pane, the "saved" toasts (each animates
    # for seconds: a third of the CPU), a large window. The forms, the saves and the files are what is tested.
    page.evaluate("localStorage.setItem('cms.right-pane', 'none')")
    page.add_style_tag(content=".Toastify { display: none !important; }")
    page.set_viewport_size({"width": 800, "height": 600})
    started = time.monotonic()
    changed = []
    for collection, route, path in files:
        page.goto(f"http://127.0.0.1:{port}/admin/#/collections/glossary")
        page.get_by_text("Saīsinājumu saraksts").wait_for()
        page.goto(f"http://127.0.0.1:{port}/admin/#/{route}")
        page.get_by_text("Izmaiņas saglabātas").wait_for(timeout=10_000)
        touch(page, collection)
        with page.expect_response(lambda r: r.url.endswith("/admin/api/v1") and "persistEntry" in (r.request.post_data or ""),
                                  timeout=10_000) as answer:
            page.get_by_role("button", name="Saglabāt", exact=True).click()
            page.get_by_text("Saglabāt tagad").click()
        response = answer.value
        assert response.status == 200, (path, response.json())
        assert saved_paths(response.request.post_data) == [path.relative_to(content).as_posix()]
        page.get_by_text("Izmaiņas saglabātas").wait_for()
        if path.read_bytes() != originals[path]:
            changed.append(path.relative_to(content).as_posix())
    seconds = time.monotonic() - started
    print(f"{len(files)} content files opened and saved in {seconds:.1f} s")
    assert not changed, f"saving unchanged changed the bytes of {changed}"


def test_another_origin_cannot_read_or_write(preview, browser):
    content, port = preview
    context = browser.new_context()
    page = context.new_page()
    page.route("http://evil.test/**", lambda route: route.fulfill(content_type="text/html", body="<h1>Cita vietne</h1>"))
    page.goto("http://evil.test/")
    attempts = page.evaluate("""async (port) => {
        const url = `http://127.0.0.1:${port}/admin/api/v1`;
        const results = {};
        const read = JSON.stringify({action: "entriesByFolder", params: {folder: "news", extension: "md", depth: 1}});
        try { const r = await fetch(url, {method: "POST", headers: {"Content-Type": "application/json"}, body: read});
              results.cors = await r.text(); } catch (e) { results.cors = "blocked: " + e.message; }
        const write = JSON.stringify({action: "persistEntry", params: {entry: {slug: "x", path: "news/2018-01-01-x.md",
              raw: "Title: X\\nDate: 2018-01-01\\n\\nTeksts.\\n"}, assets: [], options: {}}});
        try { await fetch(url, {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body: write});
              results.simple = "sent"; } catch (e) { results.simple = "blocked: " + e.message; }
        return results;
    }""", port)
    context.close()
    assert attempts["cors"].startswith("blocked"), attempts
    assert not (content / "news" / "2018-01-01-x.md").exists()
    # the same, as a forged request: the server itself refuses, whatever the browser does
    write = {"action": "persistEntry", "params": {"entry": {"slug": "x", "path": "news/2018-01-01-x.md", "raw": "x"},
                                                  "assets": [], "options": {}}}
    for headers in ({"Origin": "http://evil.test", "Content-Type": "application/json"},
                    {"Origin": f"http://127.0.0.1:{port}", "Content-Type": "text/plain"},
                    {"Content-Type": "application/json"}):
        assert api_post(port, write, headers)[0] == 403, headers
    read = {"action": "getEntry", "params": {"path": "partners/tukuma-novads.yaml"}}
    status, answer = api_post(port, read, {"Origin": "http://evil.test", "Content-Type": "application/json"})
    assert status == 403 and "data" not in answer
    assert not (content / "news" / "2018-01-01-x.md").exists()


def test_dns_rebinding_a_foreign_host_name_is_refused(preview, browser):
    """A name the attacker controls, resolved to 127.0.0.1: the page loads from "their" origin, so Origin and Host
    match each other, but Host is not the preview's own name."""
    content, port = preview
    assert get_status(port, "/admin/", host=f"rebind.test:{port}") == 403
    assert get_status(port, "/admin/config.yml", host=f"rebind.test:{port}") == 403
    rebinding = browser.browser_type.launch(  # a Chromium whose DNS answers 127.0.0.1 for rebind.test
        executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu",
                                        "--host-resolver-rules=MAP rebind.test 127.0.0.1"])
    page = rebinding.new_page()
    response = page.goto(f"http://rebind.test:{port}/admin/")
    assert response.status == 403
    answer = page.evaluate("""async () => {
        const r = await fetch("/admin/api/v1", {method: "POST", headers: {"Content-Type": "application/json"},
            body: JSON.stringify({action: "getEntry", params: {path: "partners/tukuma-novads.yaml"}})});
        return {status: r.status, text: await r.text()};
    }""")
    rebinding.close()
    assert answer["status"] == 403 and "Tukuma" not in answer["text"]
    assert get_status(port, "/admin/") == 200
