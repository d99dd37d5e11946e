"""Atomic site builds: Pelican writes into a staging folder that replaces the output only on success.

A build that meets bad content, or fails in any other way, leaves the previous output exactly as
it was; two builds into one output run one after the other (:mod:`output_folder`). Files the site does not own (``OUTPUT_RETENTION``: ``.git``, ``CNAME``, ...) survive a rebuild.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from pelican import Pelican
from pelican.settings import read_settings

from ..content.messages import message
from ..content.problems import ContentErrors, ContentProblem
from ..fast_build import uptodate
from ..fast_build.incremental import link_previous, state_file
from ..fast_build.precheck import discard_check, start_check
from ..fast_build.versions import fast_build_active
from ..publish.errors import PublishStepFailed
from ..content.lv.stemmer import stems
from ..pelican_context import ONE_SHOT_BUILD, PelicanLog
from ..settings import setting
from .output_folder import OutputBusy, describe_os_error, exclusive, remove_leftovers, swap_in

LOCK_WAIT = 120.0  # seconds a second build waits for the first one


class BuildFailed(Exception):
    """The build did not complete; ``problems`` says why, one ``path:line: message`` each."""

    exitcode = 1

    def __init__(self, problems: list[ContentProblem | str]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class BuildReport:
    output: Path
    seconds: float
    files: int
    warnings: list[str] = field(default_factory=list)
    up_to_date: bool = False  # nothing changed since the previous build into this folder: nothing was written


def load_settings(settings_file: Path, overrides: dict | None = None) -> dict:
    return read_settings(str(settings_file), override=overrides or {})


def build(settings_file: Path, output: Path, overrides: dict | None = None, incremental: bool = False,
          lock_wait: float = LOCK_WAIT) -> BuildReport:
    """Build into a staging folder and swap it in, one build at a time (:mod:`output_folder`). ``incremental``
    (the preview, with ``FAST_BUILD``): the staging folder starts with hard links to the previous build's pages,
    and only pages whose inputs changed are rendered. File-system errors (disk full, read-only) are one line."""
    output = output.resolve()
    if output.exists() and not output.is_dir():
        raise BuildFailed([message("build.output_is_file", output=output)])
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with exclusive(output, lock_wait):
            remove_leftovers(output)
            return _build_locked(settings_file, output, overrides, incremental)
    except OutputBusy as busy:
        raise BuildFailed([str(busy)]) from busy
    except OSError as error:
        raise BuildFailed([describe_os_error(error, output)]) from error


def _build_locked(settings_file: Path, output: Path, overrides: dict | None, incremental: bool) -> BuildReport:
    started = time.perf_counter()
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-staging-", dir=output.parent))
    try:
        with PelicanLog() as log:
            settings = load_settings(settings_file, {**(overrides or {}), "OUTPUT_PATH": str(staging)})
            inputs = uptodate.fingerprint(settings) if fast_build_active(settings) and not incremental else None
            previous = uptodate.current(settings, output, inputs) if inputs else None
            if previous is not None:  # a warm build with nothing changed: the output is already this build
                return BuildReport(output, time.perf_counter() - started, len(previous.manifest), previous.warnings,
                                   up_to_date=True)
            uptodate.forget(settings, output)
            if incremental and fast_build_active(settings):  # only changed pages: fast_build/writer.py, incremental.py
                settings["BUILD_INCREMENTAL"] = True
                settings["INCREMENTAL_OUTPUT"] = str(output)
                link_previous(output, staging, state_file(settings, str(output)))
            if not incremental:
                settings[ONE_SHOT_BUILD] = True
                start_check(settings)  # the content check on another core while Pelican reads (fast_build/precheck.py)
            try:
                Pelican(settings).run()
            except ContentErrors as errors:
                raise BuildFailed(list(errors.problems)) from errors
            finally:
                discard_check(settings)
            failures = log.errors()
            if failures:
                raise BuildFailed(failures)
            if setting(settings, "PUBLISH_STEPS"):  # publishconf.py: sitemap, assets, minify, search index, precompress
                from ..publish.steps import finish_public_site  # noqa: PLC0415 - its HTML parser loads slowly

                try:
                    finish_public_site(staging, settings, stems)
                except PublishStepFailed as failed:
                    raise BuildFailed([str(failed)]) from failed
            _carry_over(output, staging, settings.get("OUTPUT_RETENTION", []))
            swap_in(staging, output)
            warnings = log.warnings()
            files = uptodate.record(settings, output, inputs, warnings) if inputs else None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if files is None:  # not recorded: count them (the record's listing of the output, when there is one, is the count)
        files = sum(1 for p in output.rglob("*") if p.is_file())
    return BuildReport(output, time.perf_counter() - started, files, warnings)


def _carry_over(output: Path, staging: Path, retained: list[str]) -> None:
    """Copy the files the site does not own from the old output into the new one."""
    for name in retained:
        source = output / name
        target = staging / name
        if not source.exists() or target.exists():
            continue
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True)
        else:
            shutil.copy2(source, target)
