"""``python -m kurzeme_visiem build|serve|check|newpost|deploy`` (the Makefile calls these): see ``tools/cli.py``."""

import sys

from .tools.cli import main

sys.exit(main())
