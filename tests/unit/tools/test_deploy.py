import pytest

from kurzeme_visiem.tools.deploy import DeployRefused, check_public_build, check_target, deploy, rsync_command


@pytest.fixture
def public_build(tmp_path):
    output = tmp_path / "output"
    for name in ("index.html", "404.html", "sitemap.xml", "robots.txt", "pagefind/pagefind-ui.js"):
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_text("x", encoding="utf-8")
    (output / "sitemap.xml").write_text(sitemap("https://kurzemevisiem.lv/"), encoding="utf-8")
    return output


def sitemap(address: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{address}</loc></url></urlset>\n")


@pytest.mark.parametrize("target", ["", "  ", "/", "~", "~/", "user@host:", "user@host:/", "user@host:~", "."])
def test_root_home_and_empty_targets_are_refused(public_build, target):
    with pytest.raises(DeployRefused):
        check_target(target, public_build)


@pytest.mark.parametrize("target", ["deploy@web:/var/www/kv", "web:~/www", "deploy@web.example.lv:site"])
def test_a_sites_own_folder_is_accepted(public_build, target):
    check_target(target, public_build)


def test_the_output_folder_or_its_parent_is_refused(public_build):
    for target in (str(public_build), str(public_build.parent)):
        with pytest.raises(DeployRefused):
            check_target(target, public_build)


def test_a_preview_build_is_refused(tmp_path):
    (tmp_path / "index.html").write_text("x", encoding="utf-8")
    with pytest.raises(DeployRefused, match="make publish"):
        check_public_build(tmp_path)


@pytest.mark.parametrize("address", [
    "http://127.0.0.1:8000/", "https://127.0.0.1/", "https://localhost/", "http://kurzemevisiem.lv/",
    "https://kurzemevisiem.test/", "https://preview.localhost/", "https://[::1]/", "https://intranet/",
])
def test_a_build_not_made_for_the_public_https_address_is_refused(public_build, tmp_path, address):
    (public_build / "sitemap.xml").write_text(sitemap(address), encoding="utf-8")
    with pytest.raises(DeployRefused, match="https address"):
        deploy(public_build, str(tmp_path / "site"), dry_run=True)
    assert not (tmp_path / "site").exists()


def test_a_build_without_an_address_is_refused(public_build):
    (public_build / "sitemap.xml").write_text("<urlset></urlset>", encoding="utf-8")
    with pytest.raises(DeployRefused, match="no address"):
        check_public_build(public_build)


@pytest.mark.parametrize("address", ["https://kurzemevisiem.lv/", "https://www.kurzemevisiem.lv/jaunumi/"])
def test_a_build_for_a_real_https_host_is_accepted(public_build, address):
    (public_build / "sitemap.xml").write_text(sitemap(address), encoding="utf-8")
    check_public_build(public_build)


def test_rsync_deletes_only_inside_the_target_and_dry_run_copies_nothing(public_build, tmp_path):
    command = rsync_command(public_build, "deploy@web:/var/www/kv", dry_run=True)
    assert command[-2:] == [f"{public_build}/", "deploy@web:/var/www/kv/"]
    assert "--delete" in command and "--dry-run" in command
    target = tmp_path / "site"
    assert deploy(public_build, str(target), dry_run=True).returncode == 0
    assert not target.exists()
    (tmp_path / "site").mkdir()
    (target / "stale.html").write_text("old", encoding="utf-8")
    (tmp_path / "beside.txt").write_text("keep", encoding="utf-8")
    assert deploy(public_build, str(target)).returncode == 0
    assert (target / "pagefind/pagefind-ui.js").is_file() and not (target / "stale.html").exists()
    assert (tmp_path / "beside.txt").read_text(encoding="utf-8") == "keep"


def test_a_local_target_under_home_is_expanded(public_build, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert deploy(public_build, "~/www").returncode == 0
    assert (tmp_path / "home/www/index.html").is_file()
