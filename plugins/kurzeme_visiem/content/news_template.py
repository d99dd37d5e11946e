"""The text ``make newpost`` writes, and its placeholder lines that ``make check`` warns about while untouched.

The field notes are an HTML comment in the body: Python-Markdown's ``meta`` reader (Pelican's) ends the header at
the first line that is not ``Key: value``, so a comment line there would cut the header short. In the body, after
the text, the comment is never shown: it stays in the preview's HTML source only (the public build's minifier
removes comments), and the check and Pelican read the same header.
"""

from __future__ import annotations

PLACEHOLDER_LINES = (
    "Pirmā rindkopa: svarīgākais vienā vai divos teikumos. Ja Summary ir tukšs, tā kļūst par kopsavilkumu.",
    "Tālāk ziņas teksts.",
)

# one line per field: its format and an example
FIELD_NOTES = (
    "Title: virsraksts; piemērs: Ventspils novadā atklāts grupu dzīvoklis",
    "Date: GGGG-MM-DD vai GGGG-MM-DD SS:MM (Rīgas laiks); piemērs: 2018-04-27 10:00",
    "Status: draft (tikai priekšskatījumā), published vai hidden; izdzēsiet rindu, kad ziņa gatava",
    "Summary: viens vai divi teikumi; tukšs: kopsavilkums būs pirmā rindkopa",
    "Partners: ar komatu; faila nosaukums, īsais vai pilnais nosaukums; piemērs: Liepāja, tukuma-novads",
    "Services: ar komatu; faila nosaukums mapē content/services/; piemērs: socialais-mentors, grupu-dzivoklis",
    "Tags: ar komatu; piemērs: sadarbības līgumi, partneri",
    "Image: attēls mapē content/images/; piemērs: images/foto.jpg",
    "Image_alt: obligāts, ja ir Image: kas redzams attēlā; piemērs: Bērni spēlējas pagalmā",
    "Author, Author_role, Author_email: paraksts; piemērs: Vārds Uzvārds, sabiedrisko attiecību speciāliste",
    "Tukšs lauks nozīmē: nav norādīts. Šo komentāru vietnē nerāda; to var izdzēst.",
)

TEMPLATE = """\
Title: {title}
Date: {date}
Status: draft
Summary:
Partners:
Services:
Tags:
Image:
Image_alt:
Author:
Author_role:
Author_email:

{placeholder_first}

{placeholder_rest}

<!-- Viegli lasāma versija (nav obligāta): teksta beigās uzrakstiet virsrakstu "## Viegli lasīt" un zem tā
īsus, vienkāršus teikumus, katru savā rindkopā. Lapā tā būs redzama ar pogu "Viegli lasīt". -->

<!-- Lauki (katrs savā rindā "Lauks: vērtība" faila sākumā):
{notes}
-->
"""


def news_text(title: str, date: str) -> str:
    """A new news item's text, dated ``date`` (the contract's form)."""
    return TEMPLATE.format(title=title, date=date, placeholder_first=PLACEHOLDER_LINES[0],
                           placeholder_rest=PLACEHOLDER_LINES[1], notes="\n".join(FIELD_NOTES))


def placeholder_lines(numbered_lines) -> list[int]:
    """Line numbers whose text is still a placeholder of the template."""
    return [number for number, text in numbered_lines if text.strip() in PLACEHOLDER_LINES]
