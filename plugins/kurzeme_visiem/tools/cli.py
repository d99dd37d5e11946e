"""The command line: ``python -m kurzeme_visiem build|serve|check|newpost|deploy`` (the Makefile calls these)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import BuildFailed, build, load_settings
from ..content.check import validate_content
from .deploy import DeployRefused, deploy
from .newpost import PostExists, new_post


def _build(args: argparse.Namespace) -> int:
    try:
        overrides = {"PATH": str(Path(args.content).resolve())} if args.content else {}
        report = build(Path(args.settings), Path(args.output), overrides)
    except BuildFailed as failed:
        for problem in failed.problems:
            print(problem, file=sys.stderr)
        count = len(failed.problems)
        print(f"Build stopped: {count} problem{'s' if count != 1 else ''}; {args.output}/ was left as it was.", file=sys.stderr)
        return failed.exitcode
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    if report.up_to_date:
        print(f"{args.output}/ is up to date ({report.files} files; nothing changed since its build), "
              f"checked in {report.seconds:.2f} s.")
    else:
        print(f"Built {report.files} files into {args.output}/ in {report.seconds:.2f} s.")
    return 0


def _check(args: argparse.Namespace) -> int:
    overrides = {"PATH": str(Path(args.content).resolve())} if args.content else {}
    settings = load_settings(Path(args.settings), overrides)
    problems = sorted(validate_content(Path(settings["PATH"]), settings).problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    errors = sum(not p.warning for p in problems)
    warnings = len(problems) - errors
    print(f"Content check: {errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}.",
          file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0


def _newpost(args: argparse.Namespace) -> int:
    try:
        settings = load_settings(Path(args.settings))
        path = new_post(Path(args.news), args.title, timezone=settings["TIMEZONE"])
    except (PostExists, ValueError) as error:
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
    from .preview import serve  # tornado and watchfiles are only needed here

    serve(Path(args.settings), Path(args.output), args.host, args.port, Path(args.content) if args.content else None)
    return 0


def _serve_public(args: argparse.Namespace) -> int:
    from .serve_public import build_for_local, local_address, serve_folder

    overrides = {"PATH": str(Path(args.content).resolve())} if args.content else {}
    try:
        report = build_for_local(Path(args.settings), Path(args.output), args.host, args.port, overrides)
    except BuildFailed as failed:
        for problem in failed.problems:
            print(problem, file=sys.stderr)
        return failed.exitcode
    server = serve_folder(Path(args.output), args.host, args.port)
    print(f"Built the public site for {local_address(args.host, args.port)} into {args.output}/ in {report.seconds:.2f} s.")
    print(f"Public build: {local_address(args.host, args.port)}/  (Ctrl+C stops it; output/ is not touched)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kurzeme_visiem", description="Build the Kurzeme visiem site.")
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("build", help="build the site atomically into the output folder")
    build_parser.add_argument("-s", "--settings", default="pelicanconf.py")
    build_parser.add_argument("-o", "--output", default="output")
    build_parser.add_argument("-c", "--content", help="content folder (default: PATH in the settings, content/)")
    build_parser.set_defaults(run=_build)
    check_parser = commands.add_parser("check", help="check all content without building")
    check_parser.add_argument("-s", "--settings", default="pelicanconf.py")
    check_parser.add_argument("-c", "--content", help="content folder (default: PATH in the settings, content/)")
    check_parser.set_defaults(run=_check)
    newpost_parser = commands.add_parser("newpost", help="create a draft news item for a title")
    newpost_parser.add_argument("title")
    newpost_parser.add_argument("-s", "--settings", default="pelicanconf.py", help="settings file (its TIMEZONE dates the item)")
    newpost_parser.add_argument("--news", default="content/news", help="news folder (default: content/news)")
    newpost_parser.set_defaults(run=_newpost)
    deploy_parser = commands.add_parser("deploy", help="copy the public build to DEPLOY_TARGET with rsync")
    deploy_parser.add_argument("-o", "--output", default="output")
    deploy_parser.add_argument("--target", required=True, help="user@host:/path or a local folder")
    deploy_parser.add_argument("--dry-run", action="store_true", help="list what would change, copy nothing")
    deploy_parser.set_defaults(run=_deploy)
    serve_parser = commands.add_parser("serve", help="build, serve the preview and rebuild on every change")
    serve_parser.add_argument("-s", "--settings", default="pelicanconf.py")
    serve_parser.add_argument("-o", "--output", default=".preview", help="the preview's own folder (default: .preview)")
    serve_parser.add_argument("-c", "--content", help="content folder (default: PATH in the settings, content/)")
    serve_parser.add_argument("--host", default="127.0.0.1")
    serve_parser.add_argument("--port", type=int, default=8000)
    serve_parser.set_defaults(run=_serve)
    public_parser = commands.add_parser("serve-public", help="build the public site for a local address and serve it")
    public_parser.add_argument("-s", "--settings", default="publishconf.py")
    public_parser.add_argument("-o", "--output", default=".public-preview", help="its own folder (default: .public-preview)")
    public_parser.add_argument("-c", "--content", help="content folder (default: PATH in the settings, content/)")
    public_parser.add_argument("--host", default="127.0.0.1")
    public_parser.add_argument("--port", type=int, default=8001)
    public_parser.set_defaults(run=_serve_public)
    args = parser.parse_args(argv)
    return args.run(args)
