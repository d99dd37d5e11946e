import pytest

from kurzeme_visiem.site.markdown_fields import FieldRenderer

# The site's MARKDOWN setting as Pelican hands it on: Pelican's reader adds the configured
# extensions to "extensions" before the generators run.
SETTINGS = {
    "extensions": ["markdown.extensions.extra", "markdown.extensions.meta", "markdown.extensions.sane_lists"],
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.sane_lists": {},
    },
    "output_format": "html",
}


@pytest.fixture(scope="module")
def renderer():
    return FieldRenderer(SETTINGS)


@pytest.mark.parametrize("text", [None, ""])
def test_nothing_renders_as_nothing(renderer, text):
    assert renderer.render(text) == ""


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("Grupu dzīvoklis **Talsos**.", "<p>Grupu dzīvoklis <strong>Talsos</strong>.</p>"),
        ("Pirmā rindkopa.\n\nOtrā rindkopa.", "<p>Pirmā rindkopa.</p>\n<p>Otrā rindkopa.</p>"),
        ("- viens\n- divi", "<ul>\n<li>viens</li>\n<li>divi</li>\n</ul>"),
        ("[Talsu novads](https://www.talsi.lv)", '<p><a href="https://www.talsi.lv">Talsu novads</a></p>'),
        ("Tēvs & dēls, 1 < 2", "<p>Tēvs &amp; dēls, 1 &lt; 2</p>"),
        ("Projekts “Kurzeme visiem”", "<p>Projekts “Kurzeme visiem”</p>"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>"),
        # raw HTML is shown as text
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ('Teksts <img src=x onerror="alert(1)"> beigas', '<p>Teksts &lt;img src=x onerror="alert(1)"&gt; beigas</p>'),
        ("**treknrakstā** <b>x</b>", "<p><strong>treknrakstā</strong> &lt;b&gt;x&lt;/b&gt;</p>"),
        ("<div>\nbloks\n</div>", "<p>&lt;div&gt;\nbloks\n&lt;/div&gt;</p>"),
        ("<!-- komentārs -->", "<p>&lt;!-- komentārs --&gt;</p>"),
    ],
)
def test_markdown_with_raw_html_shown_as_text(renderer, text, html):
    assert renderer.render(text) == html


def test_renderer_is_reset_between_fields(renderer):
    assert "<div class=\"footnote\">" in renderer.render("Pirmais[^1]\n\n[^1]: piezīme")
    assert renderer.render("Otrais") == "<p>Otrais</p>"


def test_blockquote_is_markdown_not_html(renderer):
    assert renderer.render("> Citāts no līguma.") == "<blockquote>\n<p>Citāts no līguma.</p>\n</blockquote>"


def test_code_span_with_less_than(renderer):
    assert renderer.render("Formula `a < b`") == "<p>Formula <code>a &lt; b</code></p>"


@pytest.mark.parametrize(("text", "shown"), [
    ("Adrese: Talsi, Mīlenbaha iela 20.", "<p>Adrese: Talsi, Mīlenbaha iela 20.</p>"),
    ("Piezīme: no 2023. gada.\nOtrā rinda.", "<p>Piezīme: no 2023. gada.\nOtrā rinda.</p>"),
    ("Vietas: 12\n\nTeksts.", "<p>Vietas: 12</p>\n<p>Teksts.</p>")])
def test_a_first_line_like_a_header_field_is_text(renderer, text, shown):
    """A YAML description is not a Markdown file: its first line is never taken as a header field and dropped."""
    assert renderer.render(text) == shown
