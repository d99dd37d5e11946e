"""Pelican's typing of ``Date:`` and ``Modified:`` for the contract's dates, without dateutil (``FAST_BUILD``).

Pelican types both fields with ``pelican.utils.get_date``: runs of spaces made one (``Date:`` also reads ``_`` as a
space), then ``dateutil.parser.parse`` with today at midnight as the default, a naive ``SafeDatetime``. dateutil
tries many formats: about 0.1 ms a date, of the ≈ 0.45 ms the parent spends on a news item whose body is cached
(N = 1,000: typing the headers 0.08–0.15 → 0.03 CPU-s in a cold build). The contract allows
only ``YYYY-MM-DD`` and ``YYYY-MM-DD HH:MM`` (``content/lv/dates.parse_contract_date``); for those dateutil gives
the date and time as written, seconds 0. :func:`typed_date` makes that ``SafeDatetime`` directly and leaves every
other text (other formats, impossible dates, time zones) to Pelican's processor, errors included; where a plugin has
replaced Pelican's processor for the field, always to that one. Tested against Pelican on generated text
(``tests/unit/fast_build/test_dates.py``).
"""

from __future__ import annotations

import re
from types import MappingProxyType

from pelican import readers
from pelican.utils import SafeDatetime

CONTRACT_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?: ([0-9]{2}):([0-9]{2}))?")
# Pelican's own processors (defined in pelican.readers: not one a plugin put there before this module was imported)
STOCK_PROCESSORS = MappingProxyType({name: readers.METADATA_PROCESSORS[name] for name in ("date", "modified")
                                     if getattr(readers.METADATA_PROCESSORS.get(name), "__module__", None)
                                     == readers.__name__})


def typed_date(name: str, value: object) -> SafeDatetime | None:
    """What Pelican's processor for ``name`` (``date``, ``modified``) makes of ``value``; None when this cannot say
    (not a contract date, not such a field, or Pelican's processor replaced): ask the processor then."""
    processor = STOCK_PROCESSORS.get(name)
    if processor is None or readers.METADATA_PROCESSORS.get(name) is not processor or not isinstance(value, str):
        return None
    match = CONTRACT_DATE.fullmatch(value.replace("_", " ") if name == "date" else value)
    if match is None:
        return None
    year, month, day, hour, minute = (int(group) if group else 0 for group in match.groups())
    try:
        return SafeDatetime(year, month, day, hour, minute)
    except ValueError:
        return None  # not a real date: Pelican's processor says so in its words
