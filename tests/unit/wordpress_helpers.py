"""Shared by the WordPress import tests: the fixtures and a scratch content folder."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "wordpress"
EXPORT = FIXTURES / "export.xml"
UPLOADS = FIXTURES / "uploads"


def scratch_content(tmp_path: Path) -> Path:
    """A copy of the demo content (partners, services, pages, news) to import into."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    return content


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def wxr(items: str, version: str = "1.2", extra_channel: str = "") -> bytes:
    """A minimal WXR document around ``items``."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/{version}/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/{version}/">
<channel><title>T</title><link>https://example.lv</link>
<wp:wxr_version>{version}</wp:wxr_version><wp:base_site_url>https://example.lv</wp:base_site_url>{extra_channel}
{items}
</channel></rss>""".encode()


def item(post_id: int = 1, title: str = "Virsraksts", content: str = "<p>Teksts.</p>", status: str = "publish",
         post_type: str = "post", date: str = "2016-05-20 13:00:00", gmt: str = "2016-05-20 10:00:00",
         link: str = "", post_name: str = "", excerpt: str = "", parent: int = 0, extra: str = "") -> str:
    link = link or f"https://example.lv/?p={post_id}"
    return f"""<item><title>{title}</title><link>{link}</link><dc:creator><![CDATA[anna]]></dc:creator>
<content:encoded><![CDATA[{content}]]></content:encoded><excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id><wp:post_date>{date}</wp:post_date><wp:post_date_gmt>{gmt}</wp:post_date_gmt>
<wp:post_name>{post_name}</wp:post_name><wp:status>{status}</wp:status><wp:post_parent>{parent}</wp:post_parent>
<wp:menu_order>0</wp:menu_order><wp:post_type>{post_type}</wp:post_type>{extra}</item>"""
