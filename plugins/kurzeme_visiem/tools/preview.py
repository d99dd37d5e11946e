"""The live preview: build, serve the output on 127.0.0.1 and rebuild when content or theme change.

The browser reloads by itself (livereload). A rebuild that meets bad content prints the problems and
keeps serving the previous output. Changes to the plugin's Python code need a restart.
"""

from __future__ import annotations

from pathlib import Path

from livereload import Server

from ..fast_build.watcher import preview_watcher
from .build import BuildFailed, build, load_settings
from .editor import editor_routes
from .report import print_failure, print_success


def rebuild(settings_file: Path, output: Path, overrides: dict) -> bool:
    try:
        report = build(settings_file, output, overrides, incremental=True)  # only changed pages (FAST_BUILD)
    except BuildFailed as failed:
        print_failure(failed, "Preview not updated", "still showing the last good build")
        return False
    print_success(report, "Rebuilt {files} files in {seconds:.2f} s.")
    return True


class EditorServer(Server):
    """livereload's server with the browser editor mounted at /admin/ (tools/editor)."""

    def __init__(self, settings: dict, port: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.editor = editor_routes(settings, port)

    def get_web_handlers(self, script):
        return self.editor + super().get_web_handlers(script)


def serve(settings_file: Path, output: Path, host: str, port: int, content: Path | None = None) -> None:
    """Serve ``output`` and rebuild on any change to the content, the theme or the settings file."""
    settings = load_settings(settings_file)
    overrides = {"PATH": str(content.resolve())} if content else {}
    watched = [content or Path(settings["PATH"]), Path(settings["THEME"]), settings_file]
    rebuild(settings_file, output, overrides)
    server = EditorServer(load_settings(settings_file, overrides), port, watcher=preview_watcher())
    for path in watched:
        server.watch(str(path.resolve()), lambda: rebuild(settings_file, output, overrides))
    print(f"Preview: http://{host}:{port}/  (Ctrl+C stops it)", flush=True)
    server.serve(host=host, port=port, root=str(output.resolve()), open_url_delay=None, restart_delay=0)
