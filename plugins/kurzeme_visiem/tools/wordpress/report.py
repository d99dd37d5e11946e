"""``import-report.md``: the counts of one import and every item that needs a person's look (in Latvian)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

SECTIONS = {
    "untitled": "Ieraksti bez virsraksta (virsraksts izveidots no datuma un pirmajiem vārdiem)",
    "shortcodes": "Nezināmi īskodi (shortcodes), atstāti kā teksts",
    "missing": "Trūkstoši attēli un dokumenti (saite uz veco adresi)",
    "alt": "Attēli bez alt teksta (apraksts izveidots no faila nosaukuma vai virsraksta; uzrakstiet īstu)",
    "guesses": "Partneru un pakalpojumu minējumi (pārbaudiet Partners: un Services:)",
    "skipped": "Izlaisti faili (netika pārrakstīti)",
    "redirects": "Pāradresācijas, kas netika pievienotas (redirects.yaml jau norāda citur vai vecā adrese ir esoša lapa)",
    "dropped": "Izņemti elementi (skripti, formas, ārēji gadījumi)",
    "other": "Citi",
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
        mode = " (izmēģinājums --dry-run: nekas netika rakstīts)" if self.dry_run else ""
        rows = [
            ("ziņas (posts)", c["news"]),
            ("lapas (pages)", c["pages"]),
            ("melnraksti (draft, pending, private → Status: draft)", c["drafts"]),
            ("plānotie (future: datums saglabāts)", c["scheduled"]),
            ("nokopēti attēli un dokumenti", c["media_copied"]),
            ("trūkstoši faili", c["media_missing"]),
            ("partneru un pakalpojumu minējumi", c["guesses"]),
            ("pāradresācijas: pievienotas / jau bija", f"{c['redirects_added']} / {c['redirects_known']}"),
            ("faili: izveidoti / atjaunināti / nemainīti / izlaisti",
             f"{c['created']} / {c['updated']} / {c['unchanged']} / {c['skipped']}"),
            ("nav saturs (pielikumi, izvēlņu vienumi, citi tipi)", c["not_content"]),
            ("jāpārbauda", self.needs_look),
        ]
        lines = [
            "# WordPress importa pārskats" + mode,
            "",
            f"Eksports: `{self.source}` (WXR {self.version}), vecā vietne {self.site_url or '—'}.",
            "",
            "| kas | skaits |",
            "|---|---|",
            *(f"| {label} | {value} |" for label, value in rows),
        ]
        for key, title in SECTIONS.items():
            entries = self.notes[key]
            if entries:
                lines += ["", f"## {title} ({len(entries)})", "", *(f"- {entry}" for entry in entries)]
        if not self.needs_look:
            lines += ["", "Nekas nav jāpārbauda."]
        return "\n".join(lines) + "\n"
