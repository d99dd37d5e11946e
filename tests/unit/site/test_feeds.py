"""One Atom feed per partner: every partner gets one, dated by its news, never by the build time."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace as O

from kurzeme_visiem.site.feeds import build_partner_feed, partner_feed_path, write_partner_feeds

SETTINGS = {"SITEURL": "https://example.test", "SITENAME": "Kurzeme visiem", "AUTHOR": "KPR",
            "PARTNER_FEED_ATOM": "feeds/partneri/{slug}.atom.xml"}


def partner(slug, news=(), agreement=None):
    return O(slug=slug, url=f"partneri/{slug}/", name=f"{slug} dome", display_name=slug, agreement_date=agreement,
             news=list(news))


def article(day, title="Ziņa"):
    return O(title=title, url=f"jaunumi/{day}/", date=dt.datetime(2016, 5, day, 10, 0), summary="<p>Īsi.</p>",
             modified=None, author=None)


def test_the_feed_path_setting_and_its_default():
    assert partner_feed_path({}, "talsu-novads") == "feeds/partneri/talsu-novads.atom.xml"
    assert partner_feed_path({"PARTNER_FEED_ATOM": "f/{slug}.xml"}, "a") == "f/a.xml"
    assert partner_feed_path({"PARTNER_FEED_ATOM": None}, "a") is None


def test_every_partner_gets_a_feed_and_an_empty_one_takes_the_newest_site_date(tmp_path):
    news = [article(3), article(9, "Jaunākā")]
    written = write_partner_feeds([partner("a", news[:1]), partner("b")], news, SETTINGS, tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == ["feeds/partneri/a.atom.xml", "feeds/partneri/b.atom.xml"]
    first, empty = (p.read_text(encoding="utf-8") for p in written)
    assert "<updated>2016-05-03T10:00:00+00:00</updated>" in first and "https://example.test/jaunumi/3/" in first
    assert "<updated>2016-05-09T10:00:00+00:00</updated>" in empty and "<entry>" not in empty


def test_without_any_news_the_agreement_date_and_the_same_bytes_twice(tmp_path):
    lonely = partner("c", agreement=dt.date(2016, 2, 1))
    assert "<updated>2016-02-01T00:00:00+00:00</updated>" in build_partner_feed(lonely, SETTINGS, None).writeString("utf-8")
    once = write_partner_feeds([lonely], [], SETTINGS, tmp_path / "1")[0].read_bytes()
    again = write_partner_feeds([lonely], [], SETTINGS, tmp_path / "2")[0].read_bytes()
    assert once == again


def test_no_feeds_when_the_setting_is_empty(tmp_path):
    assert write_partner_feeds([partner("a")], [], {**SETTINGS, "PARTNER_FEED_ATOM": ""}, tmp_path) == []


def test_the_feeds_in_memory_are_the_files_written(tmp_path):
    """The live preview makes a few partners' feeds again in memory: the same text the build writes."""
    from kurzeme_visiem.site.feeds import partner_feed_makers  # noqa: PLC0415

    partners = [partner("a", [article(2)]), partner("b")]
    written = write_partner_feeds(partners, [article(2)], SETTINGS, tmp_path)
    texts = {path: make() for path, make in partner_feed_makers(partners, [article(2)], SETTINGS).items()}
    assert sorted(texts) == ["feeds/partneri/a.atom.xml", "feeds/partneri/b.atom.xml"]
    for path in written:
        assert path.read_text(encoding="utf-8") == texts[path.relative_to(tmp_path).as_posix()]
    assert "<updated>2016-05-02T10:00:00+00:00</updated>" in texts["feeds/partneri/b.atom.xml"]


def test_the_feed_inputs_change_whenever_what_the_feed_shows_of_its_partner_changes():
    """The live preview makes a partner's feed again only when ``feed_inputs`` changed: every partner field the feed
    shows, and the news it lists (the same objects: the preview keeps them), change it."""
    from kurzeme_visiem.site.feeds import feed_inputs  # noqa: PLC0415

    news = [article(2)]
    base = partner("a", agreement=dt.date(2016, 2, 1))  # no news yet: its feed is dated by the agreement
    feed = build_partner_feed(base, SETTINGS, None).writeString("utf-8")
    changes = {"slug": "b", "url": "partneri/b/", "name": "cita dome", "display_name": "Cits",
               "agreement_date": dt.date(2016, 3, 1), "news": news}
    for name, value in changes.items():
        other = O(**{**vars(base), name: value})
        assert build_partner_feed(other, SETTINGS, None).writeString("utf-8") != feed, name
        assert feed_inputs(other) != feed_inputs(base), name
    assert feed_inputs(O(**vars(base))) == feed_inputs(base)


def test_a_writer_that_makes_files_later_gets_each_feed_and_nothing_is_written_now(tmp_path):
    """FAST_BUILD's writer (``write_later``) makes the feeds in its render workers: the same text, later."""
    from kurzeme_visiem.site.feeds import partner_feed_makers  # noqa: PLC0415

    handed: dict = {}
    partners = [partner("a", [article(2)]), partner("b")]
    files = write_partner_feeds(partners, [article(2)], SETTINGS, tmp_path, later=handed.__setitem__)
    assert [p.relative_to(tmp_path).as_posix() for p in files] == sorted(handed) == [
        "feeds/partneri/a.atom.xml", "feeds/partneri/b.atom.xml"]
    assert not any(tmp_path.iterdir())
    made = {path: make() for path, make in partner_feed_makers(partners, [article(2)], SETTINGS).items()}
    assert {path: make() for path, make in handed.items()} == made


def test_an_entrys_tag_uri_shows_its_day_without_pelicans_strftime(monkeypatch):
    import pelican.utils  # noqa: PLC0415
    from pelican.utils import SafeDatetime  # noqa: PLC0415

    def refuse(*args, **kwargs):
        raise AssertionError("Pelican's strftime: ≈ 14 µs a feed entry")

    item = article(3)
    item.date = SafeDatetime(2016, 5, 3, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    monkeypatch.setattr(pelican.utils, "strftime", refuse)
    feed = build_partner_feed(partner("a", [item]), SETTINGS, None).writeString("utf-8")
    assert "<id>tag:example.test,2016-05-03:/jaunumi/3/</id>" in feed
