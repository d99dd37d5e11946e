"""``make bench``: time our build against stock Pelican and Hugo on a synthetic corpus, and the preview loop.

    python -m bench.run --n 1000 4000 --rounds 5 --preview-edits 5 --out bench/results

For each N: a corpus of N news items is generated in a temporary folder; every round runs each build once
(the order rotates from round to round, since the machine is shared and noisy), each in a fresh ``measure``
process for its peak memory. Medians, min–max and ratios against stock Pelican and Hugo measured in the
same invocation are printed and written to ``<out>/latest.md`` and ``<out>/latest.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from . import preview_loop, sites
from .corpus import make_corpus

ROOT = sites.ROOT


def measure(site: sites.Site, keep: bool = False) -> dict:
    if not keep:
        for path in site.reset:
            shutil.rmtree(path, ignore_errors=True)
    if site.prepare is not None:
        site.prepare()
    completed = subprocess.run(
        [sys.executable, "-m", "bench.measure", "--", *site.command], cwd=site.cwd, check=True,
        env={**os.environ, **site.env, "PYTHONPATH": os.pathsep.join([str(ROOT), site.env.get("PYTHONPATH", "")])},
        capture_output=True, text=True,
    )
    result = json.loads(completed.stdout)
    if result["returncode"] != 0:
        raise RuntimeError(f"{site.name} failed:\n{result['stderr']}")
    return result


def _append_line(path: Path) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(f"\nVēl viens teikums ({time.time_ns()}).\n")


def html_pages(output: Path) -> int:
    return sum(1 for _ in output.rglob("*.html"))


def summary(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": values}


def bench_builds(n: int, workdir: Path, rounds: int, skip: tuple[str, ...] = ()) -> dict:
    corpus = make_corpus(ROOT / "content", workdir / "content", n)
    edited_corpus = make_corpus(ROOT / "content", workdir / "edited" / "content", n)
    edited = sites.ours(workdir / "edited", edited_corpus, fast=True, name="ours-warm-edit")
    edited.prepare = lambda: _append_line(sorted((edited_corpus / "news").glob("*.md"))[n // 2])
    builds = [
        ("ours", sites.ours(workdir, corpus, fast=True, name="ours"), False),
        ("ours, warm, nothing changed", sites.ours(workdir, corpus, fast=True, name="ours-warm"), True),
        ("ours, warm, 1 news item edited", edited, True),
        ("ours, speed-ups off", sites.ours(workdir, corpus, fast=False, name="ours-plain"), False),
        ("stock Pelican", sites.stock_pelican(workdir, corpus), False),
    ]
    builds.append(("Hugo", sites.hugo(workdir, corpus, preview_loop.ensure_hugo()), False))
    builds = [build for build in builds if build[0] not in skip]
    # one untimed run each: fills the warm cache, warms the OS file cache for everyone alike
    for _, site, keep in builds:
        measure(site, keep)
    times: dict[str, list[float]] = {name: [] for name, _, _ in builds}
    memory: dict[str, list[float]] = {name: [] for name, _, _ in builds}
    for round_number in range(rounds):
        shift = round_number % len(builds)
        for name, site, keep in builds[shift:] + builds[:shift]:
            result = measure(site, keep)
            times[name].append(result["seconds"])
            memory[name].append(result["peak_mb"])
            print(f"  N={n} round {round_number + 1}/{rounds}: {name:22} {result['seconds']:6.2f} s {result['peak_mb']:6.0f} MB", flush=True)
    rows = {}
    for name, site, _ in builds:
        rows[name] = {"seconds": summary(times[name]), "peak_mb": max(memory[name]), "pages": html_pages(site.output)}
    return rows


def bench_preview(workdir: Path, n: int, edits: int, stock_up_to: int) -> dict:
    """Our preview, ``hugo server`` and stock Pelican's autoreload on copies of the same corpus, edits alternating.

    Every kind of edit (``preview_loop.EDITS``) is made ``edits`` times on each preview that has it; stock Pelican
    (a full rebuild for every save) only gets the body edits, and only up to ``stock_up_to`` items, to keep the run
    short."""
    ours_corpus = make_corpus(ROOT / "content", workdir / "ours" / "content", n)
    site = sites.ours(workdir / "ours", ours_corpus, fast=True, name="ours")
    stock = sites.stock_pelican(workdir / "pelican", ours_corpus)
    hugo = sites.hugo(workdir / "hugo", ours_corpus, preview_loop.ensure_hugo())
    news_name = sorted((ours_corpus / "news").glob("*.md"))[n // 2].name
    title = (ours_corpus / "news" / news_name).read_text(encoding="utf-8").splitlines()[0].removeprefix("Title: ")
    ours_port, hugo_port = preview_loop.free_port(), preview_loop.free_port()
    serve = [sys.executable, "-m", "kurzeme_visiem", "serve", "-s", site.command[site.command.index("-s") + 1],
             "-c", str(ours_corpus), "-o", str(site.output), "--port", str(ours_port)]
    hugo_serve = [hugo.command[0], "server", "-s", str(hugo.cwd), "--bind", "127.0.0.1", "--port", str(hugo_port),
                  "--baseURL", f"http://127.0.0.1:{hugo_port}/"]
    pelican = [*stock.command[:-1], "--autoreload"]  # the same command without -q, plus autoreload
    previews = [
        preview_loop.start("ours", serve, site.cwd, site.env, preview_loop.http_reader(ours_port),
                           ours_corpus / "news" / news_name, "pelican"),
        preview_loop.start("hugo server", hugo_serve, hugo.cwd, {}, preview_loop.http_reader(hugo_port),
                           hugo.cwd / "content" / "news" / news_name, "hugo"),
    ]
    if n <= stock_up_to:
        previews.append(preview_loop.start("stock Pelican", pelican, stock.cwd, {}, preview_loop.file_reader(stock.output),
                                           stock.cwd / "content" / news_name, "pelican"))
    ours, hugo_preview = previews[:2]
    results: dict = {edit: {} for edit in preview_loop.EDITS}
    try:
        ready = {
            "ours": lambda: "Kurzeme" in ours.read("/") and html_pages(site.output) > n,
            "hugo server": lambda: title in hugo_preview.read(f"/news/{Path(news_name).stem}/"),
            "stock Pelican": lambda: stock.output.is_dir() and html_pages(stock.output) > n,
        }
        for preview in previews:
            if not preview_loop.wait_until(ready[preview.name], 600):
                raise TimeoutError(f"{preview.name} did not start:\n{''.join(preview.lines[-30:])}")
            preview_loop.settle(preview, 1.0)
        ours.urls = {"body": "/" + str(_page_of(site.output, title).relative_to(site.output)).removesuffix("index.html"),
                     "title+date": "/jaunumi/", "partner": f"/partneri/{preview_loop.PARTNER}/"}
        ours.partner_file = ours_corpus / "partners" / f"{preview_loop.PARTNER}.yaml"
        hugo_preview.urls = {"body": f"/news/{Path(news_name).stem}/", "title+date": "/news/"}
        for stock_preview in previews[2:]:
            stock_preview.urls = {"body": "/" + str(_page_of(stock.output, title).relative_to(stock.output))}
        for edit in preview_loop.EDITS:
            for number in range(edits):
                for preview in previews:
                    if edit in preview.urls:
                        try:
                            seconds = preview_loop.edit_and_time(preview, edit, number)
                        except TimeoutError as late:  # counted as the timeout, and said so
                            print(f"  {late}", flush=True)
                            seconds = preview_loop.TIMEOUT
                            results.setdefault("timeouts", {}).setdefault(preview.name, []).append(edit)
                        results[edit].setdefault(preview.name, []).append(seconds)
                        print(f"  preview N={n} {edit:10} {preview.name:14} {seconds:6.3f} s", flush=True)
                        preview_loop.settle(preview)
    finally:
        for preview in previews:
            preview.stop()
    timeouts = results.pop("timeouts", {})
    found = {edit: {name: summary(values) for name, values in rows.items()} for edit, rows in results.items()}
    for name, edits in timeouts.items():
        print(f"  {name}: {len(edits)} edit(s) not shown within {preview_loop.TIMEOUT} s, counted as {preview_loop.TIMEOUT} s")
    return found


def _page_of(output: Path, title: str) -> Path:
    """The output file whose <title> is this news item's title."""
    found = [p for p in output.rglob("*.html") if f"<title>{title}" in p.read_text(encoding="utf-8")]
    if len(found) != 1:
        raise FileNotFoundError(f"{len(found)} pages titled {title!r} in {output}")
    return found[0]


def _range(s: dict) -> str:
    return f"{s['median']:.2f} s ({s['min']:.2f}–{s['max']:.2f})"


def table(report: dict) -> str:
    lines = [f"Measured {report['when']} on {report['machine']}, {report['rounds']} rounds per build, "
             f"medians (min–max); load average (1, 5, 15 min) {report.get('load_before', '?')} before, "
             f"{report.get('load_after', '?')} after; command: `{report['command']}`", "",
             "| N | build | time | peak memory | HTML pages | ours ÷ this |", "|---:|---|---:|---:|---:|---:|"]
    for n, rows in report["builds"].items():
        ours = rows["ours"]["seconds"]["median"]
        for name, row in rows.items():
            ratio = ours / row["seconds"]["median"]
            lines.append(f"| {n} | {name} | {_range(row['seconds'])} | {row['peak_mb']:.0f} MB | {row['pages']} | {ratio:.2f} |")
    for n, rows in report["builds"].items():
        if "Hugo" in rows:
            lines += ["", f"N={n}, issue 17's build targets: " + _build_targets(rows)]
    if len(report["builds"]) > 1:
        ns = sorted(report["builds"], key=int)
        first, last = report["builds"][ns[0]], report["builds"][ns[-1]]
        growth = last["ours"]["seconds"]["median"] / first["ours"]["seconds"]["median"]
        lines += ["", f"Our build time grows {growth:.2f}× from N={ns[0]} to N={ns[-1]} "
                      f"({int(ns[-1]) / int(ns[0]):.0f}× the news items)."]
    for n, edits in report.get("preview", {}).items():
        lines += ["", f"Preview loop at N={n}: save one edit → the preview serves the changed page "
                      f"(ours and hugo server over HTTP, stock Pelican's output file)", "",
                  "| edit | preview | time | ours ÷ this | target |", "|---|---|---:|---:|---|"]
        for edit, rows in edits.items():
            ours = rows["ours"]["median"]
            for name, row in rows.items():
                lines.append(f"| {edit} | {name} | {_range(row)} | {ours / row['median']:.2f} | "
                             f"{_preview_target(edit, name, ours, rows)} |")
    return "\n".join(lines) + "\n"


def _build_targets(rows: dict) -> str:
    """The issue's build targets, from the builds that ran (``--skip`` may leave some out). Peak memory counts our
    FAST_BUILD builds only: "speed-ups off" is the reference, not the build the target is about."""
    hugo = rows["Hugo"]["seconds"]["median"]
    parts = []
    if "ours" in rows:
        cold = rows["ours"]["seconds"]["median"] / hugo
        parts.append(f"cold {cold:.2f}× Hugo (≤ 2×: {'met' if cold <= 2 else 'not met'})")
    if "ours, warm, nothing changed" in rows:
        warm = rows["ours, warm, nothing changed"]["seconds"]["median"] / hugo
        parts.append(f"warm {warm:.2f}× Hugo (≤ 1×: {'met' if warm <= 1 else 'not met'})")
    fast = [row["peak_mb"] for name, row in rows.items() if name.startswith("ours") and name != "ours, speed-ups off"]
    if fast:
        memory = max(fast)
        parts.append(f"peak memory of our FAST_BUILD builds {memory:.0f} MB (≤ 150 MB at N = 4,000: "
                     f"{'met' if memory <= 150 else 'not met'})")
    return ", ".join(parts) + "."


def _preview_target(edit: str, name: str, ours: float, rows: dict) -> str:
    """Issue 17's preview targets, judged on the medians of this run."""
    if name != "ours":
        return ""
    hugo = rows.get("hugo server", {}).get("median")
    if edit == "partner":
        return f"≤ 2 s: {'met' if ours <= 2.0 else 'not met'}"
    limit = 0.5 if edit == "body" else 1.0
    if hugo is None:
        return ""
    return f"≤ {limit}× hugo server: {'met' if ours <= limit * hugo else 'not met'} ({ours / hugo:.2f}×)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000])
    parser.add_argument("--rounds", type=int, default=5, help="0: no build timings (the preview loop only)")
    parser.add_argument("--preview-edits", type=int, default=5, help="0 skips the preview loop")
    parser.add_argument("--preview-n", type=int, nargs="+", help="N for the preview loop (default: the same as --n)")
    parser.add_argument("--skip", nargs="*", default=[], help='builds left out, e.g. "ours, speed-ups off"')
    parser.add_argument("--preview-stock-up-to", type=int, default=4000,
                        help="stock Pelican's autoreload is timed only up to this N (a full rebuild per save)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)
    report = {
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "rounds": args.rounds,
        "load_before": " ".join(f"{v:.2f}" for v in os.getloadavg()),
        "command": "python -m bench.run " + " ".join(sys.argv[1:] if argv is None else argv),
        "builds": {},
    }
    with tempfile.TemporaryDirectory(prefix="kv-bench-") as temp:
        for n in args.n if args.rounds else []:
            print(f"N={n}: generating the corpus and timing the builds", flush=True)
            report["builds"][str(n)] = bench_builds(n, Path(temp) / str(n), args.rounds, tuple(args.skip))
        if args.preview_edits:
            report["preview"] = {}
            for n in args.preview_n or args.n:
                print(f"Preview loop at N={n}", flush=True)
                report["preview"][str(n)] = bench_preview(Path(temp) / f"preview-{n}", n, args.preview_edits,
                                                          args.preview_stock_up_to)
    report["load_after"] = " ".join(f"{v:.2f}" for v in os.getloadavg())
    text = table(report)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.md").write_text(text, encoding="utf-8")
    (args.out / "latest.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print()
    print(text)
    print(f"Written to {args.out}/latest.md and latest.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
