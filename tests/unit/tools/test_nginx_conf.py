"""nginx_conf: site.conf read as nginx reads it (longest prefix, then the first matching regex)."""

from kurzeme_visiem.tools.nginx_conf import find_nginx_file, security_headers, site_rules

RULES = site_rules(find_nginx_file("site.conf"))
LONG = "public, max-age=31536000, immutable"
SHORT = "public, max-age=300, must-revalidate"


def test_fingerprinted_files_are_immutable_and_the_rest_revalidated():
    assert RULES.cache_control("/theme/css/site.aeb1c1b134.css") == LONG
    assert RULES.cache_control("/theme/js/search.0123456789.js") == LONG
    assert RULES.cache_control("/pagefind/fragment/lv_1.pf_fragment") == LONG
    assert RULES.cache_control("/pagefind/pagefind-entry.json") == SHORT
    assert RULES.cache_control("/theme/css/site.css") == SHORT
    assert RULES.cache_control("/feeds/jaunumi.atom.xml") == SHORT
    assert RULES.cache_control("/index.html") == SHORT


def test_content_types_follow_the_location_types_and_charset_types():
    assert RULES.content_type("/index.html") == "text/html; charset=utf-8"
    assert RULES.content_type("/feeds/jaunumi.atom.xml") == "application/atom+xml; charset=utf-8"
    assert RULES.content_type("/sitemap.xml") == "text/xml"
    assert RULES.content_type("/theme/css/site.css") == "text/css; charset=utf-8"
    assert RULES.content_type("/images/a.JPG") == "image/jpeg"
    assert RULES.content_type("/pagefind/wasm.unknown.pagefind") == "application/octet-stream"


def test_dot_files_have_no_cache_rule_they_are_404():
    assert RULES.location("/.git/config").cache_control is None
    assert RULES.location("/.well-known/security.txt").cache_control == SHORT


def test_security_headers_are_every_add_header_of_the_nginx_include():
    conf = find_nginx_file("security-headers.conf")
    headers = security_headers(conf)
    lines = [line for line in conf.read_text(encoding="utf-8").splitlines() if line.startswith("add_header")]
    assert len(headers) == len(lines) >= 5
    assert headers["X-Frame-Options"] == "DENY" and "object-src 'none'" in headers["Content-Security-Policy"]
