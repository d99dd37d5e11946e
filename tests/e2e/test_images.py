"""Images: the lead image and images in the body carry alt, width and height in the built page."""

from built_site import GIF_16_BY_8, BuiltSite, copy_demo_content, run_build

NEWS = "news/2016-05-20-tukuma-novada-dome-nosledz-ligumu.md"
NEWS_URL = "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"


def test_every_image_has_alt_width_and_height(tmp_path):
    content = copy_demo_content(tmp_path / "content")
    (content / "images/2016").mkdir(parents=True)
    (content / "images/2016/ligums.gif").write_bytes(GIF_16_BY_8)
    news = content / NEWS
    text = news.read_text(encoding="utf-8").replace("Date:", "Image: images/2016/ligums.gif\nImage_alt: Līguma parakstīšana\nDate:", 1)
    news.write_text(text + "\n![Tukuma novada karte](/images/2016/ligums.gif)\n", encoding="utf-8")
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 0, result.stderr
    site = BuiltSite(tmp_path / "output")
    images = site.page(NEWS_URL).find("article").find_all("img")
    assert [(i["alt"], i["width"], i["height"]) for i in images] == [
        ("Līguma parakstīšana", "16", "8"), ("Tukuma novada karte", "16", "8")]
    assert images[0]["src"].endswith("/images/2016/ligums.gif")
    assert site.exists("/images/2016/ligums.gif")
    for path in site.html_files():
        for image in site.page(site.url_of(path)).find_all("img"):
            assert image.get("alt") is not None and image.get("width") and image.get("height"), (path, image)
