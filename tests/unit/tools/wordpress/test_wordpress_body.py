"""body: WordPress HTML (classic and block editor) → Markdown without WordPress markup."""

from __future__ import annotations

from kurzeme_visiem.tools.wordpress.body import autop, convert_body
from kurzeme_visiem.tools.wordpress.shortcodes import ShortcodeContext


class FakeMedia:
    """Images under /wp-content/uploads/ are 'copied' unless their name says missing."""

    def __init__(self):
        self.links = []

    def image(self, src, alt, caption, attachment_id):
        if "missing" in src:
            return None, alt or caption or "attēls"
        return "/images/" + src.rsplit("/", 1)[-1], alt or caption or f"pielikums {attachment_id}"

    def link(self, href):
        self.links.append(href)
        return href


def convert(html: str) -> str:
    return convert_body(html, ShortcodeContext(), FakeMedia()).markdown


def test_autop_makes_paragraphs_and_line_breaks():
    assert autop("Viens\notrs\n\nTrešais") == "<p>Viens<br />\notrs</p>\n\n<p>Trešais</p>"
    assert autop("<ul><li>a</li></ul>\n\nTeksts") == "<ul><li>a</li></ul>\n\n<p>Teksts</p>"


def test_classic_text_keeps_paragraphs_breaks_and_emphasis():
    markdown = convert("Sveiki <strong>Tukumā</strong>\notrā rindā\n\nJauna rindkopa ar *zvaigzni*")
    assert markdown == "Sveiki **Tukumā**  \notrā rindā\n\nJauna rindkopa ar \\*zvaigzni\\*\n"


def test_gutenberg_comments_and_classes_are_gone():
    html = (
        '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Virsraksts</h3>\n<!-- /wp:heading -->\n\n'
        '<!-- wp:paragraph -->\n<p class="has-text-color">Teksts.</p>\n<!-- /wp:paragraph -->'
    )
    assert convert(html) == "## Virsraksts\n\nTeksts.\n"


def test_caption_becomes_an_image_with_title():
    markdown = convert('[caption id="attachment_3"]<img class="wp-image-3" src="https://x.lv/wp-content/uploads/a.jpg" alt="Ēka"> Jaunā ēka[/caption]')
    assert markdown == '![Ēka](/images/a.jpg "Jaunā ēka")\n'


def test_image_block_with_figcaption_and_link_to_full_size():
    html = ('<figure class="wp-block-image"><a href="https://x.lv/wp-content/uploads/a.jpg"><img src="https://x.lv/wp-content/'
            'uploads/a-300x200.jpg" alt="" class="wp-image-9"/></a><figcaption class="wp-element-caption">Paraksts</figcaption></figure>')
    assert convert(html) == '![Paraksts](/images/a-300x200.jpg "Paraksts")\n'


def test_missing_image_becomes_a_link_to_its_old_address():
    markdown = convert('<p><img src="https://x.lv/wp-content/uploads/missing.jpg" alt="Bilde"></p>')
    assert markdown == "[Bilde](https://x.lv/wp-content/uploads/missing.jpg)\n"


def test_embeds_iframes_and_bare_urls_become_links():
    html = ('<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://youtu.be/abc\n</div></figure>\n\n'
            '<iframe src="https://www.youtube.com/embed/x" title="Video"></iframe>')
    markdown = convert(html)
    assert "<https://youtu.be/abc>" in markdown
    assert "[Video](https://www.youtube.com/embed/x)" in markdown
    assert "iframe" not in markdown and "wp-block" not in markdown


def test_scripts_and_forms_are_dropped_and_listed():
    result = convert_body("<p>Teksts</p><script>alert(1)</script><form><input></form>", ShortcodeContext(), FakeMedia())
    assert result.markdown == "Teksts\n"
    assert result.dropped == ["<script>", "<form>"]


def test_unknown_shortcode_listed():
    result = convert_body('<p>[contact-form-7 id="1"]</p>', ShortcodeContext(), FakeMedia())
    assert result.unknown_shortcodes == ["contact-form-7"]
    assert '[contact-form-7 id="1"]' in result.markdown


def test_links_go_through_the_media_rewriter():
    media = FakeMedia()
    convert_body('<p><a href="https://x.lv/?p=3" class="wp-x">saite</a> <a name="x">enkurs</a></p>', ShortcodeContext(), media)
    assert media.links == ["https://x.lv/?p=3"]


def test_text_that_looks_like_html_stays_text():
    assert convert("<p>Rakstiet &lt;b&gt; un &lt;script&gt;</p>") == "Rakstiet &lt;b> un &lt;script>\n"


def test_unsafe_addresses_are_dropped_keeping_the_text():
    markdown = convert('<p><a href="javascript:alert(1)">klikšķis</a> <img src="x&quot; onerror=&quot;y" alt="A"></p>[embed]<script>[/embed]')
    assert "javascript" not in markdown and "onerror" not in markdown and "<script" not in markdown
    assert markdown.startswith("klikšķis A")


def test_spaces_in_old_addresses_are_encoded():
    assert convert('<p><img src="https://x.lv/wp-content/uploads/Talsu Pils.png" alt="Pils"></p>') == "![Pils](/images/Talsu%20Pils.png)\n"


def test_heading_levels_start_at_two_and_skip_none():
    assert convert("<h1>A</h1><h3>B</h3><h5>C</h5><h3>D</h3>") == "## A\n\n### B\n\n#### C\n\n### D\n"
