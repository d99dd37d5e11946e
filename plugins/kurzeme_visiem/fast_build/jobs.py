"""Pelican's ``write_file`` calls, recorded to be rendered later (the parallel writer and the live site's memory
writer), and how a rendered file reaches the output folder (by rename, so a file linked elsewhere is never written
through)."""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

from pelican.writers import Writer

# Writer.write_file's positional parameters after (name, template, context), in Pelican's order
_POSITIONAL = ("relative_urls", "paginated", "template_name", "override_output", "url")


@dataclass
class Job:
    """One ``write_file`` call of a generator: the page ``name`` and everything Pelican's writer needs for it; or
    another write put off until the pages are rendered (``make()`` writes ``name`` through the writer: a feed,
    ``ParallelWriter.write_feed`` and ``write_later``)."""

    number: int
    name: str
    template: object
    context: dict
    kwargs: dict
    make: Callable[[], None] | None = None

    @property
    def content(self):
        """The news item or page this job renders (``None`` for a list page)."""
        return self.kwargs.get("article") or self.kwargs.get("page")

    def cost(self, settings: dict) -> float:
        """About how many files the job writes: a paginated list writes one per page of the list."""
        paginated = self.kwargs.get("paginated") or {k: v for k, v in self.kwargs.items() if k in {"articles", "dates"}}
        if paginated and self.kwargs.get("template_name") in settings["PAGINATED_TEMPLATES"]:
            per_page = settings["PAGINATED_TEMPLATES"][self.kwargs["template_name"]] or settings["DEFAULT_PAGINATION"]
            if per_page:
                return float(math.ceil(len(next(iter(paginated.values()))) / per_page) or 1)
        return 1.0


class QueuedWriter(Writer):
    """Pelican's Writer whose ``write_file`` only records the call in ``jobs``; subclasses render them."""

    def __init__(self, output_path, settings=None) -> None:
        super().__init__(output_path, settings=settings)
        self.jobs: list[Job] = []

    def write_file(self, name, template, context, *args, **kwargs):
        if not name:
            return  # Pelican's writer skips empty names too
        kwargs.update(zip(_POSITIONAL, args))
        self.jobs.append(Job(len(self.jobs), name, template, context, kwargs))

    def render_job(self, job: Job, template=None) -> None:
        """Render one recorded job with Pelican's own ``write_file`` (through this writer's ``_open_w``), with its
        own template or ``template`` standing in for it."""
        Writer.write_file(self, job.name, template or job.template, job.context, **job.kwargs)


def replace_file(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to a temporary name beside ``path`` and rename it over ``path`` (mode 0644)."""
    handle, temporary = tempfile.mkstemp(prefix=".writing-", dir=os.path.dirname(path))
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)
