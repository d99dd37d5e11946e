"""The genitive of the directory's short names ("daļa no Dienvidkurzemes novada", "Liepājas").

Only the shapes the partner names have: "<X> novads" → "<X> novada", a name in -a → -as (Liepāja → Liepājas);
names in -pils (Ventspils, Jēkabpils) and anything else stay as written, which is right for -pils and safe
for the rest.
"""

from __future__ import annotations


def genitive(name: str) -> str:
    text = name.strip()
    if text.endswith(" novads"):
        return text[: -len("novads")] + "novada"
    if text.endswith("a") and " " not in text:
        return text + "s"
    return text
