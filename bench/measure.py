"""Run one command in a fresh child process; print its wall time, peak memory and exit code as JSON.

``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` is the largest resident set of any waited-for
descendant, so each measurement runs in its own ``measure`` process: ``python -m bench.measure -- cmd ...``.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    command = argv[argv.index("--") + 1:] if "--" in argv else argv
    started = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # Linux: kilobytes
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "returncode": completed.returncode,
                      "stderr": completed.stderr[-2000:]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
