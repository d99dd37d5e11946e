"""``make import-wordpress WXR=export.xml [UPLOADS=…]``: run the import, write or print the report, exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ...content.messages import message
from ..file_bytes import write_atomic
from .importer import ImportOptions, run_import
from .manifest import ManifestError
from .redirects import RedirectsFileError
from .wxr import WxrError

REPORT_NAME = "import-report.md"


def import_wordpress(
    wxr: Path, content: Path, uploads: Path | None = None, report_path: Path | None = None, *,
    dry_run: bool = False, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
) -> int:
    """0 when the import ran (even with items to look at), 1 when the export or the folders are unusable."""
    if uploads is not None and not uploads.is_dir():
        print(message("wordpress.uploads_missing", uploads=uploads), file=err)
        return 1
    if not (content / "partners").is_dir():
        print(message("wordpress.not_content_folder", content=content), file=err)
        return 1
    try:
        report = run_import(ImportOptions(wxr, content, uploads, dry_run))
    except (WxrError, ManifestError, RedirectsFileError) as error:
        print(f"{error}\n{message('wordpress.nothing_written')}", file=err)
        return 1
    text = report.render()
    if dry_run:
        print(text, file=out, end="")
        return 0
    target = report_path or Path(REPORT_NAME)
    write_atomic(target, text.encode("utf-8"))
    counts = report.counts
    print(message("wordpress.done", news=counts["news"], pages=counts["pages"], copied=counts["media_copied"],
                  redirects=counts["redirects_added"], to_look_at=report.needs_look, report=target), file=out)
    return 0
