"""shortcodes: the common WordPress shortcodes become HTML, unknown ones stay and are listed."""

from __future__ import annotations

from kurzeme_visiem.tools.wordpress.shortcodes import GalleryImage, ShortcodeContext, expand_shortcodes, parse_attributes


def context() -> ShortcodeContext:
    images = {7: GalleryImage(7, "https://x.lv/wp-content/uploads/a.jpg", "Pirmā"), 8: GalleryImage(8, "https://x.lv/b.jpg", "")}
    return ShortcodeContext(post_id=5, attachments=images, children={5: [8, 7]})


def test_attributes_in_all_quotings():
    assert parse_attributes(' id="a b" width=\'300\' align=left "pos"') == {"id": "a b", "width": "300", "align": "left", "0": "pos"}


def test_caption_becomes_a_figure_with_its_text():
    html = expand_shortcodes('[caption id="attachment_7" width="300"]<a href="x"><img src="a.jpg" alt=""></a> Jaunā ēka[/caption]', context())
    assert html == '<figure><a href="x"><img src="a.jpg" alt=""></a><figcaption>Jaunā ēka</figcaption></figure>'


def test_caption_attribute_form():
    assert expand_shortcodes('[caption caption="Paraksts"]<img src="b.jpg">[/caption]', context()) == (
        '<figure><img src="b.jpg"><figcaption>Paraksts</figcaption></figure>'
    )


def test_gallery_by_ids_and_by_parent():
    ctx = context()
    by_ids = expand_shortcodes('[gallery ids="7,9"]', ctx)
    assert by_ids.count("<img") == 1 and "wp-image-7" in by_ids and "Pirmā" in by_ids
    assert ctx.missing == ["[gallery] attachment 9"]
    by_parent = expand_shortcodes("[gallery]", context())
    assert by_parent.index("wp-image-8") < by_parent.index("wp-image-7")


def test_audio_video_embed_become_links():
    ctx = context()
    assert expand_shortcodes('[audio mp3="https://x.lv/a.mp3"][/audio]', ctx) == '<p><a href="https://x.lv/a.mp3">Audio: a.mp3</a></p>'
    assert expand_shortcodes('[video src="https://x.lv/v.mp4"]', ctx) == '<p><a href="https://x.lv/v.mp4">Video: v.mp4</a></p>'
    assert expand_shortcodes("[embed]https://youtu.be/x[/embed]", ctx) == '<p><a href="https://youtu.be/x">https://youtu.be/x</a></p>'
    assert ctx.unknown == []


def test_unknown_shortcodes_stay_as_text_and_are_listed():
    ctx = context()
    text = 'Forma: [contact-form-7 id="5"] un [su_box]teksts[/su_box] un [sic] un [1].'
    assert expand_shortcodes(text, ctx) == text
    assert ctx.unknown == ["contact-form-7", "su_box"]


def test_double_brackets_are_a_literal_shortcode():
    ctx = context()
    assert expand_shortcodes("Raksta [[caption]] tā.", ctx) == "Raksta [caption] tā."
    assert ctx.unknown == []
