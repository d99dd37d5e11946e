"""WordPress import: a WXR export (Tools → Export) → news, pages, media, redirects and a report.

``wxr`` reads the export (hardened XML), ``shortcodes`` and ``body`` turn post HTML into Markdown, ``media``
finds and copies uploads, ``guesses`` names partners and services, ``naming`` makes titles and slugs,
``document`` writes the Markdown files, ``redirects`` the old → new addresses, ``manifest`` keeps what was
written so a second import never overwrites an edited file, ``report`` writes ``import-report.md`` and
``importer`` ties them together.
"""
