"""A synthetic corpus: N news items of realistic Latvian text plus the demo partners, services and pages.

Deterministic for a given N (seeded), so runs and machines compare like with like.
"""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

SENTENCES = (
    "Kurzemes plānošanas reģions turpina deinstitucionalizācijas (DI) procesu visās projekta partneru pašvaldībās.",
    "Sabiedrībā balstīti sociālie pakalpojumi ļauj cilvēkiem dzīvot savās mājās, nevis ilgstošas aprūpes iestādēs.",
    "Pašvaldības sociālais dienests izvērtēja individuālās vajadzības un sagatavoja atbalsta plānu katram cilvēkam.",
    "Bērniem ar funkcionāliem traucējumiem (FT) un viņu ģimenēm ir pieejams atelpas brīža pakalpojums.",
    "Pieaugušie ar garīga rakstura traucējumiem (GRT) apgūst prasmes, kas vajadzīgas patstāvīgai dzīvei.",
    "Projekts tiek īstenots ar Eiropas Sociālā fonda (ESF) un valsts budžeta finansējumu.",
    "Speciālisti tikās ar iedzīvotājiem, lai pārrunātu, kādi pakalpojumi novadā vēl jāattīsta.",
    "Jaunajā dienas aprūpes centrā ir plašas, gaišas telpas, virtuve un darbnīca radošām nodarbībām.",
    "Ģimeniskai videi pietuvināti pakalpojumi palīdz bērniem augt drošā un mīlošā vidē.",
    "Valsts sociālās aprūpes centrs (VSAC) “Kurzeme” gatavo klientus pārejai uz dzīvi sabiedrībā.",
    "Sociālā mentora atbalsts palīdz jauniešiem, kuri pamet bērnu namu, uzsākt patstāvīgu dzīvi.",
    "Grupu dzīvokļos katrs iedzīvotājs pats rūpējas par savu ikdienu, bet vajadzības gadījumā saņem palīdzību.",
    "Pēc apmācībām darbinieki dalījās pieredzē par to, kā vislabāk atbalstīt klientus ikdienā.",
    "Tikšanās noslēgumā dalībnieki vienojās par nākamajiem soļiem un atbildīgajām personām.",
    "Iedzīvotāji tiek aicināti izteikt savu viedokli par plānotajiem pakalpojumiem līdz mēneša beigām.",
    "Ēkas pārbūve ietver piekļūstamu ieeju, liftu un pielāgotas sanitārās telpas.",
    "Ārpusģimenes aprūpes atbalsta centrs sniedz konsultācijas audžuģimenēm un aizbildņiem.",
    "Darba grupā piedalījās pašvaldību, nevalstisko organizāciju un nozares ekspertu pārstāvji.",
)
HEADINGS = ("Kas notiks tālāk", "Pakalpojumi novadā", "Kā pieteikties", "Galvenie secinājumi", "Plašāka informācija")
TOPICS = ("atklāts", "noslēgts līgums", "notika seminārs", "sākta būvniecība", "apmācības", "pieredzes apmaiņa",
          "izvērtētas vajadzības", "uzsākts pakalpojums", "sabiedriskā apspriešana", "pabeigta pārbūve")
TAGS = ("DI plāns", "pakalpojumi", "infrastruktūra", "apmācības", "bērni", "pieaugušie", "partneri")


def _slugs(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.yaml"))


def _paragraph(rng: random.Random, words: int) -> tuple[str, int]:
    sentences, count = [], 0
    while count < words:
        sentence = rng.choice(SENTENCES)
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences), count


def news_item(index: int, rng: random.Random, partners: list[str], services: list[str], partner_names: dict[str, str]) -> tuple[str, str]:
    """File name and text of one news item, about 400 words."""
    day = date(2016, 1, 1) + timedelta(days=index * 3 % 3650, hours=0)
    chosen_partners = rng.sample(partners, rng.randint(1, 3))
    chosen_services = rng.sample(services, rng.randint(0, 2))
    place = partner_names[chosen_partners[0]]
    title = f"{place}: {rng.choice(TOPICS)} ({index + 1}. ziņa)"
    lines = [f"Title: {title}", f"Date: {day.isoformat()}", f"Partners: {', '.join(chosen_partners)}"]
    if chosen_services:
        lines.append(f"Services: {', '.join(chosen_services)}")
    lines.append(f"Tags: {', '.join(rng.sample(TAGS, 2))}")
    lines.append("")
    words = 0
    first, count = _paragraph(rng, 60)
    lines += [first, ""]
    words += count
    lines += [f"## {rng.choice(HEADINGS)}", ""]
    for slug in chosen_partners:
        lines.append(f"- [{partner_names[slug]}](/partneri/{slug}/) — {rng.choice(SENTENCES)}")
        words += 12
    for slug in chosen_services:
        lines.append(f"- [pakalpojums “{slug}”](/pakalpojumi/{slug}/)")
        words += 3
    lines.append("")
    while words < 400:
        text, count = _paragraph(rng, 70)
        lines += [text, ""]
        words += count
    lines.append("Plašāka informācija: [par projektu](/par-projektu/) un [kontakti](/kontakti/).")
    return f"{day.isoformat()}-zina-{index + 1:05d}.md", "\n".join(lines) + "\n"


def _partner_names(folder: Path) -> dict[str, str]:
    names = {}
    for path in folder.glob("*.yaml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("short_name:") or (line.startswith("name:") and path.stem not in names):
                names[path.stem] = line.split(":", 1)[1].strip().strip("'\"")
    return names


def make_corpus(demo_content: Path, target: Path, count: int, seed: int = 6) -> Path:
    """Write ``count`` news items and copy the demo partners, services, pages and glossary into ``target``."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(demo_content, target, ignore=shutil.ignore_patterns("news"))
    news = target / "news"
    news.mkdir()
    partners, services = _slugs(target / "partners"), _slugs(target / "services")
    names = _partner_names(target / "partners")
    rng = random.Random(seed)
    for index in range(count):
        name, text = news_item(index, rng, partners, services, names)
        (news / name).write_text(text, encoding="utf-8")
    return target


def news_markdown_only(corpus: Path, target: Path) -> Path:
    """The same news items as plain Markdown for stock Pelican and Hugo (no site-specific metadata needed)."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted((corpus / "news").glob("*.md")):
        shutil.copy2(path, target / path.name)
    return target
