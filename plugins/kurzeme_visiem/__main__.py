"""``python -m kurzeme_visiem build|serve|check|newpost|deploy`` (the Makefile calls these): see ``tools/cli.py``."""

import atexit
import os
import sys
import threading

from .tools.cli import main

code = main()
if threading.active_count() == 1 and (code is None or isinstance(code, int)):
    # Nothing runs beside this thread: run the exit handlers (logging's flush, multiprocessing's, finalizers), flush
    # and leave without Python's teardown, which frees every object a build made one by one (≈ 0.2 s of a cold
    # build of 1,000 news, after its report is printed).
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)
sys.exit(code)
