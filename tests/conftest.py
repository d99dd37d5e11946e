"""The whole suite reads the tool's messages in English (``KV_LANG=en``, the developers' language), so the
assertions on messages stay stable. Latvian, the default for the content writer, is tested where it is asked for
(``tests/unit/content/test_messages.py``, ``tests/e2e/test_latvian_messages.py``)."""

import os

os.environ["KV_LANG"] = "en"  # also inherited by the build and check subprocesses the e2e tests start
