"""Phone numbers, e-mail and web addresses as content files write them: one pattern and one message for each.

Used by the partner schema (``records``), the fact blocks (``sourced``, ``social_service``) and the news check.
"""

from __future__ import annotations

import re

from .messages import message

PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{4,}[0-9]$")
EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[A-Za-z]{2,}$")
WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"]+\.[^\s<>\"]+$")

CHECKS = {  # field: (pattern, catalogue key of the message)
    "phone": (PHONE, "record.phone"),
    "email": (EMAIL, "record.email"),
    "website": (WEB_ADDRESS, "record.url"),
}


def contact_problem(field: str, value: str) -> str | None:
    """Why ``value`` of the contact field ``field`` (phone, email, website) is not valid, or ``None`` when it is."""
    pattern, key = CHECKS[field]
    return None if pattern.match(value) else message(key, value=value)
