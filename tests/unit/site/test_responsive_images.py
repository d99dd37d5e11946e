"""Responsive image variants: sizes, formats, budget, cache, deterministic bytes and the <picture> markup."""

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, features

from kurzeme_visiem.site.responsive_images import (ImagePolicy, ImageTooLarge, VariantCache, encode_variant, encode_variants,
                                        picture_html, plan_image)


def _photo(folder: Path, name: str = "foto.jpg", size=(1600, 1000), mode="RGB") -> str:
    (folder / "images").mkdir(parents=True, exist_ok=True)
    image = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 23):
        draw.line((x, 0, size[0] - x, size[1]), fill=(x % 256, 90, 200), width=4)
    image.save(folder / "images" / name)
    return f"images/{name}"


def test_widths_up_to_the_source_and_the_largest_as_img_size(tmp_path):
    source = _photo(tmp_path)
    image = plan_image(tmp_path, source, ImagePolicy(widths=(480, 800, 1200), formats=("webp",)))
    assert (image.width, image.height) == (1200, 750)
    assert [(v.width, v.height, v.format) for v in image.variants] == [
        (480, 300, "webp"), (800, 500, "webp"), (1200, 750, "webp"),
        (480, 300, "jpeg"), (800, 500, "jpeg"), (1200, 750, "jpeg")]
    assert all(v.path.startswith(f"images/v/foto-{image.digest}-") for v in image.variants)


def test_a_small_picture_is_never_enlarged(tmp_path):
    source = _photo(tmp_path, size=(600, 400))
    image = plan_image(tmp_path, source, ImagePolicy(widths=(480, 800, 1200), formats=()))
    assert [v.width for v in image.variants] == [480, 600]


def test_svg_and_gif_are_served_as_they_are(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "karte.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    Image.new("P", (10, 10)).save(tmp_path / "images" / "a.gif")
    assert plan_image(tmp_path, "images/karte.svg", ImagePolicy()) is None
    assert plan_image(tmp_path, "images/a.gif", ImagePolicy()) is None


@pytest.mark.parametrize("fmt", ["webp", "jpeg"] + (["avif"] if features.check("avif") else []))
def test_encoded_bytes_are_the_declared_format_and_size(tmp_path, fmt):
    source = _photo(tmp_path)
    policy = ImagePolicy(widths=(480,), formats=(fmt,) if fmt != "jpeg" else ())
    image = plan_image(tmp_path, source, policy)
    variant = next(v for v in image.variants if v.format == fmt)
    data = encode_variant((tmp_path / source).read_bytes(), variant, policy)
    with Image.open(io.BytesIO(data)) as decoded:
        assert decoded.size == (480, 300)
        assert decoded.format == {"webp": "WEBP", "jpeg": "JPEG", "avif": "AVIF"}[fmt]
        assert "exif" not in decoded.info


def test_same_source_same_bytes(tmp_path):
    source = _photo(tmp_path)
    policy = ImagePolicy(widths=(320,))
    image = plan_image(tmp_path, source, policy)
    assert encode_variants(tmp_path, image, policy, VariantCache(None)) == \
        encode_variants(tmp_path, image, policy, VariantCache(None))


def test_quality_goes_down_to_fit_the_budget_and_too_large_is_an_error(tmp_path):
    source = _photo(tmp_path)
    data = (tmp_path / source).read_bytes()
    generous = ImagePolicy(widths=(1200,), formats=("webp",), budget_bytes=10_000_000)
    variant = next(v for v in plan_image(tmp_path, source, generous).variants if v.format == "webp")
    full = len(encode_variant(data, variant, generous))
    tight = ImagePolicy(widths=(1200,), formats=("webp",), budget_bytes=int(full * 0.8))
    assert len(encode_variant(data, variant, tight)) <= tight.budget_bytes
    impossible = ImagePolicy(widths=(1200,), formats=("webp",), budget_bytes=1000)
    with pytest.raises(ImageTooLarge, match="foto.jpg: 1200 px webp"):
        encode_variant(data, variant, impossible, "images/foto.jpg")


def test_the_cache_spares_a_second_encoding(tmp_path):
    source = _photo(tmp_path)
    policy = ImagePolicy(widths=(320, 640), formats=("webp",))
    image = plan_image(tmp_path, source, policy)
    first = VariantCache(tmp_path / "cache")
    encoded = encode_variants(tmp_path, image, policy, first)
    assert (first.hits, first.misses) == (0, 4)
    second = VariantCache(tmp_path / "cache")
    assert encode_variants(tmp_path, image, policy, second) == encoded
    assert (second.hits, second.misses) == (4, 0)
    _photo(tmp_path, size=(1601, 1000))  # a changed picture: a new hash, encoded again
    changed = plan_image(tmp_path, source, policy)
    assert changed.digest != image.digest
    third = VariantCache(tmp_path / "cache")
    encode_variants(tmp_path, changed, policy, third)
    assert third.misses == 4


def test_transparent_png_keeps_its_format_for_the_fallback(tmp_path):
    source = _photo(tmp_path, "logo.png", size=(900, 300), mode="RGBA")
    image = plan_image(tmp_path, source, ImagePolicy(widths=(480,), formats=("webp",)))
    assert image.fallback.format == "png" and image.fallback.path.endswith(".png")


def test_picture_markup(tmp_path):
    source = _photo(tmp_path)
    image = plan_image(tmp_path, source, ImagePolicy(widths=(480, 1200), formats=("webp",)))
    html = picture_html(image, 'Tukuma "dome"', "https://kurzemevisiem.lv")
    assert html.startswith("<picture><source type=\"image/webp\" srcset=\"https://kurzemevisiem.lv/images/v/foto-")
    assert 'alt="Tukuma &quot;dome&quot;" width="1200" height="750" loading="lazy"' in html
    assert html.count(" 480w") == 2 and html.endswith("></picture>")
    eager = picture_html(image, "x", lazy=False)
    assert "loading=" not in eager and 'fetchpriority="high"' in eager


def test_body_images_of_ours_become_pictures(tmp_path):
    from kurzeme_visiem.site.responsive_images import responsive_body
    source = _photo(tmp_path)
    policy = ImagePolicy(widths=(480,), formats=("webp",))
    plans = {source: plan_image(tmp_path, source, policy)}
    html = ('<p><img alt="A &amp; B" src="/images/foto.jpg" width="1600" height="1000"></p>'
            '<img alt="karte" src="/images/karte.svg"><img alt="x" src="https://cits.lv/images/foto.jpg">'
            '<img alt="C" src="{static}/images/foto.jpg">')
    out = responsive_body(html, plans.get, "https://kurzemevisiem.lv", first_eager=True)
    assert out.count("<picture>") == 2
    assert 'alt="A &amp; B" width="480" height="300" fetchpriority="high"' in out
    assert 'alt="C" width="480" height="300" loading="lazy"' in out
    assert '<img alt="karte" src="/images/karte.svg">' in out and 'src="https://cits.lv/images/foto.jpg"' in out
