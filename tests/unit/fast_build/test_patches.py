from pelican.contents import Article

from kurzeme_visiem.fast_build.patches import cache_content_urls

SETTINGS = {"ARTICLE_URL": "jaunumi/{slug}/", "ARTICLE_SAVE_AS": "jaunumi/{slug}/index.html",
            "DRAFT_URL": "melnraksti/{slug}/", "DRAFT_SAVE_AS": "melnraksti/{slug}/index.html"}


def article(**metadata):
    from pelican.settings import DEFAULT_CONFIG  # noqa: PLC0415

    return Article("x", metadata={"title": "T", "slug": "t", **metadata}, settings={**DEFAULT_CONFIG, **SETTINGS})


def test_cached_urls_equal_pelicans_and_follow_the_state_they_depend_on():
    cache_content_urls()
    item = article()
    assert (item.url, item.save_as) == ("jaunumi/t/", "jaunumi/t/index.html")
    assert item.url == "jaunumi/t/"  # from the cache
    item.status = "draft"
    assert item.url == "melnraksti/t/"
    item.slug = "cits"
    assert item.save_as == "melnraksti/cits/index.html"
    assert Article.get_url_setting.fast_build_original(item, "url") == item.url


def test_memoized_slugs_equal_pelicans():
    from markupsafe import Markup  # noqa: PLC0415
    from pelican import urlwrappers  # noqa: PLC0415
    from pelican.settings import DEFAULT_CONFIG  # noqa: PLC0415
    from pelican.utils import slugify  # noqa: PLC0415

    from kurzeme_visiem.fast_build.patches import cache_slugs  # noqa: PLC0415

    cache_slugs()
    subs = DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]
    for name in ("Sociālie pakalpojumi", "DI plāns", Markup("<b>Ģimene</b> &amp; bērni"), "C++ & Co", "Ģimene"):
        for options in ({}, {"regex_subs": subs}, {"regex_subs": subs, "preserve_case": True},
                        {"regex_subs": subs, "use_unicode": True}):
            expected = slugify(name, **options)
            assert urlwrappers.slugify(name, **options) == expected
            assert urlwrappers.slugify(name, **options) == expected, "from the cache"
    assert urlwrappers.slugify("Ģimene") != urlwrappers.slugify("Ģimene", regex_subs=subs, preserve_case=True)
    assert urlwrappers.Tag("Ģimenes Atbalsts", DEFAULT_CONFIG).slug == slugify("Ģimenes Atbalsts", regex_subs=subs)
