"""The command line: ``python -m kurzeme_visiem build|serve|serve-public|check|newpost|deploy|import-wordpress`` (the Makefile calls these).

``build``, ``serve``, ``check`` and ``import-wordpress`` share one set of options (``-s``, ``-c``, and ``-o`` where there is an output).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..content.check import validate_content
from ..content.messages import ENVIRONMENT_VARIABLE, LANGUAGES, message
from .build import BuildFailed, build, load_settings
from .report import print_check, print_failure, print_success


def _overrides(args: argparse.Namespace) -> dict:
    """``-c FOLDER`` replaces the settings' ``PATH``."""
    return {"PATH": str(Path(args.content).resolve())} if args.content else {}


def _build(args: argparse.Namespace) -> int:
    try:
        report = build(Path(args.settings), Path(args.output), _overrides(args))
    except BuildFailed as failed:
        print_failure(failed, "build.stopped", output=args.output)
        return failed.exitcode
    print_success(report, "build.up_to_date" if report.up_to_date else "build.done", output=args.output)
    return 0


def _check(args: argparse.Namespace) -> int:
    settings = load_settings(Path(args.settings), _overrides(args))
    return print_check(sorted(validate_content(Path(settings["PATH"]), settings).problems))


def _newpost(args: argparse.Namespace) -> int:
    from .newpost import PostExists, new_post  # noqa: PLC0415 - each command imports what only it needs

    title = args.title if args.title is not None else os.environ.get("TITLE", "")
    if not title.strip():
        print(message("newpost.title_missing"), file=sys.stderr)
        return 2
    try:
        settings = load_settings(Path(args.settings))
        path = new_post(Path(args.news), title, timezone=settings["TIMEZONE"], date=args.date)
    except (PostExists, ValueError) as error:  # BadDate is a ValueError
        print(error, file=sys.stderr)
        return 1
    print(message("newpost.created", path=path))
    return 0


def _deploy(args: argparse.Namespace) -> int:
    from .deploy import DeployRefused, deploy  # noqa: PLC0415 - not loaded for a build
    from .deploy_target import DeployFailed, printable  # noqa: PLC0415

    try:
        result = deploy(Path(args.output), args.target, dry_run=args.dry_run)
    except DeployRefused as refused:
        print(message("deploy.refused", reason=refused), file=sys.stderr)
        return 2
    except DeployFailed as failed:
        print(message("deploy.failed", reason=failed), file=sys.stderr)
        return 1
    returncode = result if isinstance(result, int) else result.returncode
    if returncode == 0:
        print(message("deploy.dry_run" if args.dry_run else "deploy.done", output=args.output, target=printable(args.target)))
    return returncode


def _import_wordpress(args: argparse.Namespace) -> int:
    from .wordpress.command import import_wordpress

    content = Path(args.content) if args.content else Path(load_settings(Path(args.settings))["PATH"])
    return import_wordpress(Path(args.wxr), content, Path(args.uploads) if args.uploads else None,
                            Path(args.report), dry_run=args.dry_run)


def _serve(args: argparse.Namespace) -> int:
    from .preview import serve  # tornado and watchfiles are only needed here

    serve(Path(args.settings), Path(args.output), args.host, args.port, Path(args.content) if args.content else None)
    return 0


def _serve_public(args: argparse.Namespace) -> int:
    from tornado.ioloop import IOLoop

    from .serve_public import build_for_local, local_address, serve_folder

    try:
        report = build_for_local(Path(args.settings), Path(args.output), args.host, args.port, _overrides(args))
    except BuildFailed as failed:
        print_failure(failed, "build.stopped", output=args.output)
        return failed.exitcode
    serve_folder(Path(args.output), args.host, args.port)
    address = local_address(args.host, args.port)
    print(message("serve_public.built", address=address, output=args.output, seconds=f"{report.seconds:.2f}"))
    print(message("serve_public.address", address=address), flush=True)
    try:
        IOLoop.current().start()
    except KeyboardInterrupt:
        pass
    return 0


def _options() -> tuple[argparse.ArgumentParser, ...]:
    """The shared options: settings file, content folder, output folder, language of the messages."""
    settings = argparse.ArgumentParser(add_help=False)
    settings.add_argument("-s", "--settings", default="pelicanconf.py", help="settings file (default: pelicanconf.py)")
    content = argparse.ArgumentParser(add_help=False)
    content.add_argument("-c", "--content", help="content folder (default: PATH in the settings, content/)")
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("-o", "--output", default="output", help="output folder (default: output)")
    language = argparse.ArgumentParser(add_help=False)
    language.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                          help=f"language of the messages (default: Latvian, or the {ENVIRONMENT_VARIABLE} variable)")
    return settings, content, output, language


def main(argv: list[str] | None = None) -> int:
    settings, content, output, language = _options()
    parser = argparse.ArgumentParser(prog="kurzeme_visiem", description="Build the Kurzeme visiem site.",
                                     parents=[language])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", parents=[settings, content, output, language],
                        help="build the site atomically into the output folder").set_defaults(run=_build)
    commands.add_parser("check", parents=[settings, content, language],
                        help="check all content without building").set_defaults(run=_check)
    serve_parser = commands.add_parser("serve", parents=[settings, content, language],
                                       help="build, serve the preview and rebuild on every change")
    serve_parser.add_argument("-o", "--output", default=".preview", help="the preview's own folder (default: .preview)")
    serve_parser.add_argument("--host", default="127.0.0.1")
    serve_parser.add_argument("--port", type=int, default=8000)
    serve_parser.set_defaults(run=_serve)
    public_parser = commands.add_parser("serve-public", parents=[content, language],
                                        help="build the public site for a local address and serve it")
    public_parser.add_argument("-s", "--settings", default="publishconf.py", help="settings file (default: publishconf.py)")
    public_parser.add_argument("-o", "--output", default=".public-preview", help="its own folder (default: .public-preview)")
    public_parser.add_argument("--host", default="127.0.0.1")
    public_parser.add_argument("--port", type=int, default=8001)
    public_parser.set_defaults(run=_serve_public)
    newpost_parser = commands.add_parser("newpost", parents=[settings, language], help="create a draft news item for a title")
    newpost_parser.add_argument("title", nargs="?", help="the title (default: the TITLE environment variable)")
    newpost_parser.add_argument("--date", help="the news item's date, YYYY-MM-DD or 'YYYY-MM-DD HH:MM' (default: now)")
    newpost_parser.add_argument("--news", default="content/news", help="news folder (default: content/news)")
    newpost_parser.set_defaults(run=_newpost)
    deploy_parser = commands.add_parser("deploy", parents=[output, language], help="copy the public build to DEPLOY_TARGET (rsync or S3)")
    deploy_parser.add_argument("--target", required=True, help="user@host:/path, a local folder or s3://bucket/prefix")
    deploy_parser.add_argument("--dry-run", action="store_true", help="list what would change, copy nothing")
    deploy_parser.set_defaults(run=_deploy)
    import_parser = commands.add_parser("import-wordpress", parents=[settings, content],
                                        help="import a WordPress export (WXR) into the content folder")
    import_parser.add_argument("wxr", help="the .xml file of WordPress's Tools → Export")
    import_parser.add_argument("--uploads", help="WordPress's wp-content/uploads folder (images and documents)")
    import_parser.add_argument("--report", default="import-report.md", help="where to write the report (default: import-report.md)")
    import_parser.add_argument("--dry-run", action="store_true", help="print the report, write nothing")
    import_parser.set_defaults(run=_import_wordpress)
    args = parser.parse_args(argv)
    if getattr(args, "lang", None):
        os.environ[ENVIRONMENT_VARIABLE] = args.lang  # read by content.messages, also in the build's workers
    return args.run(args)
