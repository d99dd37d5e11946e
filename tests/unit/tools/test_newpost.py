"""newpost: a draft news item with every contract field, dated in the site's TIMEZONE, never overwriting."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kurzeme_visiem.content.check import validate_content
from kurzeme_visiem.content.markdown_header import parse_header
from kurzeme_visiem.tools.newpost import PostExists, new_post

RIGA = ZoneInfo("Europe/Riga")


def test_creates_a_dated_draft_with_every_contract_field(tmp_path):
    now = dt.datetime(2026, 11, 23, 23, 30, tzinfo=RIGA)
    path = new_post(tmp_path / "news", "  Ventspils novadā  atklāts grupu dzīvoklis ", now, timezone="Europe/Riga")
    assert path == tmp_path / "news" / "2026-11-23-ventspils-novada-atklats-grupu-dzivoklis.md"
    header = parse_header(path, path.read_text(encoding="utf-8"))
    assert header.value("title") == "Ventspils novadā atklāts grupu dzīvoklis"
    assert header.value("date") == "2026-11-23 23:30"
    assert header.value("status") == "draft"
    assert set(header.fields) == {
        "title", "date", "status", "summary", "partners", "services", "tags", "image", "image_alt",
        "author", "author_role", "author_email",
    }


def test_default_date_is_today_in_riga_not_utc(tmp_path, monkeypatch):
    path = new_post(tmp_path, "Ziņa", timezone="Europe/Riga")
    assert path.name.startswith(dt.datetime.now(RIGA).strftime("%Y-%m-%d"))


@pytest.mark.parametrize("timezone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])  # UTC+14 and UTC-11: never the same day
def test_the_date_is_now_in_the_settings_timezone(tmp_path, timezone):
    before = dt.datetime.now(ZoneInfo(timezone))
    path = new_post(tmp_path, "Ziņa", timezone=timezone)
    written = parse_header(path, path.read_text(encoding="utf-8")).value("date")
    after = dt.datetime.now(ZoneInfo(timezone))
    assert written in {f"{before:%Y-%m-%d %H:%M}", f"{after:%Y-%m-%d %H:%M}"}


def test_refuses_to_overwrite(tmp_path):
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=RIGA)
    path = new_post(tmp_path, "Ziņa", now, timezone="Europe/Riga")
    path.write_text("mans teksts", encoding="utf-8")
    with pytest.raises(PostExists, match="already exists; it was not changed"):
        new_post(tmp_path, "Ziņa", now, timezone="Europe/Riga")
    assert path.read_text(encoding="utf-8") == "mans teksts"


def test_title_without_letters_is_refused(tmp_path):
    with pytest.raises(ValueError, match="needs letters or digits"):
        new_post(tmp_path, "“ — ”", timezone="Europe/Riga")


def test_the_new_post_passes_the_content_check(tmp_path):
    from pelican.settings import DEFAULT_CONFIG

    new_post(tmp_path / "news", "Jauna ziņa", dt.datetime(2026, 11, 23, 9, 0, tzinfo=RIGA), timezone="Europe/Riga")
    settings = {**DEFAULT_CONFIG, "ARTICLE_PATHS": ["news"], "PAGE_PATHS": ["pages"], "ARTICLE_URL": "jaunumi/{slug}/",
                "DRAFT_URL": "melnraksti/{slug}/", "PAGE_URL": "{slug}/", "INDEX_URL": "jaunumi/"}
    problems = validate_content(tmp_path, settings).problems
    assert [p.warning for p in problems] == [True, True]  # only the untouched placeholder text, as warnings
    assert all("placeholder text of 'make newpost'" in p.message for p in problems)


def test_a_5000_character_title_makes_a_file_name_the_file_system_takes(tmp_path):
    path = new_post(tmp_path / "news", "Garš virsraksts " * 320, dt.datetime(2026, 11, 23, 9, 0, tzinfo=RIGA),
                    timezone="Europe/Riga")
    assert path.is_file() and len(path.name) <= 150 + len("2026-11-23-.md")


@pytest.mark.parametrize(("date", "name", "written"), [
    ("2018-04-27", "2018-04-27-ziņa", "2018-04-27"),
    ("2018-04-27 09:05", "2018-04-27-ziņa", "2018-04-27 09:05"),
])
def test_date_names_and_dates_the_file(tmp_path, date, name, written):
    path = new_post(tmp_path, "Ziņa", timezone="Europe/Riga", date=date)
    assert path.name == "2018-04-27-zina.md"
    assert parse_header(path, path.read_text(encoding="utf-8")).value("date") == written


@pytest.mark.parametrize("date", ["27.04.2018", "2018-02-30", "2018-04-27T10:00", "vakar"])
def test_a_date_not_in_the_contract_form_is_refused(tmp_path, date):
    with pytest.raises(ValueError, match="not a"):
        new_post(tmp_path, "Ziņa", timezone="Europe/Riga", date=date)
    assert list(tmp_path.iterdir()) == []
