"""The content rules of the live preview's body-only update (``fast_build/live_site.py``): one changed news item
or page is checked as the whole-content check would check it, against the directory and site map of the last full
rebuild, and finished as the plugin's generator finishes every item.

A file whose slug, partners or services changed is not a body edit (``None``): the full rebuild takes it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican.contents import Article

from ..content.check import page_url
from ..content.links import check_links
from ..content.news_check import check_news_file, check_page_file
from ..content.problems import ContentErrors, errors_only
from ..site.generator import DirectoryGenerator

logger = logging.getLogger(__name__)


def _directory_generator(generators: list) -> DirectoryGenerator:
    return next(g for g in generators if isinstance(g, DirectoryGenerator))


class ContentRules:
    """``BodyRules`` for the site's content contract."""

    directory_variables = frozenset({"directory", "availability", "partner_map"})
    directory_pages = frozenset({"partner", "service"})

    def check(self, generators: list, path: Path, old):
        generator = _directory_generator(generators)
        validated, content_root = generator.validated, Path(generator.path).resolve()
        if isinstance(old, Article):
            checked, problems = check_news_file(content_root, path, validated.directory, {})
            before = validated.news_links.get(path)
            if checked is None or before is None or checked.slug != before.slug:
                return None
            if ([p.slug for p in checked.partners], [s.slug for s in checked.services]) != \
                    ([p.slug for p in before.partners], [s.slug for s in before.services]):
                return None
            markdown, kind = checked.markdown, "ARTICLE"
        else:
            checked, problems = check_page_file(content_root, path, generator.settings, {})
            before = next((p for p in validated.pages if p.path.resolve() == path), None)
            if checked is None or before is None or checked.slug != before.slug:
                return None
            markdown, kind = checked, "PAGE"
        problems += check_links(markdown, page_url(generator.settings, kind, markdown), validated.known)
        if errors_only(problems):
            raise ContentErrors(errors_only(problems))
        for warning in problems:
            logger.warning("%s", warning)
        return checked

    def finish(self, generators: list, new, checked) -> None:
        generator = _directory_generator(generators)
        if isinstance(new, Article):
            generator.link_article(new, {Path(new.source_path).resolve(): checked})
        generator.finish_body(new, generator.validated.directory.glossary)

    def accept(self, generators: list, content, checked) -> None:
        validated = _directory_generator(generators).validated
        if isinstance(content, Article):
            validated.news_links[Path(content.source_path).resolve()] = checked
        else:
            validated.pages[:] = [checked if p.path.resolve() == checked.path.resolve() else p for p in validated.pages]

    def directory_paths(self, settings: dict) -> list[Path]:
        root = Path(settings["PATH"])
        return [root / "partners", root / "services"]

    def page_inputs(self, content) -> str:
        """A news item's page names its partners and services (``link_list``): their records and URLs."""
        shown = [(item.slug, str(item.url), repr(item.record)) for item in
                 (*getattr(content, "partner_list", []), *getattr(content, "service_list", []))]
        return repr(shown)
