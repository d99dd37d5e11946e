"""Sizes on the <img> of the site's own pictures in page bodies."""

from kurzeme_visiem.site.images import add_image_sizes

from unit_helpers import GIF_16_BY_8


def test_site_images_in_bodies_get_their_size(content):
    content.write_bytes("images/a.gif", GIF_16_BY_8)
    html = '<p><img alt="A" src="/images/a.gif"> <img src="https://example.lv/x.gif" alt="B"></p>'
    assert add_image_sizes(html, content.root) == (
        '<p><img alt="A" src="/images/a.gif" width="16" height="8"> <img src="https://example.lv/x.gif" alt="B"></p>'
    )


def test_absolute_site_addresses_sizes_already_given_and_unknown_files(content):
    content.write_bytes("images/a.gif", GIF_16_BY_8)
    absolute = '<img src="https://kurzemevisiem.lv/images/a.gif" alt="A"/>'
    assert add_image_sizes(absolute, content.root, "https://kurzemevisiem.lv") == \
        '<img src="https://kurzemevisiem.lv/images/a.gif" alt="A" width="16" height="8">'
    given = '<img src="/images/a.gif" alt="A" width="100">'
    assert add_image_sizes(given, content.root) == given
    missing = '<img src="/images/nav.gif" alt="A">'
    assert add_image_sizes(missing, content.root) == missing
