"""The easy-to-read ("viegli lasīt") section of a news item or page.

The writer adds it to the Markdown body as a level-2 heading ``## Viegli lasīt`` followed by short sentences;
it runs to the next level-2 heading or the end of the body. The build takes it out of the body so the template
can offer it prominently (a link at the top, the section in its own box).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"<h2\b[^>]*>\s*viegli\s+lasīt\s*:?\s*</h2>\s*", re.IGNORECASE)
_NEXT_SECTION = re.compile(r"<h2\b", re.IGNORECASE)


@dataclass(frozen=True)
class EasyReadSplit:
    body: str
    easy_read: str  # the section's HTML without its heading; "" when the body has none


def split_easy_read(html: str) -> EasyReadSplit:
    heading = _HEADING.search(html)
    if heading is None:
        return EasyReadSplit(html, "")
    following = _NEXT_SECTION.search(html, heading.end())
    end = following.start() if following else len(html)
    section = html[heading.end():end].strip()
    body = (html[:heading.start()].rstrip() + "\n" + html[end:]).strip()
    return EasyReadSplit(body, section)
