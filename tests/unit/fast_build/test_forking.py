"""Shares of work in forked processes: results in order, warnings brought back, failures raised."""

from __future__ import annotations

import logging
import os
import time

import pytest

from kurzeme_visiem.fast_build.forking import Claims, WorkerFailed, default_workers, run_shares, split, start


def test_split_balances_cost_and_keeps_order():
    shares = split(list(range(10)), 3, cost=lambda item: 10 if item == 0 else 1)
    assert sorted(sum(shares, [])) == list(range(10))
    assert [0] in shares, "the costly item gets a share of its own"
    assert all(share == sorted(share) for share in shares)


def test_run_shares_uses_other_processes_and_returns_results_in_order():
    results = run_shares(lambda share: (os.getpid(), [x * 2 for x in share]), [[1, 2], [3], [4, 5]])
    assert [values for _, values in results] == [[2, 4], [6], [8, 10]]
    assert results[0][0] == os.getpid() and len({pid for pid, _ in results}) == 3


def test_warnings_logged_in_a_worker_reach_the_parent(caplog):
    def work(share):
        if share == ["b"]:
            logging.getLogger("kurzeme_visiem.test").warning("worker saw %s", share[0])
        return share

    with caplog.at_level(logging.WARNING):
        run_shares(work, [["a"], ["b"]])
    assert "worker saw b" in caplog.text


def test_a_failing_worker_is_reported_with_its_traceback():
    def work(share):
        if share == [2]:
            raise ValueError("bad item 2")
        return share

    with pytest.raises(WorkerFailed, match="bad item 2"):
        run_shares(work, [[1], [2]])


def test_build_workers_setting():
    assert default_workers({"BUILD_WORKERS": 3}) == 3
    assert default_workers({}) >= 1


def test_a_background_function_runs_in_another_process_and_brings_back_its_warnings(caplog):
    def work():
        logging.getLogger("kurzeme_visiem.test").warning("background in %s", os.getpid())
        return os.getpid()

    background = start(work)
    with caplog.at_level(logging.WARNING):
        succeeded, pid = background.result()
    assert succeeded and pid != os.getpid()
    assert f"background in {pid}" in caplog.text


def test_a_failing_background_function_gives_its_traceback_and_no_warnings(caplog):
    def work():
        logging.getLogger("kurzeme_visiem.test").warning("half done")
        raise ValueError("bad input")

    with caplog.at_level(logging.WARNING):
        succeeded, value = start(work).result()
    assert not succeeded and "bad input" in value
    assert "half done" not in caplog.text, "the caller redoes the work; its warnings would come twice"


def test_a_cancelled_background_function_leaves_no_process():
    background = start(lambda: time.sleep(30))
    background.cancel()
    assert not background._process.is_alive()


def test_claimed_items_are_done_once_and_waited_for():
    claims = Claims(40)
    taken_here = [number for number in range(0, 40, 2) if claims.take(number)]  # before the worker starts

    def worker():
        mine = []
        for number in reversed(range(40)):
            if claims.take(number):
                time.sleep(0.002)
                mine.append(number)
                claims.done(number)
        return mine

    background = start(worker)
    deadline = time.monotonic() + 10
    while claims._states[39] == Claims.FREE and time.monotonic() < deadline:  # the worker has begun
        time.sleep(0.001)
    for number in taken_here:
        claims.done(number)
    here = set(taken_here)
    for number in range(1, 40, 2):
        if claims.take(number):
            here.add(number)
            claims.done(number)
        else:
            assert claims.wait(number, background.running), "done by the worker once waited for"
    succeeded, theirs = background.result()
    assert succeeded and 39 in theirs
    assert set(theirs).isdisjoint(here) and set(theirs) | here == set(range(40)), "each item done by one process"


def test_waiting_for_an_item_whose_worker_stopped_returns_false():
    claims = Claims(2)
    background = start(lambda: claims.take(0))  # takes item 0 and exits without doing it
    assert background.result() == (True, True)
    assert claims.wait(0, background.running) is False
    assert claims.take(1) and not claims.take(1)


def test_a_child_starts_with_what_it_inherits_frozen_for_its_collector_and_the_parent_does_not():
    """``gc.freeze`` before each fork: a child's collections do not walk (and copy) the parent's heap; the parent's
    collector is as it was (a preview forks on every rebuild: nothing of it may stay frozen there)."""
    import gc  # noqa: PLC0415

    assert gc.get_freeze_count() == 0
    inherited = [[] for _ in range(10)]  # noqa: F841 - tracked objects the children inherit
    in_workers = run_shares(lambda share: [gc.get_freeze_count() for _ in share], [[1], [2]])
    assert in_workers[0] == [0] and in_workers[1][0] > 10, "the forked worker's, not this process's"
    succeeded, frozen = start(gc.get_freeze_count).result()
    assert succeeded and frozen > 10
    assert gc.get_freeze_count() == 0
