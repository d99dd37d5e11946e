"""FAST_BUILD changes how fast the site is built, never what is built: the output is compared byte for byte
with a build that has every speed-up off (the site's reader without its cache, Pelican's writer, one process)."""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from built_site import GIF_16_BY_8, ROOT, run_build, tree_digest

from bench.corpus import make_corpus  # the benchmark's corpus: realistic news in numbers
from kurzeme_visiem.tools.build import build

NEWS = 120


def settings_file(folder: Path, name: str, base: str, **values) -> Path:
    """Settings that import ``pelicanconf`` or ``publishconf`` and change only ``values``."""
    lines = [f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom {base} import *  # noqa",
             f"THEME = {str(ROOT / 'theme')!r}", f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]"]
    lines += [f"{key} = {value!r}" for key, value in values.items()]
    path = folder / f"{name}.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(ROOT / "content", tmp_path_factory.mktemp("fast") / "content", NEWS)


@pytest.mark.parametrize("base", ["pelicanconf", "publishconf"])
def test_fast_build_writes_the_same_bytes_cold_and_warm(corpus, tmp_path, base):
    plain = settings_file(tmp_path, "plain", base, FAST_BUILD=False)
    fast = settings_file(tmp_path, "fast", base, FAST_BUILD=True, BUILD_WORKERS=2, CACHE_PATH=str(tmp_path / "cache"))
    env = {"SITEURL": "https://example.test"}
    results = {
        "plain": run_build(corpus, tmp_path / "plain", settings=plain, env=env),
        "cold": run_build(corpus, tmp_path / "cold", settings=fast, env=env),  # converts and fills the cache
        "warm": run_build(corpus, tmp_path / "warm", settings=fast, env=env),  # reads the cache
    }
    for name, result in results.items():
        assert result.returncode == 0, f"{name}: {result.stderr}"
    assert list((tmp_path / "cache").glob("markdown-*.sqlite")), "the fast build keeps its Markdown cache"
    expected = tree_digest(tmp_path / "plain")
    assert len([p for p in expected if p.endswith(".html")]) > NEWS
    assert tree_digest(tmp_path / "cold") == expected
    assert tree_digest(tmp_path / "warm") == expected


def _news_page(output: Path, marker: str) -> Path:
    return next(p for p in output.rglob("index.html") if marker in p.read_text(encoding="utf-8") and "jaunumi/" in str(p) and "<h1>" in p.read_text(encoding="utf-8"))


def test_incremental_preview_builds_equal_full_builds(corpus, tmp_path):
    """The preview's builds keep unchanged pages (the same file, linked) and still equal a full plain build."""
    content = tmp_path / "content"
    shutil.copytree(corpus, content)
    fast = settings_file(tmp_path, "fast", "pelicanconf", FAST_BUILD=True, BUILD_WORKERS=2, CACHE_PATH=str(tmp_path / "cache"))
    plain = settings_file(tmp_path, "plain", "pelicanconf", FAST_BUILD=False)
    output = tmp_path / "output"
    overrides = {"PATH": str(content)}

    def same_as_plain_build(step: str) -> None:
        reference = tmp_path / f"plain-{step}"
        result = run_build(content, reference, settings=plain)
        assert result.returncode == 0, result.stderr
        assert tree_digest(output) == tree_digest(reference), step

    build(fast, output, overrides, incremental=True)
    news = sorted((content / "news").glob("*.md"))
    edited, untouched, removed = news[10], news[20], news[30]
    untouched_title = untouched.read_text(encoding="utf-8").splitlines()[0].removeprefix("Title: ")
    untouched_page = _news_page(output, f"<title>{untouched_title}")
    inode = untouched_page.stat().st_ino

    edited.write_text(edited.read_text(encoding="utf-8") + "\nPievienots teikums ar DI.\n", encoding="utf-8")
    build(fast, output, overrides, incremental=True)
    assert untouched_page.stat().st_ino == inode, "an unchanged news page is kept, not rendered again"
    assert _news_page(output, "Pievienots teikums ar DI.")  # the edit is in its page
    same_as_plain_build("edited")

    removed.unlink()
    build(fast, output, overrides, incremental=True)
    same_as_plain_build("removed")

    partner = content / "partners" / "talsu-novads.yaml"
    partner.write_text(partner.read_text(encoding="utf-8").replace("'Talsu novads'", "'Talsu novads (labots)'"), encoding="utf-8")
    build(fast, output, overrides, incremental=True)
    assert any("Talsu novads (labots)" in p.read_text(encoding="utf-8") for p in (output / "jaunumi").glob("*/index.html")), \
        "the news pages that name the partner show its new short name"
    same_as_plain_build("partner renamed")


def test_incremental_build_never_writes_through_to_the_served_output(corpus, tmp_path):
    """Staging starts with hard links to the served pages; a changed page is a new file, the served one stays intact
    until the whole new output is swapped in."""
    content = tmp_path / "content"
    shutil.copytree(corpus, content)
    fast = settings_file(tmp_path, "fast", "pelicanconf", FAST_BUILD=True, CACHE_PATH=str(tmp_path / "cache"))
    output = tmp_path / "output"
    build(fast, output, {"PATH": str(content)}, incremental=True)
    served = {path: path.read_bytes() for path in output.rglob("*.html")}
    kept = tmp_path / "kept"
    kept.mkdir()
    for number, path in enumerate(served):
        os.link(path, kept / f"{number}.html")  # the same file as the served page, under another name
    news = sorted((content / "news").glob("*.md"))
    news[0].write_text(news[0].read_text(encoding="utf-8") + "\nJauns teikums.\n", encoding="utf-8")
    build(fast, output, {"PATH": str(content)}, incremental=True)
    assert tree_digest(output) != {}
    changed = [path for path in served if path.read_bytes() != served[path]]
    assert changed, "the edit changed pages"
    for number, path in enumerate(served):
        assert (kept / f"{number}.html").read_bytes() == served[path], f"{path} was written through"
    assert not [p for p in os.listdir(tmp_path) if "staging" in p or "-old-" in p]


def test_an_untested_pelican_version_falls_back_to_the_stock_build_with_the_same_bytes(corpus, tmp_path, monkeypatch):
    """fast_build/versions.py: on a Pelican release the speed-ups were not tested with, FAST_BUILD (and the
    preview's incremental builds) step aside for Pelican's own reader and writer; the site is the same."""
    import pelican

    from kurzeme_visiem.fast_build import versions

    fast = settings_file(tmp_path, "fast", "pelicanconf", FAST_BUILD=True, CACHE_PATH=str(tmp_path / "cache"))
    plain = settings_file(tmp_path, "plain", "pelicanconf", FAST_BUILD=False)
    assert run_build(corpus, tmp_path / "plain", settings=plain).returncode == 0
    versions._tested.cache_clear()
    monkeypatch.setattr(pelican, "__version__", "98.0.0")  # not the unit tests' version: Pelican's loggers drop a repeated message
    try:
        report = build(fast, tmp_path / "fallback", {"PATH": str(corpus)}, incremental=True)
        build(fast, tmp_path / "fallback", {"PATH": str(corpus)}, incremental=True)  # the preview's second build
    finally:
        versions._tested.cache_clear()
    assert any("pelican 98.0.0 is not a version" in warning for warning in report.warnings)
    assert not list((tmp_path / "cache").rglob("*.pickle")), "no FAST_BUILD cache on the fallback"
    assert not list((tmp_path / "cache").rglob("*.sqlite")), "no FAST_BUILD Markdown cache on the fallback"
    assert tree_digest(tmp_path / "fallback") == tree_digest(tmp_path / "plain")


def _set_field(path: Path, name: str, value: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.search(rf"(?m)^{name}: ", text), f"no {name}: in {path}"
    path.write_text(re.sub(rf"(?m)^{name}: .*$", f"{name}: {value}", text, count=1), encoding="utf-8")


def _png(width: int, height: int) -> bytes:
    from PIL import Image  # noqa: PLC0415 - Pillow, the build's own image library

    stream = io.BytesIO()
    Image.new("RGB", (width, height)).save(stream, "PNG")
    return stream.getvalue()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_live_preview_in_memory_equals_a_plain_build_after_every_edit(corpus, tmp_path):
    """The preview's site in memory (``LiveSite``), edit after edit: after each, the files it left in its folder
    are byte for byte a plain build's; a body edit takes the one-page path and rewrites only that page."""
    from kurzeme_visiem.fast_build.live_site import LiveSite  # noqa: PLC0415
    from kurzeme_visiem.content.problems import ContentErrors  # noqa: PLC0415
    from kurzeme_visiem.tools.live_content import ContentRules  # noqa: PLC0415

    content = tmp_path / "content"
    shutil.copytree(corpus, content)
    fast = settings_file(tmp_path, "fast", "pelicanconf", FAST_BUILD=True, BUILD_WORKERS=2, CACHE_PATH=str(tmp_path / "cache"))
    plain = settings_file(tmp_path, "plain", "pelicanconf", FAST_BUILD=False)
    output = tmp_path / ".preview"
    site = LiveSite(fast, output, {"PATH": str(content)}, ContentRules())
    news = sorted((content / "news").glob("*.md"))

    def step(name: str, changed: set[Path] | None, mode: str | None = None, asked: str | None = None, leave=False):
        """One rebuild; ``asked``: deferred as the preview defers it, and this page made first, as for a request;
        ``leave``: the other pending files left to the next rebuild."""
        reference = tmp_path / f"plain-{name}"
        result = run_build(content, reference, settings=plain)
        assert result.returncode == 0, result.stderr
        expected = tree_digest(reference)
        outcome = site.rebuild(changed, defer=asked is not None)
        assert outcome.ok, f"{name}: {outcome.problems}"
        if mode:
            assert outcome.mode == mode, name
        if asked is not None:
            assert outcome.pending and site.pending.owner.get(asked), f"{name}: {asked} is made later"
            _only_pending_files_differ(output, expected, set(site.pending.owner), name)
            assert site.make_pending(asked) is None, "more pages are pending"
            assert asked not in site.pending.owner and tree_digest(output)[asked] == expected[asked], name
            _only_pending_files_differ(output, expected, set(site.pending.owner), f"{name}, {asked} made")
            if leave:
                return outcome
            while (done := site.make_pending()) is None:
                pass
            assert done is outcome and outcome.pending == 0 and site.pending is None
        assert tree_digest(output) == expected, name
        return outcome

    _edit(news[25], "Partners: ", "Partners: Talsu novads, ")  # a partner by its short name
    step("start", None)
    untouched = _news_page(output, "<title>" + news[20].read_text(encoding="utf-8").splitlines()[0].removeprefix("Title: "))
    inode = untouched.stat().st_ino

    _edit(news[10], "\n\n", "\n\nPievienots teikums ar DI pašā sākumā.\n\n")  # the first paragraph: the summary too
    step("first paragraph", {news[10]})
    news[10].write_text(news[10].read_text(encoding="utf-8") + "\nPievienots teikums beigās ar ESF.\n", encoding="utf-8")
    outcome = step("body", {news[10]}, mode="bodies")
    assert (outcome.rendered, outcome.written) == (1, 1), "a body edit renders and writes one page"
    assert _news_page(output, "Pievienots teikums beigās ar")
    assert untouched.stat().st_ino == inode, "a page no edit concerned is not written again"

    _edit(news[11], "Title: ", "Title: Jauns virsraksts: ")
    step("title", {news[11]}, mode="lists")  # not deferred: rendered and written at once
    _edit(news[12], "Date: ", "Date: 2026-01-05\nOld-date: ")  # the newest item now; the old line is ignored metadata
    step("date and a new field", {news[12]}, mode="full")
    _set_field(news[17], "Date", "2026-01-06")  # the newest now: every list page moves by one
    step("date", {news[17]}, mode="lists", asked="jaunumi/index.html")
    _set_field(news[18], "Title", "Vecākā ziņa")
    _set_field(news[18], "Date", "2010-01-01")  # the oldest now: a year of its own, last on the last list page
    step("title and date", {news[18]}, mode="lists", asked="jaunumi/2010/index.html")
    _set_field(news[25], "Date", "2026-01-07")  # the newest now
    step("date, pages left pending", {news[25]}, mode="lists", asked="jaunumi/index.html", leave=True)
    _set_field(news[26], "Title", "Cits jauns virsraksts")  # taken over: the pages the date left pending are made too
    step("another title while pages are pending", {news[26]}, mode="lists", asked="jaunumi/2/index.html", leave=True)
    _set_field(news[26], "Title", "Cits jauns virsraksts (labots)")
    step("the same item's title again", {news[26]}, mode="lists", asked="index.html")
    linked = news[19].read_text(encoding="utf-8").splitlines()[0].removeprefix("Title: ")
    news[20].write_text(news[20].read_text(encoding="utf-8")
                        + f"\nSkat. [citu ziņu]({{filename}}/news/{news[19].name}).\n", encoding="utf-8")
    step("a link to another item", {news[20]}, mode="bodies")
    _set_field(news[19], "Title", f"{linked} (labots)")
    step("title of a linked item", {news[19]}, mode="lists", asked="index.html")  # the linking page shows the new URL
    url = _news_page(output, f"<title>{linked} (labots)").parent.name
    news[21].write_text(news[21].read_text(encoding="utf-8") + f"\nSkat. [šo ziņu](/jaunumi/{url}/).\n", encoding="utf-8")
    step("a link by URL", {news[21]}, mode="bodies")
    _set_field(news[19], "Title", f"{linked} (vēlreiz)")
    with pytest.raises(ContentErrors) as gone:
        site.rebuild({news[19]})  # the old URL is linked from news[21]: a broken link there, as a whole check says
    assert any(news[21].name in str(p) for p in gone.value.problems), gone.value.problems
    _set_field(news[19], "Title", f"{linked} (labots)")
    step("title back", {news[19]})
    _set_field(news[22], "Title", news[23].read_text(encoding="utf-8").splitlines()[0].removeprefix("Title: "))
    with pytest.raises(ContentErrors):
        site.rebuild({news[22]})  # the same slug as another item
    _set_field(news[22], "Title", "Atkal savs virsraksts")
    step("duplicate title fixed", {news[22]}, mode="lists")
    partner = content / "partners" / "talsu-novads.yaml"
    _edit(partner, "name: 'Talsu novada pašvaldība'", "name: 'Talsu novada pašvaldība (labots)'")
    step("partner", {partner}, mode="directory")  # its page, the news naming it, its feed; no news file read again
    before = tree_digest(output)
    _edit(partner, "'Talsu novads'", "'Talsi'")
    with pytest.raises(ContentErrors) as renamed:
        site.rebuild({partner})  # news[25] names it by the short name it no longer has
    assert any(news[25].name in str(p) and "Talsu novads" in str(p) for p in renamed.value.problems)
    assert tree_digest(output) == before
    _edit(partner, "'Talsi'", "'Talsu novads'")
    home = (content / "partners" / "strazdes-bernu-nams.yaml").read_text(encoding="utf-8")
    added = [content / "partners" / f"{slug}.yaml" for slug in ("jauns-bernu-nams", "cits-bernu-nams")]
    for path, name in zip(added, ("Jaunais", "Cits")):
        path.write_text(home.replace("Strazdes bērnu nams", f"{name} bērnu nams"), encoding="utf-8")
    step("partner named back, two added", {partner, *added}, mode="directory")
    news[26].write_text(news[26].read_text(encoding="utf-8") + "\nSkat. [bērnu namu](/partneri/jauns-bernu-nams/).\n",
                        encoding="utf-8")
    assert site.rebuild({news[26]}).mode == "bodies"
    added[0].unlink()
    with pytest.raises(ContentErrors) as gone:
        site.rebuild({added[0]})  # news[26] links to its page
    assert any(news[26].name in str(p) for p in gone.value.problems), gone.value.problems
    added[0].write_text(home.replace("Strazdes bērnu nams", "Jaunais bērnu nams (labots)"), encoding="utf-8")
    added[1].unlink()
    service = content / "services" / "grupu-dzivoklis.yaml"
    _edit(service, "name: Grupu dzīvoklis", "name: Grupu dzīvokļi")
    step("partner removed, one back, service renamed", {added[1], service}, mode="directory")  # with the failed one's file
    assert "Jaunais bērnu nams (labots)" in (output / "partneri" / "jauns-bernu-nams" / "index.html").read_text(encoding="utf-8")
    glossary = content / "glossary.yaml"
    _edit(glossary, "ESF: Eiropas Sociālais fonds", "ESF: Eiropas Sociālais fonds (labots)")
    step("glossary", {glossary})

    (content / "images" / "2016").mkdir(parents=True, exist_ok=True)
    picture = content / "images" / "2016" / "foto.gif"
    picture.write_bytes(GIF_16_BY_8)
    _edit(news[13], "Date:", "Image: images/2016/foto.gif\nImage_alt: Foto no pasākuma\nDate:")
    step("image added", {picture, news[13]})
    picture.write_bytes(GIF_16_BY_8.replace(b"\x10\x00\x08", b"\x20\x00\x08"))  # 32 × 8 now: the page shows the size
    step("image changed", {picture})
    photo = content / "images" / "2016" / "foto.png"
    photo.write_bytes(_png(1200, 800))
    news[24].write_text(news[24].read_text(encoding="utf-8") + "\n![Foto no pasākuma](/images/2016/foto.png)\n", encoding="utf-8")
    step("picture in a body", {photo, news[24]})
    news[24].write_text(news[24].read_text(encoding="utf-8") + "\nVēl viens teikums zem attēla.\n", encoding="utf-8")
    step("body under a picture", {news[24]}, mode="bodies")  # the picture stays a <picture>, as in a full build
    _set_field(news[24], "Title", "Ziņa ar attēlu")
    step("title of an item with a picture", {news[24]}, mode="lists")

    news[14].unlink()
    step("deleted", {news[14]})
    renamed = news[15].with_name("2099-01-01-parsaukts.md")
    news[15].rename(renamed)
    step("renamed", {news[15], renamed})

    good = news[16].read_text(encoding="utf-8")
    _edit(news[16], "Partners: ", "Partners: nav-tada-partnera, ")
    before = tree_digest(output)
    with pytest.raises(ContentErrors) as broken:
        site.rebuild({news[16]})
    assert any("nav-tada-partnera" in str(p) for p in broken.value.problems)
    assert tree_digest(output) == before, "bad content leaves the preview's folder as it was"
    news[27].write_text(news[27].read_text(encoding="utf-8") + "\nVēl viens teikums.\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as still:
        site.rebuild({news[27]})  # the failed save's file is checked again with the next save's
    assert any("nav-tada-partnera" in str(p) for p in still.value.problems)
    news[16].write_text(good, encoding="utf-8")
    step("fixed", {news[16]}, mode="bodies")  # with news[27]'s body

    good = news[17].read_text(encoding="utf-8")  # issue 12, item 8: a draft behind a line separator
    _edit(news[17], "\n", "\u2028Status: draft\n")
    before = tree_digest(output)
    with pytest.raises(ContentErrors) as hidden:
        site.rebuild({news[17]})
    assert [(p.line, "U+2028" in p.message) for p in hidden.value.problems] == [(1, True)]
    assert tree_digest(output) == before, "the draft is refused, not published"
    news[17].write_text(good, encoding="utf-8")
    step("separator removed", {news[17]}, mode="bodies")


def _only_pending_files_differ(output: Path, expected: dict[str, str], pending: set[str], step: str) -> None:
    """Every file of the preview's folder but the pending ones is already the plain build's (what is gone is gone)."""
    found = tree_digest(output)
    stale = {path for path in set(found) | set(expected) if found.get(path) != expected.get(path)}
    assert stale <= pending, f"{step}: served before made: {sorted(stale - pending)[:5]}"


def test_a_warm_build_with_nothing_changed_writes_nothing_and_any_change_builds(tmp_path):
    """fast_build/uptodate.py: the same inputs onto the untouched output are reported up to date; a changed content
    file, setting or output file, or a future-dated item falling due, builds again, with a plain build's bytes."""
    import pickle  # noqa: PLC0415
    from datetime import datetime, timedelta, timezone  # noqa: PLC0415

    from kurzeme_visiem.fast_build import uptodate  # noqa: PLC0415
    from kurzeme_visiem.tools.build import load_settings  # noqa: PLC0415

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    fast = settings_file(tmp_path, "fast", "pelicanconf", FAST_BUILD=True, CACHE_PATH=str(tmp_path / "cache"))
    plain = settings_file(tmp_path, "plain", "pelicanconf", FAST_BUILD=False)
    output, overrides = tmp_path / "output", {"PATH": str(content)}

    def same_as_plain(step: str) -> None:
        reference = tmp_path / f"plain-{step}"
        assert run_build(content, reference, settings=plain).returncode == 0
        assert tree_digest(output) == tree_digest(reference), step

    assert not build(fast, output, overrides).up_to_date
    again = build(fast, output, overrides)
    assert again.up_to_date and again.files == len(tree_digest(output))
    same_as_plain("unchanged")

    news = sorted((content / "news").glob("*.md"))[0]
    news.write_text(news.read_text(encoding="utf-8") + "\nJauns teikums.\n", encoding="utf-8")
    assert not build(fast, output, overrides).up_to_date, "a changed content file builds"
    same_as_plain("edited")
    assert build(fast, output, overrides).up_to_date

    (output / "404.html").unlink()
    assert not build(fast, output, overrides).up_to_date, "an output folder changed since is built again"
    assert not build(fast, output, {**overrides, "SITENAME": "Cits nosaukums"}).up_to_date, "a changed setting builds"
    assert not build(fast, output, overrides).up_to_date

    settings = load_settings(fast, overrides)
    path = uptodate.record_file(settings, output.resolve())
    entry = pickle.loads(path.read_bytes())
    entry.next_change = datetime.now(timezone.utc) - timedelta(seconds=1)  # a future-dated item has fallen due
    path.write_bytes(pickle.dumps(entry))
    assert not build(fast, output, overrides).up_to_date
