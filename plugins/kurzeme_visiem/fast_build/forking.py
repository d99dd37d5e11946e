"""Run a function over shares of a list in forked worker processes (the build's use of both cores).

The children inherit the parent's memory (``fork``), so nothing is pickled on the way in; each child's
result comes back pickled through a pipe, with the warnings it logged. Where ``fork`` is not available,
or there is one worker or one item, everything runs in this process. Each child starts with every object it
inherits frozen for its garbage collector (``gc.freeze`` just before the fork, undone at once in the parent): its
collections then walk only what it makes, instead of the parent's whole heap, page by page copied on write.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import time
import traceback
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ..settings import setting

T = TypeVar("T")
R = TypeVar("R")

logger = logging.getLogger(__name__)

BUILD_WORK = "FAST_BUILD_WORK"  # a setting while a build runs: its background work by name (``build_work``)


class WorkerFailed(RuntimeError):
    """A worker process raised an exception or died; the message carries its traceback."""


def default_workers(settings: dict) -> int:
    """``BUILD_WORKERS`` from the settings; by default one per CPU this process may use."""
    configured = setting(settings, "BUILD_WORKERS")
    if configured:
        return max(1, int(configured))
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


class _Records(logging.Handler):
    """Keeps a child's warnings and errors to send them to the parent."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _child(function: Callable[[Sequence[T]], R], share: Sequence[T], connection) -> None:
    records = _Records()
    root = logging.getLogger()
    for handler in list(root.handlers):  # the parent prints and collects what this child logs, once
        root.removeHandler(handler)
    root.addHandler(records)
    try:
        payload = ("ok", function(share), records.records)
    except BaseException:  # noqa: BLE001 - the parent re-raises it as WorkerFailed with this traceback
        payload = ("error", traceback.format_exc(), records.records)
    try:
        connection.send_bytes(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        connection.close()


def _start(process) -> None:
    """``process.start()`` (a fork), the parent's objects frozen for the child's garbage collector only."""
    gc.freeze()
    try:
        process.start()
    finally:
        gc.unfreeze()


def run_shares(function: Callable[[Sequence[T]], R], shares: list[Sequence[T]]) -> list[R]:
    """``[function(share) for share in shares]``, each share in its own forked process (the first in this one)."""
    shares = [share for share in shares if len(share)]
    if len(shares) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(share) for share in shares]
    context = multiprocessing.get_context("fork")
    children = []
    for share in shares[1:]:
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(function, share, sender), daemon=True)
        _start(process)
        sender.close()
        children.append((process, receiver))
    results: list[Any] = [function(shares[0])]  # the parent works too
    for process, receiver in children:
        try:
            status, value, records = pickle.loads(receiver.recv_bytes())
        except EOFError as error:
            process.join()
            raise WorkerFailed(f"a build worker died (exit code {process.exitcode})") from error
        finally:
            receiver.close()
        process.join()
        for name, level, message in records:
            logging.getLogger(name).log(level, "%s", message)
        if status != "ok":
            raise WorkerFailed(f"a build worker failed:\n{value}")
        results.append(value)
    return results


class Background:
    """``function()`` running in a forked process from now on; ``result()`` waits for it (see ``start``)."""

    def __init__(self, function: Callable[[], R]) -> None:
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(lambda _: function(), (), sender), daemon=True)
        _start(self._process)
        sender.close()
        self._outcome: tuple[bool, Any] | None = None

    def result(self) -> tuple[bool, Any]:
        """``(True, value)``, with the warnings the child logged logged here; ``(False, traceback)`` if it failed.
        Asked again, the same answer (the warnings are logged once)."""
        if self._outcome is None:
            self._outcome = self._receive()
        return self._outcome

    def _receive(self) -> tuple[bool, Any]:
        try:
            status, value, records = pickle.loads(self._receiver.recv_bytes())
        except EOFError:
            status, value, records = "error", f"the worker died (exit code {self._process.exitcode})", []
        finally:
            self._receiver.close()
            self._process.join()
        if status != "ok":
            return False, value
        for name, level, message in records:
            logging.getLogger(name).log(level, "%s", message)
        return True, value

    def running(self) -> bool:
        return self._process.is_alive()

    def join(self) -> None:
        """Wait for the child, for work this process would otherwise do itself: a failure is only noted (what the
        child did not do is done here, and any error raised here)."""
        succeeded, value = self.result()
        if not succeeded:
            logger.debug("work in a forked process failed:\n%s", value)

    def cancel(self) -> None:
        """Stop the child if its result is not wanted (a build that failed before asking for it)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receiver.close()


def open_build_work(settings: dict) -> None:
    """A build's generators are being made (``generator_init``): background work may be begun for it (``build_work``)
    until every generator has read (``join_build_work``)."""
    settings.setdefault(BUILD_WORK, {})


def build_work(settings: dict, name: str, begin: Callable[[], Any]) -> Any:
    """This build's background work called ``name``: begun by ``begin()`` (forking) the first time it is asked for,
    kept in the build's settings (``BUILD_WORK``; each generator has its own readers and templates, the settings are
    the build's) until every generator has read (``join_build_work``). None outside a build's reading (the
    preview reading a changed file with the settings of the last build): nothing is begun then."""
    work = settings.get(BUILD_WORK)
    if work is None:
        return None
    if name not in work:
        work[name] = begin()
    return work[name]


def join_build_work(generators) -> None:
    """``all_generators_finalized``: wait for this build's background work (``build_work``) and take it out of the
    settings (the preview's render keys hash the settings)."""
    work = generators[0].settings.pop(BUILD_WORK, {}) if generators else {}
    for value in work.values():
        if value is not None:
            value.join()


def start(function: Callable[[], R]) -> Background | None:
    """Run ``function()`` in a forked process while this one goes on; None where ``fork`` is not available."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return Background(function)


class Claims:
    """Which of ``count`` items is free, taken or done, shared by this process and the workers it forks afterwards
    (memory inherited by ``fork``): each item is taken by exactly one of them, whichever asks first, so the work
    balances itself however unevenly each process is loaded or orders the items."""

    FREE, TAKEN, DONE = 0, 1, 2

    def __init__(self, count: int) -> None:
        context = multiprocessing.get_context("fork")
        self._lock = context.Lock()
        self._states = context.RawArray("b", count)

    def take(self, index: int) -> bool:
        """Take item ``index`` if no process has: True means the caller does it and then calls ``done``."""
        with self._lock:
            if self._states[index] != self.FREE:
                return False
            self._states[index] = self.TAKEN
            return True

    def done(self, index: int) -> None:
        self._states[index] = self.DONE

    def wait(self, index: int, working: Callable[[], bool]) -> bool:
        """Wait until item ``index`` is done; False if it is not and ``working()`` says no worker is left to do it."""
        while self._states[index] == self.TAKEN:
            if not working():
                return self._states[index] == self.DONE
            time.sleep(0.0005)
        return self._states[index] == self.DONE


def split(items: Sequence[T], workers: int, cost: Callable[[T], float] = lambda item: 1.0) -> list[list[T]]:
    """Shares of about equal cost (greedy: the costliest item to the least loaded share), order kept within each."""
    loads = [0.0] * workers
    owner: dict[int, int] = {}
    for index in sorted(range(len(items)), key=lambda i: -cost(items[i])):
        target = loads.index(min(loads))
        owner[index] = target
        loads[target] += cost(items[index])
    return [[items[i] for i in range(len(items)) if owner[i] == worker] for worker in range(workers)]
