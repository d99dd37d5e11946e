"""The parts of a page that are the same on many pages (header, footer), rendered once per distinct
``params`` in each process and Jinja environment instead of once per page: ``{{ component.macro |
rendered_once(params) }}`` is ``component.macro(params)``, kept for the next page with equal ``params``.

Equal means equal values of the same types (a ``Markup`` is not a ``str``): strings, numbers, ``None``, dates
and times, and dictionaries, lists and frozen dataclasses of them. Anything else in ``params`` (a news item, which can change in
place in the preview; an undefined value) and the macro is simply called. Only for macros of components imported
without context, whose HTML depends on their ``params`` alone; a component imported ``with context`` is made again
on every page, so its macros never repeat and are called every time.

``nav_place`` lets the header repeat: the main navigation marks a section by the page's path, and every page below a
section's folder is marked the same way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any, Callable

from .translations import HOMES

_PLAIN = frozenset({str, int, float, bool, type(None)})  # exact types: a Markup or another str subclass is not plain


class Unfrozen(Exception):
    """A value ``rendered_once`` does not compare by value."""


def frozen(value: Any) -> Any:
    """``value`` as a hashable key that is equal for equal values of the same types (raises ``Unfrozen``)."""
    kind = type(value)
    if kind in _PLAIN:
        return value if kind is str else (kind, value)  # a str key stands for itself; 1, 1.0 and True are equal
    if kind is dict:  # params: a str value stands for itself here too, without a call
        return kind, tuple([(key, item if type(item) is str else frozen(item)) if type(key) is str
                            else (frozen(key), frozen(item)) for key, item in value.items()])
    if isinstance(value, str):
        return kind, str(value)
    if isinstance(value, (dt.date, dt.time)):  # equal aware datetimes may differ in offset and zone: both count
        return kind, value.isoformat(), str(getattr(value, "tzinfo", None))
    if isinstance(value, Mapping):
        return kind, tuple([(key, frozen(item)) if type(key) is str else (frozen(key), frozen(item))
                            for key, item in value.items()])
    if isinstance(value, (list, tuple)):
        return kind, tuple([frozen(item) for item in value])
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and value.__dataclass_params__.frozen:
        return kind, tuple([frozen(getattr(value, field.name)) for field in dataclasses.fields(value)])
    raise Unfrozen(kind.__name__)


class RenderedOnce:
    """The ``rendered_once`` filter of one Jinja environment: the HTML of up to ``size`` distinct calls (then it
    starts again). Only for parts whose ``params`` repeat over many pages: a part with distinct ``params`` on every
    page (a news card: one per news item) would only hold memory."""

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._html: dict[tuple, Any] = {}

    def __call__(self, macro: Callable[[Any], Any], params: Any) -> Any:
        try:
            key = (macro, frozen(params))  # the macro object itself: a template compiled again makes new ones
        except Unfrozen:
            return macro(params)
        html = self._html.get(key)
        if html is None:
            if len(self._html) >= self.size:
                self._html.clear()
            html = self._html[key] = macro(params)
        return html


def nav_place(output_file: str, lang: str) -> str:
    """The page ``output_file`` as the main navigation (components/site-nav.html) sees it. Its items are a
    language's home and folders right below it, each marked current for its own ``index.html`` and for every page
    under it; so a page deeper in such a folder stands for the folder: ``jaunumi/x/index.html`` → ``jaunumi/…``."""
    home = HOMES.get(lang, "")
    if not output_file or not output_file.startswith(home):
        return output_file
    folder, slash, below = output_file[len(home):].partition("/")
    if not slash or below == "index.html":
        return output_file
    return f"{home}{folder}/…"
