import pytest

from kurzeme_visiem.publish.assets import Renamed, bundle_css, content_hash, fingerprint_theme, rewrite_references
from kurzeme_visiem.publish.errors import PublishStepFailed


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_imports_are_inlined_and_relative_urls_rebased(tmp_path):
    entry = write(tmp_path / "css/site.css", '@import url("components/a.css");\nbody{color:red}\n')
    write(tmp_path / "css/components/a.css", '.a{background:url("../../img/x.svg")} .b{background:url(data:x)}')
    css, parts = bundle_css(entry)
    assert css.startswith(".a{background:url(\"../img/x.svg\")} .b{background:url(data:x)}")
    assert parts == [(tmp_path / "css/components/a.css").resolve()]


@pytest.mark.parametrize("files", [
    {"css/site.css": '@import url("missing.css");'},
    {"css/site.css": '@import url("a.css");', "css/a.css": '@import url("site.css");'},
    {"css/site.css": '@import url("a.css") screen;', "css/a.css": ""},
])
def test_missing_cyclic_or_media_imports_stop_the_publish(tmp_path, files):
    for name, text in files.items():
        write(tmp_path / name, text)
    with pytest.raises(PublishStepFailed):
        bundle_css((tmp_path / "css/site.css").resolve())


def test_theme_files_get_hashed_names_and_pages_point_to_them(tmp_path):
    write(tmp_path / "theme/css/site.css", '@import url("components/a.css");\n')
    write(tmp_path / "theme/css/components/a.css", ".a {  color : red ; }\n")
    write(tmp_path / "theme/js/search.js", "var  x = 1; // note\n")
    page = write(tmp_path / "index.html", '<link href="https://x.lv/theme/css/site.css"><script src="/theme/js/search.js"></script>')
    renamed = fingerprint_theme(tmp_path)
    css_name = f"theme/css/site.{content_hash(b'.a{color:red}')}.css"
    assert Renamed("theme/css/site.css", css_name) in renamed
    assert not (tmp_path / "theme/css/components").exists()
    assert rewrite_references(tmp_path, renamed) == 1
    html = page.read_text(encoding="utf-8")
    assert (tmp_path / css_name).read_text(encoding="utf-8") == ".a{color:red}"
    assert f"https://x.lv/{css_name}\"" in html and "/theme/js/search." in html and "search.js\"" not in html
