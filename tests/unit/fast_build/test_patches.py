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


def test_an_empty_template_cache_is_filled_by_a_forked_process(tmp_path):
    from types import SimpleNamespace  # noqa: PLC0415

    from jinja2 import Environment, FileSystemLoader  # noqa: PLC0415

    from kurzeme_visiem.fast_build.forking import BUILD_WORK, join_build_work, open_build_work  # noqa: PLC0415
    from kurzeme_visiem.fast_build.patches import compile_in_background, template_bytecode_cache  # noqa: PLC0415

    templates = tmp_path / "theme" / "templates"
    (templates / "components").mkdir(parents=True)
    (templates / "page.html").write_text('{% import "components/x.html" as x %}{{ x.x(title | shout) }}')
    (templates / "components" / "x.html").write_text("{% macro x(t) %}<h1>{{ t }}</h1>{% endmacro %}")
    settings = {"CACHE_PATH": str(tmp_path / "cache"), "BUILD_WORKERS": 1}

    def generator():
        env = Environment(loader=FileSystemLoader(str(templates)), bytecode_cache=template_bytecode_cache(settings))
        env.filters["shout"] = str.upper  # compiling needs the generator's filters
        return SimpleNamespace(env=env, theme=str(tmp_path / "theme"), settings=settings)

    compile_in_background(generator())
    assert BUILD_WORK not in settings, "one process asked for"
    settings["BUILD_WORKERS"] = 2
    open_build_work(settings)  # a build's generators are being made
    first, second = generator(), generator()
    compile_in_background(first)
    compile_in_background(second)  # the same build: started once
    assert list(settings[BUILD_WORK]) == ["templates"]
    join_build_work([first, second])
    cached = list((tmp_path / "cache").rglob("*.cache"))
    assert len(cached) == 2 and BUILD_WORK not in settings
    compile_in_background(generator())  # the next build: the cache is full, nothing to start
    assert BUILD_WORK not in settings
    assert generator().env.get_template("page.html").render(title="a") == "<h1>A</h1>"


def test_relative_source_paths_are_kept_per_object_and_equal_pelicans(monkeypatch, tmp_path):
    import os  # noqa: PLC0415

    from kurzeme_visiem.fast_build.patches import read_faster  # noqa: PLC0415

    read_faster()
    item = article()
    item.settings = {**item.settings, "PATH": str(tmp_path)}
    item.source_path = str(tmp_path / "news" / "a.md")
    original = Article.get_relative_source_path.fast_build_original
    assert item.get_relative_source_path() == original(item) == "news/a.md"
    assert item.get_relative_source_path(str(tmp_path / "b.md")) == "b.md"
    monkeypatch.setattr(os.path, "relpath", lambda *args: "not asked again")
    assert item.get_relative_source_path() == "news/a.md"  # kept
    item.source_path = str(tmp_path / "news" / "c.md")
    assert item.get_relative_source_path() == "not asked again"  # another path: asked
    item.source_path = "news/a.md"  # relative: it depends on the working folder, so it is always asked
    assert item.get_relative_source_path() == "not asked again"


def test_no_file_stamps_are_read_for_a_cache_that_keeps_nothing(tmp_path):
    from pelican.cache import FileStampDataCacher  # noqa: PLC0415
    from pelican.settings import DEFAULT_CONFIG  # noqa: PLC0415

    from kurzeme_visiem.fast_build.patches import read_faster  # noqa: PLC0415

    read_faster()
    stamps = []
    settings = {**DEFAULT_CONFIG, "CACHE_PATH": str(tmp_path)}
    off = FileStampDataCacher(settings, "off", caching_policy=False, load_policy=False)
    off._filestamp_func = stamps.append
    off.cache_data("a.md", "data")
    assert off.get_cached_data("a.md", "default") == "default"
    assert stamps == []
    on = FileStampDataCacher(settings, "on", caching_policy=True, load_policy=False)
    on._filestamp_func = lambda filename: f"stamp of {filename}"
    on.cache_data("a.md", "data")
    assert on.get_cached_data("a.md", "default") == "data"
    assert on.get_cached_data("b.md", "default") == "default"
    on._filestamp_func = lambda filename: "changed"
    assert on.get_cached_data("a.md", "default") == "default"  # the file changed: Pelican's comparison
