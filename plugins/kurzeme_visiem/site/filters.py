"""The Jinja filters the theme uses, added to every generator's environment (``generator_init``).

Jinja's default globals (``range``, ``dict``, ``cycler``, ``joiner``, ``namespace``, ``lipsum``) are taken out,
and the theme has no globals of its own: every ``{% import %}`` of a component compares the page's globals with
the component's, one by one, on every page (some ten imports a page); with none, that costs nothing.
"""

from __future__ import annotations

from babel.dates import format_date
from jinja2.defaults import DEFAULT_NAMESPACE

from ..content.lv.dates import iso_date, locative, nominative
from ..content.lv.genitive import genitive
from ..content.lv.labels import label, municipalities_label
from ..content.lv.partial_dates import on_date_lv, since_lv
from ..content.lv.plural import plural
from .feeds import partner_feed_path
from .documents import document_note
from .lastmod import last_changed, newest_of
from .rendered_once import RenderedOnce, nav_place
from .translations import switch_for
from .structured_data import news_article, organization, script_json


def add_filters(generator) -> None:
    generator.env.filters.update({"lv_date": nominative, "iso_date": iso_date, "label": label,
                                "municipalities_label": municipalities_label})
    # "Publicēts {{ d | lv_date_in }}" → "Publicēts 2016. gada 20. maijā"; a bare label takes lv_date (nominative)
    generator.env.filters.update({"lv_date_in": locative, "plural": plural})
    generator.env.filters.update({"lv_since": since_lv, "lv_on_date": on_date_lv, "genitive": genitive})
    generator.env.filters.update({
        "last_changed": last_changed,
        "newest_of": newest_of,
        "news_article_json": lambda article, siteurl, publisher, author: script_json(
            news_article(article, siteurl, publisher, author)),
        "organization_json": lambda partner, siteurl: script_json(organization(partner, siteurl)),
    })
    generator.env.filters.update({"document_note": document_note, "en_date": en_date})
    generator.env.filters["language_switch_for"] = switch_for  # own_page | language_switch_for(lang)
    generator.env.filters["partner_feed_path"] = lambda slug: partner_feed_path(generator.settings, slug)
    # {{ site_header.site_header | rendered_once(params) }}: header and footer once per distinct params
    generator.env.filters.update({"rendered_once": RenderedOnce(), "nav_place": nav_place})
    for name in DEFAULT_NAMESPACE:
        generator.env.globals.pop(name, None)


def en_date(value) -> str:
    """``20 May 2016``: dates on the English pages."""
    return format_date(value, format="long", locale="en_GB")
