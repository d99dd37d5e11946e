"""The live preview's site, kept in memory between saves (Pelican's private API: generators, Writer internals,
the memoized content caches; hence in ``fast_build``, used only when ``versions.pelican_tested()``).

A *full* rebuild runs Pelican's generators in this process, as ``Pelican.run`` does, with a writer that renders
into memory; pages whose inputs did not change since the previous rebuild (the keys of ``incremental``) are not
rendered again, and only files whose bytes changed are written to the output folder (each by rename).
A *body* update handles the common save: the body of existing news items or pages changed and nothing any other
page shows of them (title, date, summary, URL, partners, ... : ``_signature``). Only those files are checked
(against the directory and site map the last full rebuild kept), read, finished by the plugin and rendered, and the
content objects are updated in place, so every list and partner page keeps pointing at them.
What a body edit must pass (the content check of that file, the plugin's finishing) comes from the caller
(``tools/live_content.py``), since this layer knows nothing of the content contract.
A *lists* update handles a news item's new title or date (what lists show, its slug and URL) when nothing else
changed (its partners, services, tags, status, image): the file is checked against every other item's slug and
the site map made again, read and finished, the object updated in place; the news are sorted again as Pelican
sorts them (``_relist``), the news generator's page jobs kept (``_record_news``) and its feeds made again, and only
pages whose key changed rendered: the item's page, the lists, the years, its partners' and services' pages and
feeds, pages linking to it. With ``rebuild(defer=True)`` (the preview) those pages and feeds are left pending: the
rebuild writes the news feed and removes what goes, and ``make_pending`` makes the rest, a file asked for first;
every file not pending is already the new state's.
A *directory* update handles a save of partner or service files only (edited, added, removed): the directory is
read and checked again with every news item's partners and services, from the headers kept (``BodyRules.check_directory``),
the news objects are linked to it in place, the directory generator's page jobs recorded again, and only pages whose
key changed rendered: the directory's pages, lists reading the directory, news pages whose partners show
differently; partner feeds are made again only when what they show changed. Pending files of a lists update are
made first.
Anything else (the glossary, an image, a new, deleted or renamed file, the theme, the
settings) takes the full rebuild. Either way the output folder is changed only after the whole update succeeded
(a deferred one: after its state was made, file by file, each final; if making a pending page fails, a template
error, the files made so far stay, the item may have no page, and the next rebuild is a full one), and by the
caller's thread: a server on the same thread never serves a half-written state.
"""

from __future__ import annotations

import hashlib
import io
import re
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter
from pathlib import Path

from typing import Protocol

import jinja2
import jinja2.meta
import markdown
from pelican import Pelican, signals
from pelican import __version__ as pelican_version_string
from pelican.contents import Article, Content
from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.writers import FileOverwriteFailedError

from pelican.settings import read_settings
from pelican.utils import order_content, posixize_path

from ..pelican_context import CONTENT_KEYS, PelicanLog
from . import incremental
from .forking import default_workers, run_shares, split
from .jobs import Job, QueuedWriter, replace_file
from .versions import pelican_tested

logger = logging.getLogger(__name__)


class UntestedPelican(RuntimeError):
    """The live site relies on Pelican internals of the versions ``versions`` lists."""


class LoggedErrors(Exception):
    """Pelican logged errors during a rebuild (a file it could not read, ...); ``problems`` lists them."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class BodyRules(Protocol):
    """What a body-only update must pass, from the layers that know the content (``tools/live_content.py``)."""

    def check(self, generators: list, path: Path, old) -> object | None:
        """Check one changed file; its checked source, or ``None`` if it changed more than its body (a new slug,
        other partners, ...). Raises the content layer's error when the file breaks the contract."""

    def check_listed(self, generators: list, path: Path, old) -> object | None:
        """Check one changed news item whose title or date changed (what lists show, its slug and URL), against
        every other item; ``None`` when the full rebuild must check it. Raises like ``check``."""

    def check_directory(self, generators: list, paths: set[Path]) -> object | None:
        """Only files of the directory (partners, services) changed: the directory read and checked again with what
        depends on it (every news item's partners and services), or ``None`` when the full rebuild must check."""

    def accept_directory(self, generators: list, checked) -> None:
        """The site uses the directory ``check_directory`` read: the news objects linked to it, its pages' context."""

    def rewrite_directory(self, generator, writer) -> bool:
        """Record again this generator's page jobs if it writes the directory's pages; True if it did."""

    def feed_keys(self, generators: list) -> dict[str, str]:
        """The directory's feeds (output-relative path) with what each shows, hashed or not."""

    def directory_feeds(self, generators: list, paths: set[str]) -> dict[str, Callable[[], str]]:
        """What makes the directory's feeds at these paths (output-relative path: a function giving its text)."""

    def finish(self, generators: list, new, checked) -> bool:
        """Do to a freshly read content object what the plugin's generators do to every one; False if the update
        needs files only a full rebuild writes (a picture no other item shows)."""

    def accept(self, generators: list, content, checked) -> None:
        """``content`` now holds the new version: remember ``checked`` for the next check."""

    def relist(self, generators: list) -> None:
        """The published news were sorted again: the plugin's own lists of them follow (in place)."""

    def rewrite(self, generator, writer) -> bool:
        """Record again this generator's page jobs if they hold lists ``relist`` made anew; True if it did."""

    def feeds(self, generators: list, items: list) -> dict[str, Callable[[], str]]:
        """The plugin's feeds that a new title or date of these items changes: output-relative path → what makes its
        text (called when the feed is written, maybe after the pages a visitor asked for)."""

    def list_page(self, template: str, localcontext: dict) -> tuple[list, str] | None:
        """What one page of a paginated list (its template's name) shows: its items, and the rest as a string; None: it may show more."""

    def item_lists(self, kwargs: dict, context: dict) -> tuple[list, str] | None:
        """The lists of news a page of one thing shows (``partner.news``) and what else it shows of the site as a
        string, or None: the page may show any."""

    def directory_paths(self, settings: dict) -> list[Path]:
        """The content folders every list page depends on, but a news item's page only through ``page_inputs``."""

    def page_inputs(self, content) -> str:
        """What a news item's or page's own page shows of other content (its partners' names, ...)."""

    def pages_inputs(self, items: list) -> list:
        """For each of ``items`` a value equal for two states exactly when ``page_inputs`` is (faster for many)."""

    directory_variables: frozenset[str]
    """Context variables that carry the directory: a list page whose templates read none of them does not depend on
    the directory (the news lists)..."""

    directory_pages: frozenset[str]
    """...unless it is a directory item's own page: the page variables that name one (``partner=``)."""

    list_variables: frozenset[str]
    """Context variables that carry news or pages: a page whose templates read none of them (and not the
    directory) shows no list."""


@dataclass
class Outcome:
    """What one rebuild did: ``problems`` is empty when it succeeded."""

    mode: str  # "full", "bodies" or "lists"
    seconds: float = 0.0
    pending: int = 0  # files a deferred update has still to make (``LiveSite.make_pending``); 0: the update is done
    rendered: int = 0
    written: int = 0
    removed: int = 0
    problems: list = field(default_factory=list)  # ContentProblem or str, each "path:line: message"
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _Capture(io.StringIO):
    """A file Pelican writes, kept in memory: on leaving the ``with`` block its bytes go to ``sink``."""

    def __init__(self, sink: dict[str, bytes], path: str, encoding: str) -> None:
        super().__init__()
        self.sink, self.path, self.target_encoding = sink, path, encoding

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.sink[self.path] = self.getvalue().encode(self.target_encoding)
        super().__exit__(kind, value, traceback)


class _CachedPages:
    """A paginated list's template: a page whose key (``key_of``: what it shows) is the one ``cache`` holds for its
    file is not rendered again (a new date moves an item across the first pages, the later ones stay as they are)."""

    def __init__(self, template, key_of, cache: dict[str, tuple[str, str]]) -> None:
        self.template, self.key_of, self.cache = template, key_of, cache
        self.environment, self.name = template.environment, template.name

    def render(self, localcontext: dict) -> str:
        key, name = self.key_of(self.name, localcontext), localcontext["output_file"]
        if key is not None and self.cache.get(name, ("", ""))[0] == key:
            return self.cache[name][1]
        text = self.template.render(localcontext)
        if key is not None:
            self.cache[name] = (key, text)
        return text


class MemoryWriter(QueuedWriter):
    """Pelican's Writer, rendering into memory: feeds at once (``feeds``), pages as recorded jobs (``render``)."""

    def __init__(self, output_path, settings=None) -> None:
        super().__init__(output_path, settings=settings)
        self.page_key = None  # a paginated page's key from its template context, or None: pages are always rendered
        self.page_cache: dict[str, tuple[str, str]] = {}  # output file → (key, text) of a paginated page
        self.feeds: dict[str, bytes] = {}
        self._sink = self.feeds
        self._job_paths: dict[str, set[str]] = {}  # what each job wrote last time: rendering it again is no overwrite

    def _open_w(self, filename, encoding, override=False):
        if filename in self._written_files and not (override or filename in self._overridden_files):
            raise FileOverwriteFailedError(f'Failed to overwrite "{filename}" as Pelican has already written to it '
                                           "previously (set `override=True` if intended)")
        if filename in self._overridden_files and not override:
            return _Capture({}, filename, encoding)  # Pelican: "Skipping, not overwriting"
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        return _Capture(self._sink, filename, encoding)

    def render_share(self, jobs: list[Job]) -> dict[str, dict[str, bytes]]:
        """Render ``jobs``; the files each produced (absolute path → bytes), by job name."""
        produced: dict[str, dict[str, bytes]] = {}
        for job in sorted(jobs, key=lambda j: j.number):
            self._sink = produced.setdefault(job.name, {})
            self._written_files.difference_update(self._job_paths.get(job.name, ()))
            self._overridden_files.difference_update(self._job_paths.get(job.name, ()))
            template = _CachedPages(job.template, self.page_key, self.page_cache) if self._paged(job) else job.template
            self.render_job(job, template)
            self._job_paths[job.name] = set(self._sink)
        self._sink = self.feeds
        return produced

    def _paged(self, job: Job) -> bool:
        return self.page_key is not None and job.kwargs.get("template_name") in self.settings["PAGINATED_TEMPLATES"]

    def render(self, jobs: list[Job]) -> dict[str, dict[str, bytes]]:
        """``render_share`` on all cores when there are many jobs."""
        workers = default_workers(self.settings) if len(jobs) > 20 else 1
        paged = [job for job in jobs if self._paged(job)]  # in this process, where the page cache is kept
        shares = split([job for job in jobs if not self._paged(job)], workers, cost=lambda job: job.cost(self.settings)) or [[]]
        shares[0] = paged + list(shares[0])
        produced: dict[str, dict[str, bytes]] = {}
        for share in run_shares(self.render_share, shares):
            produced.update(share)
        for name, files in produced.items():  # a forked worker's bookkeeping stayed in the worker
            self._job_paths[name] = set(files)
            self._written_files.update(files)
        return produced


@dataclass
class _Task:
    """Files a deferred update has not made yet: a page job's (``job``) or one feed (``make``: its text), and
    ``paths``, the output-relative files it replaces (what the previous rebuild made of it, and its own name)."""

    name: str
    paths: frozenset[str]
    job: Job | None = None
    make: Callable[[], str] | None = None
    keyed: bool = True  # False: a list page keyed only when made (rendered if its key changed)
    key: str | None = None  # a keyed page's key, as the rebuild found it (not read again from the source when made)


@dataclass(repr=False)  # it holds the whole previous state
class _Pending:
    """A deferred update: ``tasks`` by name, in the order a visitor most likely asks for them; ``owner``: output-relative
    path → the task that makes it. Every other file of the output folder is already the new state's."""

    outcome: Outcome
    started: float
    tasks: dict[str, _Task]
    owner: dict[str, str]
    previous: _State  # the rebuild before: what a pending page is compared with when made
    feed_items: list = field(default_factory=list)  # the items whose partner feeds are pending


@dataclass
class _State:
    """What the last good rebuild left: Pelican's objects, and which files each page job wrote."""

    settings: dict
    pelican: Pelican
    context: dict
    generators: list
    writer: MemoryWriter
    keys: _Keys
    job_keys: dict[str, str]
    job_files: dict[str, dict[str, str]]  # job name → output-relative path → SHA-256 of its bytes
    other_files: dict[str, str]  # feeds (digest) and files generators wrote directly (static, theme: "")
    ranges: list[tuple[int, int]] = field(default_factory=list)  # each generator's page jobs: writer.jobs[start:end]
    linking: set[str] = field(default_factory=set)  # content page jobs whose text links to other content
    variables: dict[str, set[str]] = field(default_factory=dict)  # template name → the variables it reads
    news_order: list = field(default_factory=list)  # the published news in Pelican's file order, once a lists update needed it

    def generator(self, kind: type):
        return next(g for g in self.generators if isinstance(g, kind))

    def successor(self, writer: MemoryWriter, keys: _Keys, ranges: list[tuple[int, int]], linking: set[str]) -> _State:
        """The state a partial update (lists, directory) makes from this one: ``writer``'s jobs, numbered again, with
        the keys and files this state has for those still there (``_commit`` keys the others); no other files yet."""
        for number, job in enumerate(writer.jobs):
            job.number = number
        names = {job.name for job in writer.jobs}
        return _State(self.settings, self.pelican, self.context, self.generators, writer, keys,
                      {name: key for name, key in self.job_keys.items() if name in names},
                      {name: files for name, files in self.job_files.items() if name in names}, {}, ranges,
                      linking, self.variables, self.news_order)

    def produced(self) -> set[str]:
        files = set(self.other_files)
        for written in self.job_files.values():
            files.update(written)
        return files


INTERSITE_LINK = re.compile(r"\{(?:filename|static|attach|index|tag|category|author)\}|\|(?:filename|static|attach)\|")


@dataclass
class _Keys:
    """What the pages of one rebuild depend on, hashed: a page is rendered again only when its key changed.

    * every page: the tool versions, settings, plugin code, theme, and content files other than Markdown and the
      directory (the glossary, images, documents): ``core``;
    * a news item's or page's own page: its source file and state, its URL, what it shows of other content
      (``BodyRules.page_inputs``), and the URL of every item only when its text links to other content;
    * every other page (lists, home, partner and service pages): the directory and what lists show of every item.
    """

    core: str
    directory: str
    urls: str
    listing: str
    shown: dict[int, str] = field(default_factory=dict)  # id of a news item or page → digest of what lists show

    @classmethod
    def of(cls, settings: dict, context: dict, directory_paths: list[Path]) -> _Keys:
        digest = hashlib.sha256(repr((incremental.STATE_FORMAT, pelican_version_string, markdown.__version__, jinja2.__version__, sorted(
            (k, repr(v)) for k, v in settings.items() if k != "OUTPUT_PATH"))).encode("utf-8"))
        incremental.hash_files(digest, incremental.PLUGIN_DIR.rglob("*.py"))
        incremental.hash_files(digest, (p for p in Path(settings["THEME"]).rglob("*") if p.is_file()))
        content = Path(settings["PATH"])
        skipped = [content / d for d in (*settings.get("ARTICLE_PATHS", []), *settings.get("PAGE_PATHS", []))]
        skipped += directory_paths
        incremental.hash_files(digest, (p for p in content.rglob("*") if p.is_file()
                                        and not any(p.is_relative_to(d) for d in skipped)))
        keys = cls(digest.hexdigest(), cls.directory_digest(directory_paths), "", "")
        keys.relisted(context, {})
        return keys

    @staticmethod
    def directory_digest(directory_paths: list[Path]) -> str:
        directory = hashlib.sha256()
        incremental.hash_files(directory, (p for d in directory_paths if d.is_dir() for p in d.rglob("*") if p.is_file()))
        return directory.hexdigest()

    def relisted(self, context: dict, shown: dict[int, str]) -> _Keys:
        """These keys with the URLs and lists of ``context`` (``shown``: digests still true, by object id)."""
        items = list(chain.from_iterable(context.get(key, []) for key in CONTENT_KEYS))
        urls = sorted((str(item.source_path), str(item.url), str(item.save_as)) for item in items)
        self.shown = {id(item): shown.get(id(item)) or _shown(item) for item in items}
        self.urls = _digest(repr(urls).encode("utf-8"))
        self.listing = self.digest_of(items)
        return self

    def digest_of(self, items) -> str:
        return _digest("".join(self.shown.get(id(item)) or _shown(item) for item in items).encode())

    def content_page(self, item, inputs: str) -> str:
        source = Path(item.source_path).read_bytes()
        links = self.urls if INTERSITE_LINK.search(source.decode("utf-8", "replace")) else ""
        state = repr((item.status, getattr(item, "scheduled", None), item.template, str(item.url), inputs))
        return _digest(b"\0".join([self.core.encode(), source, state.encode("utf-8"), links.encode()]))

    def other_page(self, template_name: str | None, uses_directory: bool, lists: tuple[list, str] | None) -> str:
        """A list, home or directory page: ``lists``, the news its page shows and what else it shows of the site,
        or None (it may show any)."""
        directory = self.directory if uses_directory else "-"
        listing = self.listing if lists is None else lists[1] + self.digest_of(chain.from_iterable(lists[0]))
        return _digest(f"{self.core}:{directory}:{listing}:{template_name}".encode("utf-8"))


def _links(item) -> bool:
    """Whether a news item's or page's text links to other content (its page then shows their URLs)."""
    return bool(INTERSITE_LINK.search(Path(item.source_path).read_text(encoding="utf-8", errors="replace")))


def _template_variables(environment, name: str, seen: dict[str, set[str]]) -> set[str]:
    """Every variable a template and the templates it extends, includes or imports read (Jinja's own analysis)."""
    if name in seen:
        return seen[name]
    seen[name] = set()
    source = environment.loader.get_source(environment, name)[0]
    tree = environment.parse(source)
    found = set(jinja2.meta.find_undeclared_variables(tree))
    for other in jinja2.meta.find_referenced_templates(tree):
        if other:
            found |= _template_variables(environment, other, seen)
    seen[name] = found
    return found


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _forget_memoized(objects) -> None:
    """Drop Pelican's memoized ``get_content``/``get_summary`` results of these objects (all, when None): the cache
    is one dict per method for the whole process, and would keep every content object ever read alive."""
    for method in (Content.get_content, Content.get_summary):
        if objects is None:
            method.cache.clear()
            continue
        ids = {id(o) for o in objects}
        for key in [k for k in method.cache if k and id(k[0]) in ids]:
            del method.cache[key]


def _shown(item) -> str:
    """What lists may show of one news item or page: everything but its body."""
    shown = sorted(((k, v) for k, v in item.metadata.items() if k != "content"), key=lambda kv: kv[0])
    return _digest(repr((str(item.source_path), str(item.url), str(item.summary), getattr(item, "scheduled", None),
                         shown)).encode("utf-8"))


def _placement(content) -> str:
    """What a new title or date leaves as it was (``_signature`` but the title, date, summary, slug and URL)."""
    metadata = sorted((k, repr(v)) for k, v in content.metadata.items()
                      if k not in {"content", "title", "date", "summary", "slug", "modified"})
    return repr((type(content).__name__, content.status, content.template, getattr(content, "lang", None),
                 str(getattr(content, "category", "")), [str(t) for t in getattr(content, "tags", [])],
                 [str(a) for a in getattr(content, "authors", [])], str(getattr(content, "easy_read", "")),
                 getattr(content, "image_url", None), getattr(content, "image_size", None),
                 [p.slug for p in getattr(content, "partner_list", [])],
                 [s.slug for s in getattr(content, "service_list", [])], metadata, sorted(content.get_static_links())))


def _signature(content) -> str:
    """Everything a page other than the item's own may show of a news item or page (all but its body)."""
    metadata = sorted((k, repr(v)) for k, v in content.metadata.items() if k != "content")
    return repr((type(content).__name__, content.status, content.url, content.save_as, content.slug, content.template,
                 str(content.summary), str(getattr(content, "easy_read", "")), getattr(content, "scheduled", None),
                 getattr(content, "image_url", None), getattr(content, "image_size", None),
                 [p.slug for p in getattr(content, "partner_list", [])],
                 [s.slug for s in getattr(content, "service_list", [])], metadata, sorted(content.get_static_links())))


class LiveSite:
    """The preview's site: ``rebuild(changed)`` after files changed (``None``: rebuild everything)."""

    def __init__(self, settings_file: Path, output: Path, overrides: dict | None, rules: BodyRules) -> None:
        if not pelican_tested():
            raise UntestedPelican("the live site needs a Pelican version listed in fast_build/versions.py")
        self.rules = rules
        self.settings_file = settings_file
        self.output = output.resolve()
        self.overrides = overrides or {}
        self.state: _State | None = None
        self.unsettled: set[Path] | None = set()  # changed files of failed rebuilds (None: a full one failed)
        self.pending: _Pending | None = None
        self.carried: list[str] = []  # warnings of a deferred update finished or taken over by the next rebuild

    # -- entry point ---------------------------------------------------------------------------------------
    def rebuild(self, changed: set[Path] | None = None, defer: bool = False) -> Outcome:
        """Raises the content layer's errors, or ``LoggedErrors``, and then leaves the output folder as it was; the
        files of a failed rebuild are rebuilt with the next one's (the kept state does not know them yet).
        ``defer``: a lists update only decides which files change, removes those that go and leaves the rest pending
        (``Outcome.pending``) for ``make_pending``: the caller serves no pending file before it is made. Files still
        pending from the update before are made first, unless this is a lists update too: it takes them over."""
        if not (changed and defer):
            self._drain()
        started = time.perf_counter()
        if changed is not None:
            changed = None if self.unsettled is None else changed | self.unsettled
        try:
            with PelicanLog() as log:
                outcome = self._updated(changed, log, defer)
        except Exception:
            self.unsettled = changed
            raise
        self.unsettled = set()
        outcome.warnings, self.carried = [*self.carried, *log.warnings()], []
        outcome.seconds = time.perf_counter() - started
        if self.pending is not None:
            self.pending.started = started
        return outcome

    def _updated(self, changed: set[Path] | None, log: PelicanLog, defer: bool) -> Outcome:
        """The cheapest update that is exact for ``changed``: bodies or lists, the directory, else everything."""
        partial = False
        try:
            outcome = self._partial(changed, log, defer) if changed else None
            partial = True
        finally:
            if not partial:
                self._drain()  # bad content: the update before is finished, the folder is consistent
        if outcome is None and changed:
            self._drain()
            outcome = self._directory(changed, log)
        if outcome is None:
            self._drain()
            outcome = self._full(log)
        return outcome

    def _drain(self) -> None:
        while self.pending is not None:
            finished = self.make_pending()
            if finished is not None:
                self.carried += finished.warnings  # reported with the rebuild that made it finish

    def make_pending(self, path: str | None = None) -> Outcome | None:
        """Make the pending file ``path`` (output-relative; with the other files of its page), or with None the next
        pending one. Returns the deferred update's outcome once nothing is pending any more, else None (also when
        ``path`` is not pending). Raises like ``rebuild``; the next rebuild is then a full one."""
        pending = self.pending
        if pending is None:
            return None
        name = next(iter(pending.tasks)) if path is None else pending.owner.get(path)
        if name is not None:
            task = pending.tasks.pop(name)
            made = False
            try:
                with PelicanLog() as log:
                    pending.outcome.written += self._make(task, log)
                pending.outcome.warnings += log.warnings()
                made = True
            finally:
                if not made:
                    self.state, self.pending = None, None
            for each in task.paths:
                pending.owner.pop(each, None)
        pending.outcome.pending = len(pending.tasks)
        if pending.tasks:
            return None
        self.pending = None
        pending.outcome.seconds = time.perf_counter() - pending.started
        return pending.outcome

    def _make(self, task: _Task, log: PelicanLog) -> int:
        """Render one pending page job or feed, write what changed, remove what it no longer makes; files written."""
        state = self.state
        if task.job is not None:
            if not task.keyed and self._keep(state, self.pending.previous, task.job):
                return 0  # a list page whose key did not change: its files are the new state's
            self.pending.outcome.rendered += not task.keyed
            files = self._relative(state.writer.render_share([task.job]).get(task.name, {}))
            _raise_logged_errors(log)
        else:
            files = {task.name: task.make().encode("utf-8")}
        written = self._write(files, state)  # ``state`` still holds the digests of what the previous rebuild made
        if task.job is not None:
            state.job_files[task.name] = {path: _digest(data) for path, data in files.items()}
            if task.keyed:
                state.job_keys[task.name] = task.key
        else:
            state.other_files[task.name] = _digest(files[task.name])
        for gone in sorted(task.paths - set(files)):
            self._remove(gone)
        return written

    # -- the full rebuild ----------------------------------------------------------------------------------
    def _full(self, log: PelicanLog) -> Outcome:
        _forget_memoized(None)
        settings = read_settings(str(self.settings_file), override={**self.overrides, "OUTPUT_PATH": str(self.output)})
        self.output.mkdir(parents=True, exist_ok=True)
        instance = Pelican(settings)
        context = settings.copy()
        context.update(generated_content={}, static_links=set(), static_content={}, localsiteurl=settings["SITEURL"])
        generators = [cls(context=context, settings=settings, path=instance.path, theme=instance.theme,
                          output_path=instance.output_path) for cls in instance._get_generator_classes()]
        for generator in generators:
            if hasattr(generator, "generate_context"):
                generator.generate_context()
            if hasattr(generator, "check_disabled_readers"):
                generator.check_disabled_readers()
        signals.all_generators_finalized.send(generators)
        for generator in generators:
            if hasattr(generator, "refresh_metadata_intersite_links"):
                generator.refresh_metadata_intersite_links()
        writer = MemoryWriter(str(self.output), settings)
        ranges = []
        for generator in generators:
            start = len(writer.jobs)
            if hasattr(generator, "generate_output"):
                generator.generate_output(writer)  # static files, theme files and partner feeds are written here
            ranges.append((start, len(writer.jobs)))
        signals.finalized.send(instance)
        page_keys = _Keys.of(settings, context, self.rules.directory_paths(settings))
        linking = {job.name for job in writer.jobs if job.content is not None and _links(job.content)}
        state = _State(settings, instance, context, generators, writer, page_keys, {}, {}, {}, ranges, linking)
        direct = dict.fromkeys(self._direct_files(settings, context, generators), "")
        return self._commit(state, self.state, writer.jobs, self._relative(writer.feeds), direct, log, "full")

    def _commit(self, state: _State, previous: _State | None, keyed: list[Job], new_bytes: dict[str, bytes],
                other: dict[str, str], log: PelicanLog, mode: str, same: frozenset = frozenset(),
                later: dict[str, Callable[[], str]] | None = None, defer: bool = False, feed_items: list = ()) -> Outcome:
        """Key the jobs in ``keyed`` (the others, and content pages of ``same`` items, keep their key and files),
        render those whose key changed, make the feeds of ``later``, write what changed, remove what the new state no
        longer makes, keep the new state. ``defer``: rendering and ``later`` are left to ``make_pending``."""
        todo, unkeyed = [], []
        for job in keyed:
            item = job.content
            if item is not None and id(item) in same and job.name in state.job_keys and job.name in state.job_files:
                continue  # an unchanged page of an unchanged item: its key and files stay
            if defer and item is None:
                unkeyed.append(job)  # a list page: keyed when made (``make_pending``)
            elif not self._keep(state, previous, job):
                todo.append(job)
        state.writer.page_key = lambda template, localcontext: self._page_key(state.keys, template, localcontext)
        state.writer.page_cache = previous.writer.page_cache if previous else {}
        later = later or {}
        if defer and (todo or unkeyed or later):
            return self._defer(state, previous, todo, unkeyed, new_bytes, other, later, mode, feed_items)
        rendered = state.writer.render(todo)
        _raise_logged_errors(log)
        new_bytes.update({path: make().encode("utf-8") for path, make in later.items()})
        state.other_files = {**other, **{path: _digest(data) for path, data in new_bytes.items()}}
        for name, files in rendered.items():
            relative = self._relative(files)
            state.job_files[name] = {path: _digest(data) for path, data in relative.items()}
            new_bytes.update(relative)
        outcome = Outcome(mode, rendered=len(todo))
        outcome.written = self._write(new_bytes, previous)
        outcome.removed = self._remove_stale(state, previous)
        self.state = state
        return outcome

    def _keep(self, state: _State, previous: _State | None, job: Job) -> bool:
        """Key one page job; True (its files kept) when its key and files are still what the previous rebuild made."""
        item = job.content
        if item is not None:
            key = state.keys.content_page(item, self.rules.page_inputs(item))
        else:
            seen = state.variables
            directory = self._uses_directory(job, seen)
            lists = self.rules.item_lists(job.kwargs, job.context)
            if lists is None and not directory and not (self._variables(job, seen) & self.rules.list_variables):
                lists = [], ""
            key = state.keys.other_page(job.kwargs.get("template_name"), directory, lists)
        state.job_keys[job.name] = key
        kept = previous.job_files.get(job.name) if previous else None
        if (kept is not None and previous.job_keys.get(job.name) == key
                and not job.kwargs.get("override_output") and all((self.output / f).is_file() for f in kept)):
            state.job_files[job.name] = kept
            return True
        return False

    def _defer(self, state: _State, previous: _State, todo: list[Job], unkeyed: list[Job], new_bytes: dict[str, bytes],
               other: dict[str, str], later: dict[str, Callable[[], str]], mode: str, feed_items: list) -> Outcome:
        """``_commit`` but for the pages to render, the list pages not keyed yet (``unkeyed``) and the feeds of
        ``later``: those are pending (their files stay as the previous rebuild left them until made, a list page
        whose key did not change is then kept as it is); what goes is removed now, so it is never served."""
        state.other_files = {**other, **{path: _digest(data) for path, data in new_bytes.items()}}
        tasks = []
        for keyed, jobs in ((True, todo), (False, unkeyed)):
            for job in jobs:
                before = previous.job_files.get(job.name, {})
                state.job_files[job.name] = dict(before)
                key = state.job_keys.pop(job.name, None)  # until made, its files are not its key's
                tasks.append(_Task(job.name, frozenset(before) | {job.name}, job=job, keyed=keyed, key=key))
        tasks.sort(key=lambda task: (task.job.content is None, task.job.kwargs.get("template_name")
                                     not in state.settings["PAGINATED_TEMPLATES"]))  # the item's page, then the lists
        for path, make in later.items():
            state.other_files[path] = previous.other_files.get(path, "")
            tasks.append(_Task(path, frozenset({path}), make=make))
        outcome = Outcome(mode, rendered=len(todo), pending=len(tasks))
        outcome.written = self._write(new_bytes, previous)
        outcome.removed = self._remove_stale(state, previous)
        self.state = state
        self.pending = _Pending(outcome, time.perf_counter(), {task.name: task for task in tasks},
                                {path: task.name for task in tasks for path in task.paths}, previous, feed_items)
        return outcome

    def _page_key(self, keys: _Keys, template: str, localcontext: dict) -> str | None:
        """What one page of a paginated list shows (``BodyRules.list_page``), hashed; None: render it."""
        shown = self.rules.list_page(template, localcontext)
        if shown is None:
            return None
        items, extra = shown
        return _digest(f"{keys.core}:{keys.directory}:{template}:{localcontext['output_file']}:"
                       f"{extra}:{keys.digest_of(items)}".encode("utf-8"))

    def _uses_directory(self, job: Job, seen: dict) -> bool:
        if self.rules.directory_pages & set(job.kwargs):
            return True
        return bool(self.rules.directory_variables & self._variables(job, seen))

    @staticmethod
    def _variables(job: Job, seen: dict) -> set[str]:
        return _template_variables(job.template.environment, job.template.name, seen) | set(job.kwargs)

    def _direct_files(self, settings: dict, context: dict, generators: list) -> set[str]:
        """Files the generators wrote to the output themselves: static files, the theme's files, partner feeds."""
        files = {c.save_as for c in context["static_content"].values() if c is not None and c.save_as}
        for folder in settings["THEME_STATIC_PATHS"]:  # copied by Pelican to THEME_STATIC_DIR
            source = Path(settings["THEME"]) / folder
            files.update(f"{settings['THEME_STATIC_DIR']}/{p.relative_to(source).as_posix()}"
                         for p in source.rglob("*") if p.is_file())
        for generator in generators:
            files.update(Path(p).relative_to(self.output).as_posix() for p in getattr(generator, "partner_feed_files", []))
        return files

    # -- the partial updates -------------------------------------------------------------------------------
    def _partial(self, changed: set[Path], log: PelicanLog, defer: bool = False) -> Outcome | None:
        """A body edit (``_bodies``) or one news item's new title or date (``_lists``); ``None``: neither."""
        state = self.state
        if state is None:
            return None
        content_root = Path(state.settings["PATH"]).resolve()
        found = []
        for path in sorted(changed):
            path = path.resolve()
            if path.suffix != ".md" or not path.is_file() or not path.is_relative_to(content_root):
                return None
            relative = path.relative_to(content_root).as_posix()
            old = state.context["generated_content"].get(relative)
            if old is None:
                return None
            found.append((path, relative, old))
        outcome = self._bodies(state, found, log)
        if outcome is None and len(found) == 1:
            outcome = self._lists(state, *found[0], log, defer)
        return outcome

    def _bodies(self, state: _State, found: list, log: PelicanLog) -> Outcome | None:
        """Only bodies of existing news items and pages changed: update those in place; ``None`` when not so."""
        updates = []
        for path, relative, old in found:
            update = self._reread(state, path, relative, old)
            if update is None:
                return None
            updates.append(update)
        self._drain()  # the pages a lists update left pending are made first
        jobs = []
        for old, new, checked in updates:
            _forget_memoized([old, new])
            old.__dict__.clear()
            old.__dict__.update(new.__dict__)
            self.rules.accept(state.generators, old, checked)
            jobs += [job for job in state.writer.jobs if job.content is old]
        rendered = state.writer.render(jobs)
        new_bytes = self._news_feeds(state, [old for old, _, _ in updates])
        _raise_logged_errors(log)
        for job in jobs:
            relative = self._relative(rendered.get(job.name, {}))
            state.job_files[job.name] = {path: _digest(data) for path, data in relative.items()}
            state.job_keys[job.name] = state.keys.content_page(job.content, self.rules.page_inputs(job.content))
            (state.linking.add if _links(job.content) else state.linking.discard)(job.name)
            new_bytes.update(relative)
        return Outcome("bodies", rendered=len(jobs), written=self._write(new_bytes, None))

    def _news_feeds(self, state: _State, items: list) -> dict[str, bytes]:
        """Pelican's news feeds again when they show one of ``items`` (they carry every listed item's body)."""
        articles = state.generator(ArticlesGenerator)
        listed = {id(a) for a in articles.articles[:state.settings["FEED_MAX_ITEMS"]]}
        if not any(id(item) in listed for item in items):
            return {}
        writer = MemoryWriter(str(self.output), state.settings)
        articles.generate_feeds(writer)
        feeds = self._relative(writer.feeds)
        state.other_files.update({path: _digest(data) for path, data in feeds.items()})
        return feeds

    def _read(self, state: _State, path: Path, relative: str, old, checked):
        """The changed file read by Pelican and finished by the plugin, or ``None`` if it cannot replace ``old``."""
        news = isinstance(old, Article)
        generator = state.generator(ArticlesGenerator if news else PagesGenerator)
        kind = "article" if news else "page"
        new = generator.readers.read_file(
            base_path=generator.path, path=relative, content_class=type(old), context=state.context,
            preread_signal=getattr(signals, f"{kind}_generator_preread"), preread_sender=generator,
            context_signal=getattr(signals, f"{kind}_generator_context"), context_sender=generator)
        if not isinstance(new, type(old)) or not new.is_valid() or not self.rules.finish(state.generators, new, checked):
            _forget_memoized([new])
            return None
        if hasattr(new, "refresh_metadata_intersite_links"):
            new.refresh_metadata_intersite_links()
        return new

    def _reread(self, state: _State, path: Path, relative: str, old):
        """Check and read one changed file: ``(old, new, checked)``, or ``None`` if more than its body changed."""
        checked = self.rules.check(state.generators, path, old)
        if checked is None:
            return None
        new = self._read(state, path, relative, old, checked)
        if new is None or _signature(new) != _signature(old):
            _forget_memoized([new])
            return None
        return old, new, checked

    def _lists(self, state: _State, path: Path, relative: str, old, log: PelicanLog, defer: bool = False) -> Outcome | None:
        """One published news item's title or date changed (and nothing else lists show but its summary)."""
        articles = state.generator(ArticlesGenerator)
        settings = state.settings
        if (articles.translations or getattr(old, "translations", None) or settings.get("ARTICLE_TRANSLATION_ID") != "slug"
                or any(settings.get(f"{period}_ARCHIVE_SAVE_AS") for period in ("YEAR", "MONTH", "DAY"))):
            return None
        checked = self.rules.check_listed(state.generators, path, old)
        if checked is None:
            return None
        new = self._read(state, path, relative, old, checked)
        if new is None or new.status != "published" or _placement(new) != _placement(old):
            _forget_memoized([new])
            return None
        # from here on the state changes: a failure below leaves it to the next full rebuild (``self.state = None``).
        # Files a deferred update before left pending are taken over: their pages have no key (``_defer``), so they
        # are keyed and made again; their partner feeds are made again with this item's.
        feed_items = [old, *(item for item in (self.pending.feed_items if self.pending else []) if item is not old)]
        if self.pending is not None:
            self.carried += self.pending.outcome.warnings  # reported with this update's
        self.state, self.pending = None, None
        old_url = old.url
        _forget_memoized([old, new, *(job.content for job in state.writer.jobs if job.name in state.linking)])
        old.__dict__.clear()
        old.__dict__.update(new.__dict__)
        self.rules.accept(state.generators, old, checked)
        self._relist(state, articles, settings)
        self.rules.relist(state.generators)
        writer = MemoryWriter(str(self.output), settings)
        jobs, ranges, keyed = [], [], []
        for generator, (start, end) in zip(state.generators, state.ranges):
            first = len(writer.jobs)
            if generator is articles:
                self._record_news(articles, state.writer.jobs[start:end], old, writer)
            elif not self.rules.rewrite(generator, writer):
                writer.jobs.extend(state.writer.jobs[start:end])
                keyed += [job for job in state.writer.jobs[start:end]
                          if job.content is None or job.name in state.linking]
                ranges.append((first, len(writer.jobs)))
                continue
            keyed += writer.jobs[first:]
            ranges.append((first, len(writer.jobs)))
        keys = _Keys(state.keys.core, state.keys.directory, "", "").relisted(state.context, {
            k: v for k, v in state.keys.shown.items() if k != id(old)})
        fresh = state.successor(writer, keys, ranges, state.linking | ({old.save_as} if _links(old) else set()))
        same = frozenset(id(job.content) for job in writer.jobs
                         if job.content is not None and job.content is not old and job.name not in fresh.linking)
        return self._commit(fresh, state, keyed, self._relative(writer.feeds), dict(state.other_files), log, "lists", same,
                            self.rules.feeds(state.generators, feed_items), defer, feed_items)

    @staticmethod
    def _record_news(articles: ArticlesGenerator, jobs: list[Job], item, writer: MemoryWriter) -> None:
        """The news generator's page jobs and feeds, as its ``generate_output`` records them once ``item`` has a new
        title or date: the same jobs (the lists they hold were sorted in place by ``_relist``), ``item``'s page under
        its new URL. Pelican's own ``generate_output`` when a tag, category or author page is written (such a job
        holds a list of its own, made when recorded)."""
        if any(articles.settings.get(f"{kind}_SAVE_AS") for kind in ("TAG", "CATEGORY", "AUTHOR")):
            articles.generate_output(writer)
            return
        articles.generate_feeds(writer)
        for job in jobs:
            if job.content is item:  # as ``ArticlesGenerator.generate_articles`` writes it
                job = Job(job.number, item.save_as, job.template, job.context,
                          {**job.kwargs, "category": getattr(item, "category", None), "url": item.url})
            writer.jobs.append(job)

    @staticmethod
    def _relist(state: _State, articles: ArticlesGenerator, settings: dict) -> None:
        """Sort the published news again as ``ArticlesGenerator.generate_context`` does, in place. The order Pelican
        read them in (its tie-break) is found once: a lists update changes no file's place or status."""
        if not state.news_order:
            content = articles.context["generated_content"]
            files = articles.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"])
            state.news_order = [content[key] for key in (posixize_path(os.path.normpath(f)) for f in files)
                                if isinstance(content.get(key), Article) and content[key].status == "published"]
        articles.articles[:] = order_content(list(state.news_order), settings["ARTICLE_ORDER_BY"])
        position = {id(a): number for number, a in enumerate(articles.articles)}
        for groups in (articles.categories, articles.tags, articles.authors):
            for _, group in (groups.items() if hasattr(groups, "items") else groups):
                group.sort(key=lambda a: position[id(a)])
        articles.dates[:] = sorted(articles.articles, key=attrgetter("date"),
                                   reverse=articles.context["NEWEST_FIRST_ARCHIVES"])

    def _directory(self, changed: set[Path], log: PelicanLog) -> Outcome | None:
        """Only partner or service files changed (edited, added, removed): the directory is read and checked again
        and every news item's partners and services resolved against it (``BodyRules.check_directory``); the news
        and pages stay the objects in memory (nothing is read again), linked to the new directory. Rendered: the
        directory's pages, list pages whose templates read the directory, the pages of news items whose partners
        or services show differently; made again: the partner feeds whose partner or news changed."""
        state = self.state
        if state is None:
            return None
        checked = self.rules.check_directory(state.generators, changed)
        if checked is None:
            return None
        items = [job.content for job in state.writer.jobs if job.content is not None]
        inputs = self.rules.pages_inputs(items)
        scheduled = [getattr(item, "scheduled", None) for item in items]
        feeds = self.rules.feed_keys(state.generators)
        # from here on the state changes: a failure below leaves it to the next full rebuild
        self.state = None
        self.rules.accept_directory(state.generators, checked)
        if scheduled != [getattr(item, "scheduled", None) for item in items]:
            return None  # an item fell due since (linking it again asked the time): what lists show changed too
        shown_differently = {id(item) for item, before, after in zip(items, inputs, self.rules.pages_inputs(items))
                             if before != after}
        writer = MemoryWriter(str(self.output), state.settings)
        ranges, keyed = [], []
        for generator, (start, end) in zip(state.generators, state.ranges):
            first = len(writer.jobs)
            if self.rules.rewrite_directory(generator, writer):
                keyed += writer.jobs[first:]
            else:
                writer.jobs.extend(state.writer.jobs[start:end])
                keyed += [job for job in state.writer.jobs[start:end]
                          if job.content is None or id(job.content) in shown_differently]
            ranges.append((first, len(writer.jobs)))
        keys = _Keys(state.keys.core, _Keys.directory_digest(self.rules.directory_paths(state.settings)), "", "")
        fresh = state.successor(writer, keys.relisted(state.context, state.keys.shown), ranges, state.linking)
        now_feeds = self.rules.feed_keys(state.generators)
        other = {path: digest for path, digest in state.other_files.items() if path not in feeds or path in now_feeds}
        remade = {path for path, key in now_feeds.items() if feeds.get(path) != key}
        return self._commit(fresh, state, keyed, {}, other, log, "directory",
                            later=self.rules.directory_feeds(state.generators, remade))

    # -- the output folder ---------------------------------------------------------------------------------
    def _relative(self, files: dict[str, bytes]) -> dict[str, bytes]:
        """Output-relative paths; a path Pelican joined below the output folder needs no ``resolve`` (a system call
        per folder of every file)."""
        inside = f"{self.output}{os.sep}"
        return {(path[len(inside):] if path.startswith(inside) and "/." not in path else
                 Path(path).resolve().relative_to(self.output).as_posix()): data for path, data in files.items()}

    def _write(self, files: dict[str, bytes], previous: _State | None) -> int:
        """Write the files whose bytes changed, each to a temporary name renamed over the old one."""
        known: dict[str, str] = {}
        if previous is not None:
            known.update(previous.other_files)
            for written in previous.job_files.values():
                known.update(written)
        count = 0
        for relative, data in files.items():
            target = self.output / relative
            if known.get(relative) == _digest(data) and target.is_file():
                continue
            if previous is None and target.is_file() and target.read_bytes() == data:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            replace_file(target, data)
            count += 1
        return count

    def _remove_stale(self, state: _State, previous: _State | None) -> int:
        """Remove what the previous rebuild (or, at the start, anything in the folder) made and this one did not."""
        produced = state.produced()
        kept = tuple(state.settings.get("OUTPUT_RETENTION", []))
        if previous is not None:
            candidates = previous.produced()
        else:
            candidates = {p.relative_to(self.output).as_posix() for p in self.output.rglob("*") if p.is_file()}
        return sum(self._remove(relative) for relative in sorted(candidates - produced)
                   if relative.split("/")[0] not in kept)

    def _remove(self, relative: str) -> bool:
        """Remove one output file and the folders it leaves empty; whether there was a file."""
        path = self.output / relative
        found = path.is_file()
        if found:
            path.unlink()
        folder = path.parent
        while folder != self.output and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
        return found


def _raise_logged_errors(log: PelicanLog) -> None:
    """Pelican logs some failures (a file it could not read) and goes on; the preview keeps the last good state."""
    errors = log.errors()
    if errors:
        raise LoggedErrors(errors)

