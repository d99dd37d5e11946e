import gzip

import brotli

from kurzeme_visiem.publish.precompress import precompress_site


def test_text_files_get_identical_gz_and_br_copies_and_tiny_or_binary_files_none(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("<p>Kurzeme visiem</p>" * 50, encoding="utf-8")
    (tmp_path / "tiny.txt").write_text("a", encoding="utf-8")
    (tmp_path / "x.pf_fragment").write_bytes(b"\x1f\x8b" + b"0" * 200)
    assert precompress_site(tmp_path) == 2
    first = (tmp_path / "index.html.gz").read_bytes()
    assert gzip.decompress(first) == page.read_bytes()
    assert brotli.decompress((tmp_path / "index.html.br").read_bytes()) == page.read_bytes()
    assert not (tmp_path / "tiny.txt.gz").exists() and not (tmp_path / "x.pf_fragment.gz").exists()
    (tmp_path / "index.html.gz").unlink()
    precompress_site(tmp_path)
    assert (tmp_path / "index.html.gz").read_bytes() == first, "no time stamp in the gzip header"
