"""Old WordPress addresses served by the real nginx with deploy/nginx/: a 301 to the new page for pretty
permalinks, their slash-less form, /?p=, /index.php?p= and /?page_id=; the map file itself is not served."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

from built_site import PUBLISH_SETTINGS, copy_as_deployed, run_build
from nginx_server import NginxMissing, NginxServer
from preview_process import free_port
from wordpress_site import import_fixture


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url: str) -> tuple[int, dict, bytes]:
    try:
        with OPENER.open(url, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> NginxServer:
    root = tmp_path_factory.mktemp("wordpress-nginx")
    port = free_port()
    content, imported = import_fixture(root)
    assert imported.returncode == 0, imported.stderr
    built = run_build(content, root / "output", settings=PUBLISH_SETTINGS, env={"SITEURL": f"http://127.0.0.1:{port}"})
    assert built.returncode == 0, built.stderr
    deployed = copy_as_deployed(root / "output", root / "site")
    assert deployed.returncode == 0, deployed.stderr
    (root / "nginx").mkdir()
    server = NginxServer(root=root / "site", prefix=root / "nginx", port=port)
    try:
        server.start()
    except NginxMissing as error:
        pytest.fail(f"{error}: install it (.ci/run does)")
    yield server
    server.stop()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/2016/05/20/tukuma-novada-atklats-grupu-dzivoklis/", "/jaunumi/tukuma-novada-atklats-grupu-dzivoklis/"),
        ("/2016/05/20/tukuma-novada-atklats-grupu-dzivoklis", "/jaunumi/tukuma-novada-atklats-grupu-dzivoklis/"),
        ("/2016/06/02/" + quote("seminari-kurzeme-visiem-talsu-novadā") + "/", "/jaunumi/seminari-kurzeme-visiem-talsu-novada-kuldiga/"),
        ("/2016/06/02/seminari-kurzeme-visiem-talsu-novad%c4%81/", "/jaunumi/seminari-kurzeme-visiem-talsu-novada-kuldiga/"),
        ("/?p=100", "/jaunumi/tukuma-novada-atklats-grupu-dzivoklis/"),
        ("/?p=101&utm_source=lsm", "/jaunumi/seminari-kurzeme-visiem-talsu-novada-kuldiga/"),
        ("/index.php?p=106", "/jaunumi/sodien-talsu-novada-dome-parakstija-sadarbibas-ligumu-ar/"),
        ("/?page_id=201", "/projekts-komanda/"),
        ("/projekts/komanda/kontaktpersonas/", "/projekts-komanda-kontaktpersonas/"),
    ],
)
def test_old_address_answers_301_to_the_new_page(served: NginxServer, old, new):
    status, headers, _ = get(served.base_url + old)
    assert status == 301, old
    assert headers["location"].endswith(new) and headers["location"].startswith("http://"), headers["location"]
    assert get(headers["location"])[0] == 200


@pytest.mark.parametrize("path", ["/?p=999", "/?page_id=100", "/jaunumi/?p=100x", "/kontakti/"])
def test_other_addresses_are_not_redirected(served: NginxServer, path):
    status, _, _ = get(served.base_url + path)
    assert status in (200, 404) and status != 301, path


def test_the_redirect_page_without_nginx_and_the_map_is_not_served(served: NginxServer):
    page = (served.root / "2016/05/20/tukuma-novada-atklats-grupu-dzivoklis/index.html").read_text(encoding="utf-8")
    assert 'http-equiv=refresh' in page and "/jaunumi/tukuma-novada-atklats-grupu-dzivoklis/" in page
    assert get(served.base_url + "/redirects.map")[0] == 404


def test_imported_pages_and_redirect_pages_are_valid_html(served: NginxServer):
    from test_html_validity import describe, run_vnu  # tests/browser is on the path (pytest.ini)

    pages = [served.root / "2016/05/20/tukuma-novada-atklats-grupu-dzivoklis/index.html",
             served.root / "jaunumi/tukuma-novada-atklats-grupu-dzivoklis/index.html",
             served.root / "jaunumi/seminari-kurzeme-visiem-talsu-novada-kuldiga/index.html",
             served.root / "projekts-komanda-kontaktpersonas/index.html"]
    errors = [m for m in run_vnu(*map(str, pages)) if m["type"] in ("error", "non-document-error")]
    assert not errors, describe(errors)
