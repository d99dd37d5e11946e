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
from datetime import datetime, timezone
from pathlib import Path

from . import preview_loop, sites
from .corpus import make_corpus

ROOT = sites.ROOT


def measure(site: sites.Site, keep: bool = False) -> dict:
    if not keep:
        for path in site.reset:
            shutil.rmtree(path, ignore_errors=True)
    completed = subprocess.run(
        [sys.executable, "-m", "bench.measure", "--", *site.command], cwd=site.cwd, check=True,
        env={**os.environ, **site.env, "PYTHONPATH": os.pathsep.join([str(ROOT), site.env.get("PYTHONPATH", "")])},
        capture_output=True, text=True,
    )
    result = json.loads(completed.stdout)
    if result["returncode"] != 0:
        raise RuntimeError(f"{site.name} failed:\n{result['stderr']}")
    return result


def html_pages(output: Path) -> int:
    return sum(1 for _ in output.rglob("*.html"))


def summary(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": values}


def bench_builds(n: int, workdir: Path, rounds: int) -> dict:
    corpus = make_corpus(ROOT / "content", workdir / "content", n)
    builds = [
        ("ours", sites.ours(workdir, corpus, fast=True, name="ours"), False),
        ("ours, warm cache", sites.ours(workdir, corpus, fast=True, name="ours-warm"), True),
        ("ours, speed-ups off", sites.ours(workdir, corpus, fast=False, name="ours-plain"), False),
        ("stock Pelican", sites.stock_pelican(workdir, corpus), False),
    ]
    hugo = sites.hugo(workdir, corpus)
    if hugo is not None:
        builds.append(("Hugo", hugo, False))
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


def bench_preview(workdir: Path, n: int, edits: int) -> dict:
    """Our preview and stock Pelican's autoreload, on copies of the same corpus, edits alternating."""
    ours_corpus = make_corpus(ROOT / "content", workdir / "preview-ours" / "content", n)
    site = sites.ours(workdir / "preview-ours", ours_corpus, fast=True, name="ours")
    stock = sites.stock_pelican(workdir / "preview-ours", ours_corpus)
    news_name = sorted((ours_corpus / "news").glob("*.md"))[n // 2].name
    title = (ours_corpus / "news" / news_name).read_text(encoding="utf-8").splitlines()[0].removeprefix("Title: ")
    serve = [sys.executable, "-m", "kurzeme_visiem", "serve", "-s", site.command[site.command.index("-s") + 1],
             "-c", str(ours_corpus), "-o", str(site.output), "--port", str(preview_loop.free_port())]
    pelican = [*stock.command[:-1], "--autoreload"]  # the same command without -q, plus autoreload
    servers = [
        preview_loop.start("ours", serve, site.cwd, site.env, ours_corpus / "news" / news_name, site.output),
        preview_loop.start("stock Pelican", pelican, stock.cwd, {}, stock.cwd / "content" / news_name, stock.output),
    ]
    results: dict[str, list[float]] = {server.name: [] for server in servers}
    try:
        for server in servers:
            if not preview_loop.wait_until(lambda: server.output.is_dir() and html_pages(server.output) > n, 300):
                raise TimeoutError(f"{server.name} did not build")
            preview_loop.settle(server, 1.0)
            server.page = preview_loop.page_of(server.output, title)
        for number in range(edits):
            for server in servers:
                results[server.name].append(preview_loop.edit_and_time(server, number))
                preview_loop.settle(server)
    finally:
        for server in servers:
            server.stop()
    return {name: summary(values) for name, values in results.items()}


def _range(s: dict) -> str:
    return f"{s['median']:.2f} s ({s['min']:.2f}–{s['max']:.2f})"


def table(report: dict) -> str:
    lines = [f"Measured {report['when']} on {report['machine']}, {report['rounds']} rounds per build, "
             f"medians (min–max); command: `{report['command']}`", "",
             "| N | build | time | peak memory | HTML pages | ours ÷ this |", "|---:|---|---:|---:|---:|---:|"]
    for n, rows in report["builds"].items():
        ours = rows["ours"]["seconds"]["median"]
        for name, row in rows.items():
            ratio = ours / row["seconds"]["median"]
            lines.append(f"| {n} | {name} | {_range(row['seconds'])} | {row['peak_mb']:.0f} MB | {row['pages']} | {ratio:.2f} |")
    if len(report["builds"]) > 1:
        ns = sorted(report["builds"], key=int)
        first, last = report["builds"][ns[0]], report["builds"][ns[-1]]
        growth = last["ours"]["seconds"]["median"] / first["ours"]["seconds"]["median"]
        lines += ["", f"Our build time grows {growth:.2f}× from N={ns[0]} to N={ns[-1]} "
                      f"({int(ns[-1]) / int(ns[0]):.0f}× the news items)."]
    if report.get("preview"):
        lines += ["", f"Preview loop at N={report['preview_n']}: save one edited news item → its page changed in the output",
                  "", "| preview | time | ours ÷ this |", "|---|---:|---:|"]
        ours = report["preview"]["ours"]["median"]
        for name, row in report["preview"].items():
            lines.append(f"| {name} | {_range(row)} | {ours / row['median']:.2f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--preview-edits", type=int, default=5, help="0 skips the preview loop")
    parser.add_argument("--preview-n", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)
    report = {
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "rounds": args.rounds,
        "command": "python -m bench.run " + " ".join(sys.argv[1:] if argv is None else argv),
        "builds": {},
    }
    with tempfile.TemporaryDirectory(prefix="kv-bench-") as temp:
        for n in args.n:
            print(f"N={n}: generating the corpus and timing the builds", flush=True)
            report["builds"][str(n)] = bench_builds(n, Path(temp) / str(n), args.rounds)
        if args.preview_edits:
            print(f"Preview loop at N={args.preview_n}", flush=True)
            report["preview_n"] = args.preview_n
            report["preview"] = bench_preview(Path(temp) / "preview", args.preview_n, args.preview_edits)
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
