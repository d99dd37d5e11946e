"""![alt](src "caption") alone in a paragraph becomes <figure> with <figcaption>."""

import re

import markdown

from kurzeme_visiem.site.markdown_figures import FigureExtension


def render(text: str) -> str:
    html = markdown.markdown(text, extensions=["extra", FigureExtension()], output_format="html")
    return re.sub(r">\s+<", "><", html)  # Markdown's own line breaks between block tags do not matter here


def test_titled_image_alone_becomes_a_figure():
    html = render('Teksts.\n\n![Grupu dzīvoklis](/images/a.jpg "Grupu dzīvoklis Talsos. Foto: KPR")\n\nVēl.')
    assert html == ('<p>Teksts.</p><figure class="figure"><img alt="Grupu dzīvoklis" src="/images/a.jpg">'
                    '<figcaption>Grupu dzīvoklis Talsos. Foto: KPR</figcaption></figure><p>Vēl.</p>')


def test_caption_is_escaped():
    html = render('![a](/images/a.jpg "<b>&</b>")')
    assert "<figcaption>&lt;b&gt;&amp;&lt;/b&gt;</figcaption>" in html


def test_untitled_or_inline_images_stay():
    assert render("![a](/images/a.jpg)") == '<p><img alt="a" src="/images/a.jpg"></p>'
    inline = render('Skat. ![a](/images/a.jpg "virsraksts") tekstā.')
    assert "<figure" not in inline and 'title="virsraksts"' in inline


def test_inside_a_list_item_too():
    html = render('- ![a](/images/a.jpg "Paraksts")\n\n    teksts')
    assert '<figure class="figure"><img alt="a" src="/images/a.jpg"><figcaption>Paraksts</figcaption></figure>' in html
