"""The live preview: build, serve the output on 127.0.0.1 and rebuild when content or theme change.

The browser reloads by itself (livereload). A rebuild that meets bad content prints the problems and
keeps serving the previous output. Changes to the plugin's Python code need a restart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from livereload import Server

from .build import BuildFailed, build

WATCHED = ("content", "theme", "pelicanconf.py")


def rebuild(settings_file: Path, output: Path) -> bool:
    try:
        report = build(settings_file, output)
    except BuildFailed as failed:
        for problem in failed.problems:
            print(problem, file=sys.stderr)
        print(f"Preview not updated: {len(failed.problems)} problem(s); still showing the last good build.", file=sys.stderr)
        return False
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    print(f"Rebuilt {report.files} files in {report.seconds:.2f} s.", flush=True)
    return True


def serve(settings_file: Path, output: Path, host: str, port: int) -> None:
    project = settings_file.resolve().parent
    rebuild(settings_file, output)
    server = Server()
    for name in WATCHED:
        server.watch(str(project / name), lambda: rebuild(settings_file, output))
    print(f"Preview: http://{host}:{port}/  (Ctrl+C stops it)", flush=True)
    server.serve(host=host, port=port, root=str(output.resolve()), open_url_delay=None, restart_delay=0)
