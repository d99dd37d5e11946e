import pytest

from kurzeme_visiem.tools.deploy import DeployRefused, check_public_build, check_target, deploy, rsync_command


@pytest.fixture
def public_build(tmp_path):
    output = tmp_path / "output"
    for name in ("index.html", "404.html", "sitemap.xml", "robots.txt", "pagefind/pagefind-ui.js"):
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_text("x", encoding="utf-8")
    return output


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
