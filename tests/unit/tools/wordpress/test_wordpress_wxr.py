"""wxr: reading WXR 1.1/1.2 and refusing everything else with a clear message."""

from __future__ import annotations

import datetime as dt

import pytest

from kurzeme_visiem.tools.wordpress.wxr import WxrError, parse_wxr, read_wxr
from wordpress_helpers import EXPORT, FIXTURES, item, wxr


def test_reads_the_fixture_export():
    export = read_wxr(EXPORT)
    assert export.version == "1.2"
    assert export.site_url == "https://kurzemevisiem.lv"
    assert export.authors == {"anna": "Anna Bērziņa"}
    by_id = export.by_id()
    post = by_id[100]
    assert (post.post_type, post.status, post.post_name) == ("post", "publish", "tukuma-novada-atklats-grupu-dzivoklis")
    assert post.date == dt.datetime(2016, 5, 20, 13, 5)
    assert post.categories == ("Jaunumi",) and post.tags == ("grupu dzīvoklis",)
    assert post.excerpt == "Tukuma novadā atklāts pirmais grupu dzīvoklis."
    assert "[caption" in post.content
    assert by_id[10].meta["_wp_attachment_image_alt"] == "Grupu dzīvokļa ēka Tukumā"
    assert by_id[201].parent == 200
    assert by_id[300].post_type == "nav_menu_item"


def test_reads_wxr_1_1():
    export = read_wxr(FIXTURES / "export-wxr11.xml")
    assert export.version == "1.1"
    assert [i.title for i in export.items] == ["Vecā ziņa par Ventspils novadu"]
    assert export.items[0].excerpt == "Īsumā: dienas aprūpes centrs."


def test_draft_without_local_date_takes_the_gmt_date_in_riga_time():
    export = parse_wxr(wxr(item(date="0000-00-00 00:00:00", gmt="2016-07-01 09:00:00")))
    assert export.items[0].date == dt.datetime(2016, 7, 1, 12, 0)


def test_no_date_at_all_is_none():
    export = parse_wxr(wxr(item(date="0000-00-00 00:00:00", gmt="0000-00-00 00:00:00")))
    assert export.items[0].date is None


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("entity-expansion.xml", "DTD vai entītiju"),
        ("external-entity.xml", "DTD vai entītiju"),
        ("wrong-namespace.xml", "WXR 1.1 vai 1.2"),
        ("not-xml.csv", "nav XML fails"),
    ],
)
def test_hostile_or_wrong_files_are_refused_with_a_message(name, message, latvian):
    with pytest.raises(WxrError, match=message) as raised:
        read_wxr(FIXTURES / "hostile" / name)
    assert str(raised.value).startswith(str(FIXTURES / "hostile" / name))


def test_wrong_namespace_names_the_namespace_found():
    with pytest.raises(WxrError, match=r"export/9\.9"):
        read_wxr(FIXTURES / "hostile" / "wrong-namespace.xml")


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "liels.xml"
    with big.open("wb") as stream:  # sparse: 101 MB on paper, nothing on disk
        stream.truncate(101 * 1024 * 1024)
    with pytest.raises(WxrError, match="101 MB"):
        read_wxr(big)


def test_rss_without_channel_is_refused():
    with pytest.raises(WxrError, match="rss"):
        parse_wxr(b'<feed xmlns:wp="http://wordpress.org/export/1.2/"><wp:x/></feed>')
