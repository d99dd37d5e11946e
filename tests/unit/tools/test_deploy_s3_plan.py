"""deploy_s3 without a server: which files go, with which headers, in which order; which targets are refused."""

import pytest

from kurzeme_visiem.tools.deploy_s3 import Location, parse_location, plan_uploads, published
from kurzeme_visiem.tools.deploy_target import DeployRefused
from kurzeme_visiem.tools.nginx_conf import find_nginx_file, site_rules


@pytest.mark.parametrize("target, location", [
    ("s3://b/kurzemevisiem", Location("b", "kurzemevisiem/")),
    ("s3://b//a/./kurzemevisiem/", Location("b", "a/kurzemevisiem/")),
    ("s3://b", Location("b", "")),
])
def test_locations_are_normalised(target, location):
    assert parse_location(target) == location


@pytest.mark.parametrize("target", ["s3://", "s3:///x", "s3://b/../kurzemevisiem", "s3://b/a\nb", "s3://b/a\\b"])
def test_bad_locations_are_refused(target):
    with pytest.raises(DeployRefused):
        parse_location(target)


@pytest.mark.parametrize("relative, expected", [
    ("index.html", True), (".git/config", False), ("images/.gitkeep", False), (".well-known/security.txt", True),
    (".well-known/.secret", False), ("theme/.site.css.swp", False),
])
def test_dot_files_stay_behind_except_well_known(relative, expected):
    assert published(relative) is expected


def test_variants_get_the_plain_files_type_and_an_encoding_and_pages_come_last(tmp_path):
    for name in ("index.html", "index.html.gz", "index.html.br", "theme/css/site.0123456789.css", "archive.gz"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    uploads = {u.relative: u for u in plan_uploads(tmp_path, site_rules(find_nginx_file("site.conf")))}
    assert uploads["index.html.gz"].content_type == "text/html; charset=utf-8"
    assert uploads["index.html.gz"].content_encoding == "gzip" and uploads["index.html.br"].content_encoding == "br"
    assert uploads["index.html"].content_encoding is None and uploads["archive.gz"].content_encoding is None
    assert "immutable" in uploads["theme/css/site.0123456789.css"].cache_control
    order = [u.relative for u in plan_uploads(tmp_path, site_rules(find_nginx_file("site.conf")))]
    assert order.index("theme/css/site.0123456789.css") < order.index("index.html")
