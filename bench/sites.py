"""The three builds the benchmark compares, each set up in a temporary folder on the same news Markdown.

* ours: ``python -m kurzeme_visiem build`` on the whole synthetic corpus (news, partners, services, pages);
* stock Pelican 4.12 with its default theme on the same news files (``pelican content -s settings.py``);
* Hugo (Debian's ``hugo``; ``make bench`` installs it when missing and run as root) on the same Markdown bodies, with tiny layouts written here.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PELICAN_SETTINGS = """\
SITENAME = "Kurzeme visiem (stock Pelican)"
SITEURL = ""
PATH = "content"
TIMEZONE = "Europe/Riga"
DEFAULT_LANG = "lv"
DEFAULT_PAGINATION = 10
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""

HUGO_CONFIG = """\
baseURL = "http://127.0.0.1/"
languageCode = "lv"
title = "Kurzeme visiem (Hugo)"
disableKinds = ["taxonomy", "term"]
paginate = 10
[markup.goldmark.renderer]
unsafe = true
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="lv"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2006-01-02" }}</p>{{ with .Params.partners }}<p>Partneri: {{ delimit . ", " }}</p>{{ end }}
{{ .Content }}</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>
{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}<p>{{ .Summary }}</p></li>{{ end }}
</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<ul>{{ range first 4 (where .Site.RegularPages "Section" "news") }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Summary }}</p></li>{{ end }}</ul>{{ end }}
""",
}


@dataclass
class Site:
    name: str
    command: list[str]
    output: Path
    cwd: Path
    env: dict[str, str] = field(default_factory=dict)
    reset: list[Path] = field(default_factory=list)  # removed before every run (output, caches)
    prepare: Callable[[], None] | None = None  # run before every timed run (an edit)


def ours(workdir: Path, corpus: Path, fast: bool = True, name: str = "ours") -> Site:
    output = workdir / f"{name}-output"
    settings = workdir / f"{name}-settings.py"
    cache = workdir / f"{name}-cache"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *  # noqa\n"
        f"THEME = {str(ROOT / 'theme')!r}\nPLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"
        f"FAST_BUILD = {fast!r}\nCACHE_PATH = {str(cache)!r}\n", encoding="utf-8")
    command = [sys.executable, "-m", "kurzeme_visiem", "build", "-s", str(settings), "-c", str(corpus), "-o", str(output)]
    return Site(name, command, output, workdir, {"PYTHONPATH": str(ROOT / "plugins")}, [output, cache])


def stock_pelican(workdir: Path, corpus: Path) -> Site:
    site = workdir / "pelican-site"
    shutil.rmtree(site, ignore_errors=True)
    (site / "content").mkdir(parents=True)
    for path in sorted((corpus / "news").glob("*.md")):
        shutil.copy2(path, site / "content" / path.name)
    (site / "settings.py").write_text(PELICAN_SETTINGS, encoding="utf-8")
    output = site / "output"
    pelican = str(Path(sys.executable).with_name("pelican"))
    return Site("stock Pelican", [pelican, "content", "-s", "settings.py", "-o", str(output), "-q"], output, site,
                reset=[output, site / "cache"])


def _front_matter(markdown: str) -> str:
    """Our ``Key: value`` header as Hugo YAML front matter; the body stays byte for byte the same."""
    header, _, body = markdown.partition("\n\n")
    fields = dict(line.split(": ", 1) for line in header.splitlines())
    lines = ["---", "title: '" + fields["Title"].replace("'", "''") + "'", f"date: {fields['Date']}"]
    for key in ("Partners", "Services", "Tags"):
        if key in fields:
            lines.append(f"{key.lower()}: [{', '.join(repr(v.strip()) for v in fields[key].split(','))}]")
    return "\n".join(lines + ["---", "", body])


def hugo(workdir: Path, corpus: Path, binary: str) -> Site:
    site = workdir / "hugo-site"
    shutil.rmtree(site, ignore_errors=True)
    (site / "content" / "news").mkdir(parents=True)
    for path in sorted((corpus / "news").glob("*.md")):
        (site / "content" / "news" / path.name).write_text(_front_matter(path.read_text(encoding="utf-8")), encoding="utf-8")
    (site / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name, text in HUGO_LAYOUTS.items():
        (site / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (site / "layouts" / name).write_text(text, encoding="utf-8")
    output = site / "public"
    return Site("Hugo", [binary, "--quiet", "-s", str(site), "-d", str(output)], output, site,
                reset=[output, site / "resources"])
