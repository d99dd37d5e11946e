"""Which Pelican versions the speed-ups were tested with; on any other, the stock behaviour.

``fast_build/`` overrides private parts of Pelican (``Writer._open_w``, ``_written_files``, ``_overridden_files``,
``Pelican._get_generator_classes``, the memoized ``Content.get_content``/``get_summary`` caches). They can change in
any release, so on a version not listed here the build warns once and uses the site's reader without its cache and
Pelican's own writer, and the preview rebuilds the whole site atomically on every change: slower, same output.
After testing a new version (``tests/unit/fast_build``, ``tests/e2e/test_fast_build.py``), add it here. The same
for Python-Markdown: on another version its inline processor is used as it is (``markdown_guards``).
"""

from __future__ import annotations

import functools
import logging

import markdown
import pelican

from ..settings import setting

TESTED_PELICAN = ("4.12.0",)
# ``markdown_guards.SkippingInlineProcessor`` overrides a private method of Python-Markdown's inline processor
TESTED_MARKDOWN = ("3.11.3",)

logger = logging.getLogger(__name__)


@functools.cache  # one warning per process and version, however many builds the preview runs
def _tested(package: str, installed: str, tested: tuple[str, ...], stock: str = "reader and writer") -> bool:
    if installed in tested:
        return True
    logger.warning("%s %s is not a version the FAST_BUILD speed-ups were tested with (%s): using its stock %s",
                   package, installed, ", ".join(tested), stock)
    return False


def pelican_tested() -> bool:
    return _tested("pelican", pelican.__version__, TESTED_PELICAN)


def markdown_tested() -> bool:
    return _tested("markdown", markdown.__version__, TESTED_MARKDOWN, "inline processor")


def fast_build_active(settings: dict) -> bool:
    """``FAST_BUILD`` is on and the installed Pelican is one the speed-ups were tested with."""
    return bool(setting(settings, "FAST_BUILD")) and pelican_tested()
