"""``import-report.md``: the counts of one import and every item that needs a person's look, in the writer's language
(``content/messages.py``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ...content.messages import message

SECTIONS = {  # section → the message key of its heading, in the report's order
    "untitled": "wordpress.section.untitled",
    "shortcodes": "wordpress.section.shortcodes",
    "missing": "wordpress.section.missing",
    "alt": "wordpress.section.alt",
    "guesses": "wordpress.section.guesses",
    "skipped": "wordpress.section.skipped",
    "redirects": "wordpress.section.redirects",
    "dropped": "wordpress.section.dropped",
    "other": "wordpress.section.other",
}


@dataclass
class ImportReport:
    source: str
    version: str = ""
    site_url: str = ""
    dry_run: bool = False
    counts: Counter = field(default_factory=Counter)
    notes: dict[str, list[str]] = field(default_factory=lambda: {key: [] for key in SECTIONS})

    def note(self, section: str, text: str) -> None:
        if text not in self.notes[section]:
            self.notes[section].append(text)

    @property
    def needs_look(self) -> int:
        return sum(len(entries) for entries in self.notes.values())

    def render(self) -> str:
        c = self.counts
        mode = f" {message('wordpress.report.dry_run')}" if self.dry_run else ""
        rows = [
            ("wordpress.count.news", c["news"]),
            ("wordpress.count.pages", c["pages"]),
            ("wordpress.count.drafts", c["drafts"]),
            ("wordpress.count.scheduled", c["scheduled"]),
            ("wordpress.count.media_copied", c["media_copied"]),
            ("wordpress.count.media_missing", c["media_missing"]),
            ("wordpress.count.guesses", c["guesses"]),
            ("wordpress.count.redirects", f"{c['redirects_added']} / {c['redirects_known']}"),
            ("wordpress.count.files", f"{c['created']} / {c['updated']} / {c['unchanged']} / {c['skipped']}"),
            ("wordpress.count.not_content", c["not_content"]),
            ("wordpress.count.to_look_at", self.needs_look),
        ]
        lines = [
            f"# {message('wordpress.report.title')}{mode}",
            "",
            message("wordpress.report.source", source=self.source, version=self.version, site=self.site_url or "—"),
            "",
            message("wordpress.report.table_head"),
            "|---|---|",
            *(f"| {message(label)} | {value} |" for label, value in rows),
        ]
        for section, title in SECTIONS.items():
            entries = self.notes[section]
            if entries:
                lines += ["", f"## {message(title)} ({len(entries)})", "", *(f"- {entry}" for entry in entries)]
        if not self.needs_look:
            lines += ["", message("wordpress.report.nothing_to_look_at")]
        return "\n".join(lines) + "\n"
