import datetime as dt

from bs4 import BeautifulSoup

from kurzeme_visiem.content.documents import Document
from unit_helpers import render_component


def test_title_note_date_description_and_language():
    documents = [Document("documents/plans.pdf", 240 * 1024, "DI plāns", dt.date(2017, 6, 30), "Plāns."),
                 Document("documents/report.pdf", 2048, "Report", None, None, "en")]
    soup = BeautifulSoup(render_component("document-list", {"documents": documents, "siteurl": "", "lang": "lv"}),
                         "html.parser")
    items = soup.find_all("li")
    assert items[0].a["href"] == "/documents/plans.pdf"
    assert items[0].a.get_text(" ", strip=True) == "DI plāns (PDF, 240\u00a0KB)"
    assert items[0].time["datetime"] == "2017-06-30" and "Plāns." in items[0].get_text()
    assert items[1]["lang"] == "en" and items[1].a["hreflang"] == "en" and items[1].time is None
