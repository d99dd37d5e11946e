"""make deploy: the target guard (normalised, allow-listed, refused before any connection), rsync without dot-files."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kurzeme_visiem.content.messages import message
from kurzeme_visiem.tools.deploy import DeployRefused, check_public_build, check_target, deploy
MARKER = ".kurzemevisiem-deploy"  # deploy_target.MARKER, spelled out: a rename must be deliberate

ROOT = Path(__file__).resolve().parents[3]
FAKE = """#!{python}
import json, os, sys
with open(os.environ["FAKE_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps([os.path.basename(sys.argv[0]), *sys.argv[1:]]) + "\\n")
sys.exit(23 if "--list-only" in sys.argv else 0)
"""


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


@pytest.fixture
def fake_remote(tmp_path):
    """``ssh`` and ``rsync`` on PATH that only record how they were called (and find no marker on the server)."""
    bin_folder = tmp_path / "fake-bin"
    bin_folder.mkdir()
    for name in ("ssh", "rsync"):
        script = bin_folder / name
        script.write_text(FAKE.format(python=sys.executable), encoding="utf-8")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    log = tmp_path / "calls.jsonl"
    env = {**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}", "FAKE_LOG": str(log),
           "PYTHONPATH": str(ROOT / "plugins")}

    def run(output: Path, target: str) -> tuple[subprocess.CompletedProcess, list[list[str]]]:
        result = subprocess.run([sys.executable, "-m", "kurzeme_visiem", "deploy", "-o", str(output), "--target", target],
                                env=env, capture_output=True, text=True, timeout=60)
        calls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
        log.unlink(missing_ok=True)
        return result, calls

    return run


REFUSED_REMOTE = [
    "web:", "web:/", "web:~", "web:~/", "web:~/.", "web:~/./", "web:.", "web:/./", "web://", "web:/var/www/..",
    "web:/var/www/kurzemevisiem/..", "web:~/../kurzemevisiem", "web:/home", "web:/home/deploy", "web:/home/deploy/",
    "web:/root", "web:~deploy", "web:~deploy/.", "web:/var", "web:/var/www", "web:/var//www/", "web:/etc",
    "web:/etc/kurzemevisiem", "web:/usr/lib/kurzemevisiem", "web:/Users/anna", "deploy@web:/srv", "web:/tmp",
    "web:/home/deploy/x/../", "web:~/kurzeme\nvisiem",
]


@pytest.mark.parametrize("target", REFUSED_REMOTE)
def test_dangerous_remote_targets_are_refused_before_any_connection(public_build, fake_remote, target):
    result, calls = fake_remote(public_build, target)
    assert result.returncode == 2, result.stdout
    assert calls == []  # neither ssh nor rsync was started
    assert result.stderr.startswith(message("deploy.refused", reason="")) and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("target, destination", [
    ("deploy@web:/var/www/kurzemevisiem", "deploy@web:/var/www/kurzemevisiem/"),
    ("web:/var/www/./kurzemevisiem//", "web:/var/www/kurzemevisiem/"),
    ("web:~/www/kurzemevisiem", "web:www/kurzemevisiem/"),
    ("web:kurzemevisiem", "web:kurzemevisiem/"),
    ("web:/srv/test-kurzemevisiem", "web:/srv/test-kurzemevisiem/"),
])
def test_allow_listed_remote_targets_get_one_rsync_without_dot_files(public_build, fake_remote, target, destination):
    result, calls = fake_remote(public_build, target)
    assert result.returncode == 0, result.stderr
    assert len(calls) == 1 and calls[0][0] == "rsync"
    assert calls[0][-1] == destination and calls[0][-3] == f"{public_build}/"
    assert "--delete" in calls[0] and "--exclude=.*" in calls[0]
    assert calls[0].index("--include=/.well-known/") < calls[0].index("--exclude=.*")


def test_a_remote_folder_with_another_name_needs_the_marker_of_an_earlier_deploy(public_build, fake_remote):
    result, calls = fake_remote(public_build, "deploy@web:/var/www/kv")
    assert result.returncode == 2 and "kurzemevisiem" in result.stderr and MARKER in result.stderr
    assert [call[:2] for call in calls] == [["rsync", "--list-only"]]  # asked for the marker, copied nothing
    assert calls[0][-1] == f"deploy@web:/var/www/kv/{MARKER}"


@pytest.mark.parametrize("target", ["", "  ", "/", "//", "/./", "~", "~/", "~/.", ".", "/home", "/root", "/var/www",
                                    "/etc/kurzemevisiem", "/usr", "/tmp"])
def test_root_home_system_and_empty_local_targets_are_refused(public_build, target):
    with pytest.raises(DeployRefused):
        check_target(target, public_build)


def test_the_output_folder_its_parents_and_its_subfolders_are_refused(public_build):
    for target in (public_build, public_build.parent, public_build / "sub", public_build / "kurzemevisiem",
                   public_build / ".." / "output" / "kurzemevisiem", public_build / "sub" / ".."):
        with pytest.raises(DeployRefused):
            check_target(str(target), public_build)


def test_a_symlink_to_the_output_folder_is_refused(public_build, tmp_path, latvian):
    (tmp_path / "kurzemevisiem").symlink_to(public_build)
    with pytest.raises(DeployRefused, match="izvades"):
        check_target(str(tmp_path / "kurzemevisiem"), public_build)


def test_a_file_as_target_is_refused(public_build, tmp_path, latvian):
    (tmp_path / "kurzemevisiem").write_text("x", encoding="utf-8")
    with pytest.raises(DeployRefused, match="fails"):
        check_target(str(tmp_path / "kurzemevisiem"), public_build)


def test_a_local_folder_with_another_name_needs_the_marker(public_build, tmp_path):
    other = tmp_path / "www"
    other.mkdir()
    (other / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(DeployRefused, match=MARKER):
        deploy(public_build, str(other))
    assert (other / "mine.txt").is_file()
    (other / MARKER).write_text("", encoding="utf-8")
    assert deploy(public_build, str(other)).returncode == 0


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
        deploy(public_build, str(tmp_path / "kurzemevisiem"), dry_run=True)
    assert not (tmp_path / "kurzemevisiem").exists()


def test_a_build_without_an_address_is_refused(public_build):
    (public_build / "sitemap.xml").write_text("<urlset></urlset>", encoding="utf-8")
    with pytest.raises(DeployRefused, match="no address"):
        check_public_build(public_build)


@pytest.mark.parametrize("address", ["https://kurzemevisiem.lv/", "https://www.kurzemevisiem.lv/jaunumi/"])
def test_a_build_for_a_real_https_host_is_accepted(public_build, address):
    (public_build / "sitemap.xml").write_text(sitemap(address), encoding="utf-8")
    check_public_build(public_build)


def test_rsync_deletes_only_inside_the_target_keeps_dot_files_out_and_leaves_the_marker(public_build, tmp_path):
    target = tmp_path / "kurzemevisiem"
    assert deploy(public_build, str(target), dry_run=True).returncode == 0
    assert not target.exists()
    (public_build / ".git").mkdir()
    (public_build / ".git" / "config").write_text("token", encoding="utf-8")
    (public_build / "theme").mkdir()
    (public_build / "theme" / ".site.css.swp").write_text("x", encoding="utf-8")
    (public_build / ".well-known").mkdir()
    (public_build / ".well-known" / "security.txt").write_text("Contact: x", encoding="utf-8")
    target.mkdir()
    (target / "stale.html").write_text("old", encoding="utf-8")
    (target / ".htpasswd").write_text("server's own", encoding="utf-8")
    (tmp_path / "beside.txt").write_text("keep", encoding="utf-8")
    assert deploy(public_build, str(target)).returncode == 0
    assert (target / "pagefind/pagefind-ui.js").is_file() and not (target / "stale.html").exists()
    assert not (target / ".git").exists() and not (target / "theme" / ".site.css.swp").exists()
    assert (target / ".well-known" / "security.txt").is_file()
    assert (target / ".htpasswd").read_text(encoding="utf-8") == "server's own"
    assert (target / MARKER).is_file()
    assert (tmp_path / "beside.txt").read_text(encoding="utf-8") == "keep"


def test_a_local_target_under_home_is_expanded(public_build, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert deploy(public_build, "~/kurzemevisiem").returncode == 0
    assert (tmp_path / "home/kurzemevisiem/index.html").is_file()
