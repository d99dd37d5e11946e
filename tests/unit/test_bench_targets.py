"""``make bench``'s summary of issue 17's build targets (``bench/run._build_targets``)."""

from __future__ import annotations

from bench.run import _build_targets


def _row(seconds: float, peak_mb: float) -> dict:
    return {"seconds": {"median": seconds}, "peak_mb": peak_mb}


def test_the_targets_are_judged_on_our_fast_builds_against_hugo():
    rows = {"ours": _row(3.0, 136), "ours, warm, nothing changed": _row(0.5, 61), "ours, speed-ups off": _row(5.0, 176),
            "Hugo": _row(1.0, 500)}
    assert _build_targets(rows) == ("cold 3.00× Hugo (≤ 2×: not met), warm 0.50× Hugo (≤ 1×: met), "
                                    "peak memory of our FAST_BUILD builds 136 MB (≤ 150 MB at N = 4,000: met).")


def test_a_build_left_out_with_skip_is_left_out_of_the_targets():
    rows = {"ours": _row(1.5, 160), "Hugo": _row(1.0, 500)}
    assert _build_targets(rows) == ("cold 1.50× Hugo (≤ 2×: met), "
                                    "peak memory of our FAST_BUILD builds 160 MB (≤ 150 MB at N = 4,000: not met).")
