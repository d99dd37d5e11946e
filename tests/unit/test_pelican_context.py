"""PelicanLog: what Pelican logs during a build, reported after it (tools/build.py and the live site)."""

from __future__ import annotations

import logging

from kurzeme_visiem.pelican_context import PelicanLog


def test_warnings_and_errors_are_kept_only_inside_the_block():
    logger = logging.getLogger("pelican.test")
    with PelicanLog() as log:
        logger.info("not kept")
        logger.warning("  a warning ")
        try:
            raise ValueError("bad")
        except ValueError:
            logger.exception("could not read x.md")
    logger.error("after the block")
    assert log.warnings() == ["a warning"]
    assert log.errors() == ["could not read x.md (ValueError: bad)"]
    assert log not in logging.getLogger().handlers
