"""The live preview: build, serve the output on 127.0.0.1 and rebuild when content or theme change.

The browser reloads by itself (livereload). A rebuild that meets bad content prints the problems and
keeps serving the previous output. Changes to the plugin's Python code need a restart.
"""

from __future__ import annotations

from pathlib import Path

from ..fast_build.preview_guard import GuardedServer
from ..fast_build.watcher import preview_watcher
from .build import BuildFailed, build, load_settings
from ..content.messages import message
from .editor import editor_routes
from .report import print_failure, print_success
from .nginx_conf import find_nginx_file, security_headers


def rebuild(settings_file: Path, output: Path, overrides: dict) -> bool:
    try:
        report = build(settings_file, output, overrides, incremental=True)  # only changed pages (FAST_BUILD)
    except BuildFailed as failed:
        print_failure(failed, "preview.not_updated")
        return False
    print_success(report, "preview.rebuilt")
    return True


def serve(settings_file: Path, output: Path, host: str, port: int, content: Path | None = None) -> None:
    """Serve ``output`` and rebuild on any change to the content, the theme or the settings file."""
    settings = load_settings(settings_file)
    overrides = {"PATH": str(content.resolve())} if content else {}
    watched = [content or Path(settings["PATH"]), Path(settings["THEME"]), settings_file]
    rebuild(settings_file, output, overrides)
    headers = security_headers(find_nginx_file("security-headers.conf"))
    server = GuardedServer(preview_watcher(), headers, editor_routes(load_settings(settings_file, overrides), port))
    for path in watched:
        server.watch(str(path.resolve()), lambda: rebuild(settings_file, output, overrides))
    print(message("preview.address", host=host, port=port), flush=True)
    server.serve(host=host, port=port, root=str(output.resolve()), open_url_delay=None, restart_delay=0)
