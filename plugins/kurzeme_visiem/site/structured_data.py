"""JSON-LD for the head of a page: ``NewsArticle`` for news, ``GovernmentOrganization``/``Organization`` for partners.

Only fields the content actually holds are written: a partner without a phone gets no ``telephone``,
never a guess. The result is safe to put inside ``<script type="application/ld+json">``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from markupsafe import Markup

from ..content.records import PartnerType
from .public_urls import absolute, image_url

GOVERNMENT_TYPES = frozenset({PartnerType.MUNICIPALITY, PartnerType.STATE_CARE_CENTRE, PartnerType.CARE_CENTRE_BRANCH})


def _plain(text: Any) -> str:
    return " ".join(Markup(str(text)).striptags().split())


def _without_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value not in (None, "", [], {})}


def _iso(value: dt.date | dt.datetime) -> str:
    return value.isoformat()


def news_article(article: Any, siteurl: str, publisher_name: str, default_author: str) -> dict[str, Any]:
    """schema.org ``NewsArticle`` for a Pelican article."""
    modified = getattr(article, "modified", None) or article.date
    author = getattr(article, "author", None)
    author_name = author.name if author else default_author
    image = getattr(article, "image", None)
    return _without_empty({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _plain(article.title),
        "description": _plain(getattr(article, "summary", "") or ""),
        "url": absolute(siteurl, article.url),
        "mainEntityOfPage": absolute(siteurl, article.url),
        "inLanguage": "lv",
        "datePublished": _iso(article.date),
        "dateModified": _iso(modified),
        "image": image_url(siteurl, image) if image else None,
        "author": {"@type": "Organization" if author_name == default_author else "Person", "name": author_name},
        "publisher": {"@type": "Organization", "name": publisher_name, "url": siteurl + "/"},
        "about": [_organization_reference(p, siteurl) for p in getattr(article, "partner_list", [])],
    })


def _organization_reference(partner: Any, siteurl: str) -> dict[str, Any]:
    return {"@type": _organization_type(partner), "name": partner.name, "url": absolute(siteurl, partner.url)}


def _organization_type(partner: Any) -> str:
    return "GovernmentOrganization" if partner.type in GOVERNMENT_TYPES else "Organization"


def organization(partner: Any, siteurl: str) -> dict[str, Any]:
    """schema.org organisation for a partner, with only the contact fields its YAML file gives."""
    contact_points = [
        _without_empty({
            "@type": "ContactPoint",
            "name": person.name,
            "contactType": person.role,
            "telephone": person.phone,
            "email": person.email,
        })
        for person in partner.contacts
    ]
    parent = getattr(partner, "parent", None)
    return _without_empty({
        "@context": "https://schema.org",
        "@type": _organization_type(partner),
        "name": partner.name,
        "alternateName": partner.short_name,
        "url": absolute(siteurl, partner.url),
        "sameAs": partner.website,
        "address": partner.address,
        "telephone": partner.phone,
        "email": partner.email,
        "contactPoint": contact_points,
        "parentOrganization": _organization_reference(parent, siteurl) if parent else None,
        "description": _plain(partner.description_html) if getattr(partner, "description_html", "") else None,
    })


def script_json(data: dict[str, Any]) -> Markup:
    """JSON that cannot end the ``<script>`` element it sits in (``<``, ``>`` and ``&`` escaped)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)
