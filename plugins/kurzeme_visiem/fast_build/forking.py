"""Run a function over shares of a list in forked worker processes (the build's use of both cores).

The children inherit the parent's memory (``fork``), so nothing is pickled on the way in; each child's
result comes back pickled through a pipe, with the warnings it logged. Where ``fork`` is not available,
or there is one worker or one item, everything runs in this process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import traceback
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ..settings import setting

T = TypeVar("T")
R = TypeVar("R")

logger = logging.getLogger(__name__)


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
        process.start()
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
        self._process.start()
        sender.close()

    def result(self) -> tuple[bool, Any]:
        """``(True, value)``, with the warnings the child logged logged here; ``(False, traceback)`` if it failed."""
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

    def cancel(self) -> None:
        """Stop the child if its result is not wanted (a build that failed before asking for it)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receiver.close()


def start(function: Callable[[], R]) -> Background | None:
    """Run ``function()`` in a forked process while this one goes on; None where ``fork`` is not available."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return Background(function)


def split(items: Sequence[T], workers: int, cost: Callable[[T], float] = lambda item: 1.0) -> list[list[T]]:
    """Shares of about equal cost (greedy: the costliest item to the least loaded share), order kept within each."""
    loads = [0.0] * workers
    owner: dict[int, int] = {}
    for index in sorted(range(len(items)), key=lambda i: -cost(items[i])):
        target = loads.index(min(loads))
        owner[index] = target
        loads[target] += cost(items[index])
    return [[items[i] for i in range(len(items)) if owner[i] == worker] for worker in range(workers)]
