"""media: which upload an address means, where it is copied, what is missing, alt text."""

from __future__ import annotations

from kurzeme_visiem.tools.wordpress.media import Attachment, ItemMedia, MediaLibrary
from wordpress_helpers import UPLOADS

SITE = "https://kurzemevisiem.lv"


def library(**kwargs) -> MediaLibrary:
    attachments = {10: Attachment(10, "2016/05/grupu-dzivoklis-tukums.jpg", "Ēka Tukumā", "Paraksts", "virsraksts")}
    return MediaLibrary(SITE, kwargs.pop("uploads", UPLOADS), attachments, **kwargs)


def test_upload_path_only_for_the_old_sites_own_uploads():
    lib = library()
    assert lib.upload_path(f"{SITE}/wp-content/uploads/2016/05/a.jpg") == "2016/05/a.jpg"
    assert lib.upload_path("http://www.kurzemevisiem.lv/wp-content/uploads/2016/05/a%20b.jpg") == "2016/05/a b.jpg"
    assert lib.upload_path("/wp-content/uploads/x.pdf") == "x.pdf"
    assert lib.upload_path("https://cits.lv/wp-content/uploads/a.jpg") is None
    assert lib.upload_path(f"{SITE}/wp-content/uploads/../../etc/passwd") is None


def test_resized_copy_is_replaced_by_the_original_and_copied_once():
    lib = library()
    media = ItemMedia(lib, "Ziņa")
    small = media.image(f"{SITE}/wp-content/uploads/2016/05/grupu-dzivoklis-tukums-300x200.jpg", "", "", None)
    full = media.image(f"{SITE}/wp-content/uploads/2016/05/grupu-dzivoklis-tukums.jpg", "", "", 10)
    assert small == full == ("/images/2016/05/grupu-dzivoklis-tukums.jpg", "Ēka Tukumā")
    assert {copy.target for copy in lib.copies.values()} == {"images/2016/05/grupu-dzivoklis-tukums.jpg"}


def test_file_names_are_made_url_safe_and_documents_go_to_documents():
    lib = library()
    media = ItemMedia(lib, "Ziņa")
    assert media.image(f"{SITE}/wp-content/uploads/2016/05/Talsu-Pils.png", "Pils", "", None)[0] == "/images/2016/05/talsu-pils.png"
    assert media.link(f"{SITE}/wp-content/uploads/2016/05/ligums.pdf") == "/documents/2016/05/ligums.pdf"


def test_missing_files_are_listed_and_keep_their_old_address():
    lib = library()
    media = ItemMedia(lib, "Ziņa")
    assert media.image("/wp-content/uploads/2016/05/nav.jpg", "Nav", "", None) == (None, "Nav")
    assert media.link("/wp-content/uploads/2016/05/nav.pdf") == f"{SITE}/wp-content/uploads/2016/05/nav.pdf"
    assert media.missing == [f"{SITE}/wp-content/uploads/2016/05/nav.jpg", f"{SITE}/wp-content/uploads/2016/05/nav.pdf"]


def test_without_uploads_everything_is_missing():
    media = ItemMedia(library(uploads=None), "Ziņa")
    assert media.image(f"{SITE}/wp-content/uploads/2016/05/seminars.png", "S", "", None) == (None, "S")


def test_alt_text_from_alt_then_caption_then_title_then_file_name():
    media = ItemMedia(library(), "Ziņa")
    src = f"{SITE}/wp-content/uploads/2016/05/seminars.png"
    assert media.image(src, "Savs", "Paraksts", None)[1] == "Savs"
    assert media.image(src, "", "Paraksts", None)[1] == "Paraksts"
    assert media.image(f"{SITE}/wp-content/uploads/2016/05/grupu-dzivoklis-tukums.jpg", "", "", None)[1] == "Ēka Tukumā"
    assert media.image(src, "", "", None)[1] == "seminars"
    assert media.alt_made == [f"{src} → alt “seminars”"]


def test_links_to_imported_posts_get_their_new_address():
    lib = library(new_urls={"/2016/05/20/x/": "/jaunumi/x/", "/?p=5": "/jaunumi/x/", "/?page_id=7": "/lapa/"})
    media = ItemMedia(lib, "Ziņa")
    assert media.link(f"{SITE}/2016/05/20/x/") == "/jaunumi/x/"
    assert media.link(f"{SITE}/2016/05/20/x") == "/jaunumi/x/"
    assert media.link("/?p=5") == "/jaunumi/x/"
    assert media.link(f"{SITE}/?page_id=7") == "/lapa/"
    assert media.link(f"{SITE}/cita-lapa/") == f"{SITE}/cita-lapa/"
    assert media.link("/cita-lapa/") == f"{SITE}/cita-lapa/"
    assert media.link("https://lsm.lv/raksts/") == "https://lsm.lv/raksts/"
    assert media.link("#sakums") == "#sakums"
    assert media.link("mailto:a@b.lv") == "mailto:a@b.lv"
