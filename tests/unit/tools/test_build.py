"""The atomic build: real Pelican runs (three in all, on a tiny content folder) and a stand-in Pelican
for the failure paths that need no real build."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

import kurzeme_visiem.tools.build as build_module
from kurzeme_visiem.tools.build import BuildFailed, build

from unit_helpers import ROOT, ContentFolder

SETTINGS = ROOT / "pelicanconf.py"
NEWS_URL = "jaunumi/talsu-novads-nosledz-ligumu-kurzeme-visiem/index.html"


def write_tiny_content(folder: ContentFolder) -> None:
    folder.write("content/partners/talsu-novads.yaml", """\
        name: Talsu novada dome
        short_name: Talsu novads
        type: municipality
        region: kurzeme
        services: [grupu-dzivoklis]
        description: |
          Talsu novads piedalās DI procesā. <script>alert(1)</script>
        """)
    folder.write("content/services/grupu-dzivoklis.yaml", """\
        name: Grupu dzīvoklis
        target_groups: [adults-grt]
        summary: Mājoklis ar atbalstu.
        """)
    folder.write("content/news/ligums.md", """\
        Title: Talsu novads noslēdz līgumu “Kurzeme visiem”
        Date: 2016-04-26
        Partners: talsu-novads
        Services: grupu-dzivoklis
        Tagz: līgumi

        Teksts par DI un vēlreiz DI.
        """)
    folder.write("content/glossary.yaml", "DI: deinstitucionalizācija\n")


def seed_output(output: Path) -> None:
    """An output folder as a deployment leaves it: the old site plus files the site does not own."""
    files = {
        "CNAME": "kurzemevisiem.lv\n",
        ".git/HEAD": "ref: refs/heads/gh-pages\n",
        ".git/refs/heads/gh-pages": "0123456789abcdef\n",
        ".well-known/security.txt": "Contact: mailto:it@example.lv\n",
        "vecs.html": "<p>vecā lapa</p>",
        "jaunumi/vecs/index.html": "<p>vecs jaunums</p>",
    }
    for name, text in files.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_text(text, encoding="utf-8")


def snapshot(folder: Path) -> dict[str, object]:
    """Every file's bytes, mode and modification time, and every folder."""
    state: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        info = path.lstat()
        state[name] = (path.read_bytes(), info.st_mode, info.st_mtime_ns) if path.is_file() else ("dir", info.st_mode)
    return state


def retained(folder: Path) -> dict[str, bytes]:
    names = ["CNAME", ".git/HEAD", ".git/refs/heads/gh-pages", ".well-known/security.txt"]
    return {name: (folder / name).read_bytes() for name in names if (folder / name).is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two real builds into the same output: the first over a deployed folder, the second a rebuild."""
    root = tmp_path_factory.mktemp("site")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        folder = ContentFolder(root)
        write_tiny_content(folder)
        output = root / "output"
        seed_output(output)
        before = retained(output)
        first = build(SETTINGS, Path("output"), {"PATH": str(root / "content")})
        after_first = {"listing": sorted(os.listdir(root)), "retained": retained(output),
                       "news": (output / NEWS_URL).read_text(encoding="utf-8"),
                       "partner": (output / "partneri/talsu-novads/index.html").read_text(encoding="utf-8"),
                       "service": (output / "pakalpojumi/grupu-dzivoklis/index.html").read_text(encoding="utf-8"),
                       "stale": [(output / n).exists() for n in ("vecs.html", "jaunumi/vecs")]}
        # the rebuild: the news item gets another title, so another URL
        news = root / "content/news/ligums.md"
        news.write_text(news.read_text(encoding="utf-8").replace("noslēdz līgumu", "parakstīja līgumu"), encoding="utf-8")
        second = build(SETTINGS, output, {"PATH": str(root / "content")})
        yield {"root": root, "output": output, "before": before, "first": first, "after_first": after_first,
               "second": second, "listing": sorted(os.listdir(root))}


def test_first_build_report(built):
    report = built["first"]
    assert report.output == built["output"].resolve()
    assert report.files == sum(1 for p in built["output"].rglob("*") if p.is_file())
    assert "content/news/ligums.md:5: warning: unknown field 'Tagz'; did you mean 'Tags'?" in report.warnings


def test_contract_urls_are_built(built):
    output = built["output"]
    for name in ["index.html", "404.html", "jaunumi/index.html", "partneri/index.html", "partneri/talsu-novads/index.html",
                 "pakalpojumi/index.html", "pakalpojumi/grupu-dzivoklis/index.html", "pakalpojumi/pasvaldibas/index.html",
                 "feeds/jaunumi.atom.xml"]:
        assert (output / name).is_file(), name


def test_news_page(built):
    html = built["after_first"]["news"]
    assert "<h1>Talsu novads noslēdz līgumu “Kurzeme visiem”</h1>" in html
    assert '<time datetime="2016-04-26T00:00:00+03:00">2016. gada 26. aprīlī</time>' in html
    assert '<p>Teksts par <abbr title="deinstitucionalizācija">DI</abbr> un vēlreiz DI.</p>' in html
    assert '<a href="/partneri/talsu-novads/">Talsu novads</a>' in html


def test_partner_and_service_pages_link_each_other(built):
    partner, service = built["after_first"]["partner"], built["after_first"]["service"]
    assert '<a href="/pakalpojumi/grupu-dzivoklis/">Grupu dzīvoklis</a>' in partner
    assert '<a href="/jaunumi/talsu-novads-nosledz-ligumu-kurzeme-visiem/">' in partner
    assert '<a href="/partneri/talsu-novads/">Talsu novads</a>' in service
    # the description's HTML is shown as text; its first DI is marked
    assert '<abbr title="deinstitucionalizācija">DI</abbr> procesā. &lt;script&gt;alert(1)&lt;/script&gt;' in partner
    assert "<script>alert(1)</script>" not in partner


def test_files_the_site_does_not_own_survive_both_builds(built):
    assert built["before"] == {
        "CNAME": b"kurzemevisiem.lv\n",
        ".git/HEAD": b"ref: refs/heads/gh-pages\n",
        ".git/refs/heads/gh-pages": b"0123456789abcdef\n",
        ".well-known/security.txt": b"Contact: mailto:it@example.lv\n",
    }
    assert built["after_first"]["retained"] == built["before"]
    assert retained(built["output"]) == built["before"]


def test_old_site_files_are_replaced(built):
    assert built["after_first"]["stale"] == [False, False]
    output = built["output"]
    assert not (output / NEWS_URL).exists()
    assert (output / "jaunumi/talsu-novads-parakstija-ligumu-kurzeme-visiem/index.html").is_file()


def test_no_staging_folders_are_left(built):
    assert built["after_first"]["listing"] == ["content", "output"]
    assert built["listing"] == ["content", "output"]


def test_failed_build_reports_every_problem_and_leaves_the_output_as_it_was(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = ContentFolder(tmp_path)
    write_tiny_content(folder)
    folder.write("content/partners/salauzts.yaml", "name: A\n  type: municipality\n")
    folder.write("content/partners/slimnica.yaml", "name: Slimnīca\ntype: hospital\n")
    folder.write("content/news/otrs.md", "Title: Otrs\nDate: 2016-02-30\nPartners: talsu-novad\nImage: foto.jpg\n\nx\n")
    output = tmp_path / "output"
    seed_output(output)
    (output / "index.html").write_text("<p>iepriekšējā versija</p>", encoding="utf-8")
    before = snapshot(output)

    with pytest.raises(BuildFailed) as failed:
        build(SETTINGS, output, {"PATH": str(tmp_path / "content")})

    assert [str(p) for p in failed.value.problems] == [
        "content/news/otrs.md:2: Date: '2016-02-30' is not a real date (day is out of range for month)",
        "content/news/otrs.md:3: unknown partner 'talsu-novad' in Partners: no content/partners/talsu-novad.yaml and no partner of that name; did you mean 'talsu-novads' (Talsu novads)?",
        "content/news/otrs.md:4: Image 'foto.jpg' not found: put the file in content/images/ or fix the name",
        "content/news/otrs.md:4: Image needs 'Image_alt: <what the picture shows>' (text for people who cannot see it)",
        "content/partners/salauzts.yaml:2: YAML does not parse: mapping values are not allowed here; check indentation, colons and quotes",
        "content/partners/slimnica.yaml:2: 'hospital' is not a valid type; use one of: municipality, state-care-centre, care-centre-branch, children-home",
    ]
    assert failed.value.exitcode == 1
    assert snapshot(output) == before
    assert sorted(os.listdir(tmp_path)) == ["content", "output"]


# A stand-in for Pelican: the build's own logic (staging, carry-over, swap) without a real site build.

class FakePelican:
    action = "write"

    def __init__(self, settings):
        self.output = Path(settings["OUTPUT_PATH"])

    def run(self):
        (self.output / "index.html").write_text("<p>jaunā versija</p>", encoding="utf-8")
        if self.action == "crash":
            raise RuntimeError("theme template is broken")
        if self.action == "log-error":
            logging.getLogger("pelican.writers").error("Could not write %s", "partneri/index.html")
        if self.action == "own-cname":
            (self.output / "CNAME").write_text("jauns.example.lv\n", encoding="utf-8")


@pytest.fixture
def fake(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(build_module, "Pelican", FakePelican)
    output = tmp_path / "output"
    seed_output(output)
    return output


def test_a_crash_leaves_the_output_as_it_was(fake, monkeypatch):
    monkeypatch.setattr(FakePelican, "action", "crash")
    before = snapshot(fake)
    with pytest.raises(RuntimeError, match="theme template is broken"):
        build(SETTINGS, fake, {"PATH": str(fake.parent)})
    assert snapshot(fake) == before
    assert os.listdir(fake.parent) == ["output"]


def test_an_error_logged_during_the_build_fails_it(fake, monkeypatch):
    monkeypatch.setattr(FakePelican, "action", "log-error")
    before = snapshot(fake)
    with pytest.raises(BuildFailed) as failed:
        build(SETTINGS, fake, {"PATH": str(fake.parent)})
    assert failed.value.problems == ["Could not write partneri/index.html"]
    assert snapshot(fake) == before
    assert os.listdir(fake.parent) == ["output"]


def test_swap_replaces_the_output_and_carries_retained_files(fake):
    report = build(SETTINGS, fake, {"PATH": str(fake.parent)})
    assert sorted(p.relative_to(fake).as_posix() for p in fake.rglob("*") if p.is_file()) == [
        ".git/HEAD", ".git/refs/heads/gh-pages", ".well-known/security.txt", "CNAME", "index.html",
    ]
    assert (fake / "index.html").read_text(encoding="utf-8") == "<p>jaunā versija</p>"
    assert (fake / "CNAME").read_text(encoding="utf-8") == "kurzemevisiem.lv\n"
    assert report.files == 5
    assert os.listdir(fake.parent) == ["output"]


def test_a_file_the_new_site_writes_itself_is_not_overwritten(fake, monkeypatch):
    monkeypatch.setattr(FakePelican, "action", "own-cname")
    build(SETTINGS, fake, {"PATH": str(fake.parent)})
    assert (fake / "CNAME").read_text(encoding="utf-8") == "jauns.example.lv\n"


def test_first_build_creates_the_output_folder(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(build_module, "Pelican", FakePelican)
    report = build(SETTINGS, tmp_path / "site" / "output", {"PATH": str(tmp_path)})
    assert report.files == 1
    assert os.listdir(tmp_path / "site") == ["output"]


# --- issue 12, item 9: one build at a time, leftovers removed, one-step swap, one line for file-system errors ------

import errno  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

from kurzeme_visiem.tools import output_folder  # noqa: E402


def test_leftover_staging_folders_of_a_killed_build_are_removed(fake):
    for name in (".output-staging-abc123", ".output-old-def456"):
        (fake.parent / name / "theme").mkdir(parents=True)
    build(SETTINGS, fake, {"PATH": str(fake.parent)})
    assert os.listdir(fake.parent) == ["output"]


def test_the_swap_is_one_step_no_instant_without_an_output(fake, monkeypatch):
    seen = []
    original = Path.rename

    def watched_rename(self, target):
        result = original(self, target)
        seen.append(fake.exists() and (fake / "index.html").exists())
        return result

    monkeypatch.setattr(Path, "rename", watched_rename)
    build(SETTINGS, fake, {"PATH": str(fake.parent)})
    assert all(seen), "after some rename there was no complete output/"
    assert (fake / "index.html").read_text(encoding="utf-8") == "<p>jaunā versija</p>"
    assert os.listdir(fake.parent) == ["output"]


def test_the_two_rename_fallback_still_works_where_exchange_is_missing(fake, monkeypatch):
    monkeypatch.setattr(output_folder, "_exchange", lambda first, second: False)
    build(SETTINGS, fake, {"PATH": str(fake.parent)})
    assert (fake / "index.html").read_text(encoding="utf-8") == "<p>jaunā versija</p>"
    assert os.listdir(fake.parent) == ["output"]


def test_a_second_build_waits_for_the_first(fake, monkeypatch):
    spans = []

    class SlowPelican(FakePelican):
        def run(self):
            started = time.monotonic()
            time.sleep(0.4)
            super().run()
            spans.append((started, time.monotonic()))

    monkeypatch.setattr(build_module, "Pelican", SlowPelican)
    errors = []

    def one_build():
        try:
            build(SETTINGS, fake, {"PATH": str(fake.parent)})
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=one_build) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(spans) == 2
    (first, first_end), (second, _) = sorted(spans)
    assert second >= first_end, "the two builds overlapped"
    assert os.listdir(fake.parent) == ["output"]


def test_a_build_that_cannot_get_the_lock_in_time_stops_with_one_line(fake, latvian):
    before = snapshot(fake)
    with output_folder.exclusive(fake, wait=0):
        with pytest.raises(BuildFailed) as failed:
            build(SETTINGS, fake, {"PATH": str(fake.parent)}, lock_wait=0.3)
    assert len(failed.value.problems) == 1 and "cita būvēšana joprojām notiek" in failed.value.problems[0]
    assert snapshot(fake) == before


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "diskā nav vietas"), (errno.EROFS, "tikai lasāma"),
                                         (errno.EBUSY, "aizņemta"), (errno.ENAMETOOLONG, "pārāk garš")])
def test_file_system_errors_are_one_line_and_keep_the_output(fake, monkeypatch, code, words, latvian):
    class FailingPelican(FakePelican):
        def run(self):
            raise OSError(code, os.strerror(code), str(self.output / "jaunumi" / "index.html"))

    monkeypatch.setattr(build_module, "Pelican", FailingPelican)
    before = snapshot(fake)
    with pytest.raises(BuildFailed) as failed:
        build(SETTINGS, fake, {"PATH": str(fake.parent)})
    assert len(failed.value.problems) == 1 and words in failed.value.problems[0]
    assert "\n" not in failed.value.problems[0]
    assert snapshot(fake) == before and os.listdir(fake.parent) == ["output"]


def test_a_read_only_output_folder_is_one_line(fake, monkeypatch, latvian):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(fake.parent))

    monkeypatch.setattr(build_module.tempfile, "mkdtemp", read_only)
    with pytest.raises(BuildFailed, match="tikai lasāma"):
        build(SETTINGS, fake, {"PATH": str(fake.parent)})


def test_an_output_that_is_a_file_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "Pelican", FakePelican)
    (tmp_path / "output").write_text("x", encoding="utf-8")
    with pytest.raises(BuildFailed, match="that is a file, not a folder"):
        build(SETTINGS, tmp_path / "output", {"PATH": str(tmp_path)})


def test_the_cli_prints_one_line_and_exits_non_zero_on_a_full_disk(fake, monkeypatch, capsys, latvian):
    from kurzeme_visiem.tools.cli import main

    class FullDisk(FakePelican):
        def run(self):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(build_module, "Pelican", FullDisk)
    assert main(["build", "-s", str(SETTINGS), "-c", str(fake.parent), "-o", str(fake)]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "diskā nav vietas" in err
