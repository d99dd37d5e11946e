"""The command line: ``python -m kurzeme_visiem build|serve|check|newpost|deploy`` (the Makefile calls these).

``build``, ``serve`` and ``check`` share one set of options (``-s``, ``-c``, and ``-o`` where there is an output).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..content.check import validate_content
from .build import BuildFailed, build, load_settings
from .deploy import DeployRefused, deploy
from .newpost import PostExists, new_post
from .report import print_check, print_failure, print_success


def _overrides(args: argparse.Namespace) -> dict:
    """``-c FOLDER`` replaces the settings' ``PATH``."""
    return {"PATH": str(Path(args.content).resolve())} if args.content else {}


def _build(args: argparse.Namespace) -> int:
    try:
        report = build(Path(args.settings), Path(args.output), _overrides(args))
    except BuildFailed as failed:
        print_failure(failed, "Build stopped", f"{args.output}/ was left as it was")
        return failed.exitcode
    print_success(report, f"Built {{files}} files into {args.output}/ in {{seconds:.2f}} s.")
    return 0


def _check(args: argparse.Namespace) -> int:
    settings = load_settings(Path(args.settings), _overrides(args))
    return print_check(sorted(validate_content(Path(settings["PATH"]), settings).problems))


def _newpost(args: argparse.Namespace) -> int:
    try:
        settings = load_settings(Path(args.settings))
        path = new_post(Path(args.news), args.title, timezone=settings["TIMEZONE"], date=args.date)
    except (PostExists, ValueError) as error:  # BadDate is a ValueError
        print(error, file=sys.stderr)
        return 1
    print(f"Created {path} (Status: draft). Open it, write the text, and see it at http://127.0.0.1:8000/ with make serve.")
    return 0


def _deploy(args: argparse.Namespace) -> int:
    try:
        result = deploy(Path(args.output), args.target, dry_run=args.dry_run)
    except DeployRefused as refused:
        print(f"Deploy refused: {refused}", file=sys.stderr)
        return 2
    if result.returncode == 0:
        print(f"{'Dry run: nothing copied' if args.dry_run else 'Deployed'} {args.output}/ → {args.target}")
    return result.returncode


def _serve(args: argparse.Namespace) -> int:
    from .preview import serve  # livereload is only needed here

    serve(Path(args.settings), Path(args.output), args.host, args.port, Path(args.content) if args.content else None)
    return 0


def _options() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser, argparse.ArgumentParser]:
    """The shared options: settings file, content folder, output folder."""
    settings = argparse.ArgumentParser(add_help=False)
    settings.add_argument("-s", "--settings", default="pelicanconf.py", help="settings file (default: pelicanconf.py)")
    content = argparse.ArgumentParser(add_help=False)
    content.add_argument("-c", "--content", help="content folder (default: PATH in the settings, content/)")
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("-o", "--output", default="output", help="output folder (default: output)")
    return settings, content, output


def main(argv: list[str] | None = None) -> int:
    settings, content, output = _options()
    parser = argparse.ArgumentParser(prog="kurzeme_visiem", description="Build the Kurzeme visiem site.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", parents=[settings, content, output],
                        help="build the site atomically into the output folder").set_defaults(run=_build)
    commands.add_parser("check", parents=[settings, content],
                        help="check all content without building").set_defaults(run=_check)
    serve_parser = commands.add_parser("serve", parents=[settings, content, output],
                                       help="build, serve the preview and rebuild on every change")
    serve_parser.add_argument("--host", default="127.0.0.1")
    serve_parser.add_argument("--port", type=int, default=8000)
    serve_parser.set_defaults(run=_serve)
    newpost_parser = commands.add_parser("newpost", parents=[settings], help="create a draft news item for a title")
    newpost_parser.add_argument("title")
    newpost_parser.add_argument("--date", help="the news item's date, YYYY-MM-DD or 'YYYY-MM-DD HH:MM' (default: now)")
    newpost_parser.add_argument("--news", default="content/news", help="news folder (default: content/news)")
    newpost_parser.set_defaults(run=_newpost)
    deploy_parser = commands.add_parser("deploy", parents=[output], help="copy the public build to DEPLOY_TARGET with rsync")
    deploy_parser.add_argument("--target", required=True, help="user@host:/path or a local folder")
    deploy_parser.add_argument("--dry-run", action="store_true", help="list what would change, copy nothing")
    deploy_parser.set_defaults(run=_deploy)
    args = parser.parse_args(argv)
    return args.run(args)
