"""Where our build spends its time: cProfile of one build of a synthetic corpus, grouped by phase.

    python -m bench.profile --n 1000 [--fast|--plain] [--warm] [--workers 1]

Prints the share of each phase (reading Markdown, our content check, rendering, ...) of the profiled time.
cProfile slows Python code down unevenly, so the shares matter, not the seconds. The timer is this process's CPU
time, not the wall clock, so that a busy shared machine changes the figures less; ``--workers 1`` keeps every phase
in this process (with more, the forked workers' Markdown, rendering and content check are not in the profile).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

from .corpus import make_corpus
from .sites import ROOT

PHASES = (  # (label, file suffix, function): cumulative time of these calls; phases may nest, so shares need not sum to 100
    ("Pelican: read news and pages (Markdown, metadata)", "pelican/generators.py", "generate_context"),
    ("  Markdown conversion (python-markdown)", "markdown/core.py", "convert"),
    ("  Markdown() instance per file (Pelican's reader)", "markdown/core.py", "__init__"),
    ("plugin: content check (validate_content)", "kurzeme_visiem/content/check.py", "validate_content"),
    ("plugin: glossary <abbr> marking", "kurzeme_visiem/site/glossary.py", "mark_abbreviations"),
    ("Pelican: render and write pages (Jinja)", "pelican/writers.py", "write_file"),
    ("  Jinja template rendering", "jinja2/environment.py", "render"),
    ("  URL formatting (Content.url, get_url_setting)", "pelican/contents.py", "get_url_setting"),
    ("  Jinja template compiling", "jinja2/environment.py", "compile"),
    ("plugin: finish bodies (glossary, easy-read, image sizes)", "kurzeme_visiem/site/generator.py", "_finish_bodies"),
    ("plugin: partner feeds", "kurzeme_visiem/site/feeds.py", "write_partner_feeds"),
    ("swap staging into output", "kurzeme_visiem/tools/output_folder.py", "swap_in"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--plain", action="store_true", help="FAST_BUILD = False")
    parser.add_argument("--warm", action="store_true", help="profile a second build (cache filled)")
    parser.add_argument("--workers", type=int, help="BUILD_WORKERS (1: every phase in this process)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "plugins"))
    from kurzeme_visiem.tools.build import build  # noqa: PLC0415 - after the plugin folder is on the path

    with tempfile.TemporaryDirectory(prefix="kv-profile-") as temp:
        work = Path(temp)
        corpus = make_corpus(ROOT / "content", work / "content", args.n)
        settings = work / "settings.py"
        settings.write_text(
            f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *  # noqa\n"
            f"THEME = {str(ROOT / 'theme')!r}\nPLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"
            f"FAST_BUILD = {not args.plain!r}\nCACHE_PATH = {str(work / 'cache')!r}\n"
            + (f"BUILD_WORKERS = {args.workers}\n" if args.workers else ""), encoding="utf-8")
        overrides = {"PATH": str(corpus)}
        if args.warm:
            build(settings, work / "output", overrides)
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        build(settings, work / "output", overrides)
        profiler.disable()
    stats = pstats.Stats(profiler)
    total = max(ct for (_, _, _), (_, _, _, ct, _) in stats.stats.items())
    mode = "speed-ups off" if args.plain else ("FAST_BUILD, warm cache" if args.warm else "FAST_BUILD, cold cache")
    print(f"Profile of one build in this process, N={args.n}, {mode}: {total:.2f} s of CPU under cProfile "
          "(this process only: work done in forked workers is not in it)")
    for label, suffix, function in PHASES:
        cumulative = sum(ct for (file, _, name), (_, _, _, ct, _) in stats.stats.items()
                         if file.endswith(suffix) and name == function)
        print(f"  {label:55} {cumulative:6.2f} s  {100 * cumulative / total:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
