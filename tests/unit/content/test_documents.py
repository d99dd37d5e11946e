"""Documents under content/documents/ and their YAML descriptions."""

import datetime as dt

import pytest

from kurzeme_visiem.content.documents import Document, load_documents

pytestmark = pytest.mark.usefixtures("latvian")  # these assertions read the writer's Latvian


def _folder(tmp_path, files: dict[str, bytes | str]):
    for name, data in files.items():
        path = tmp_path / "documents" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return tmp_path


def test_no_folder_no_documents(tmp_path):
    assert load_documents(tmp_path) == ([], [])


def test_description_fields(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path, {"di-plans.pdf": b"%PDF-1.4 x" * 100,
                       "di-plans.pdf.yaml": "title: Kurzemes DI plāns\ndate: 2017-06-30\n"
                                            "description: Plāns.\nlanguage: lv\n"})
    documents, problems = load_documents(tmp_path)
    assert problems == []
    assert documents == [Document("documents/di-plans.pdf", 1000, "Kurzemes DI plāns", dt.date(2017, 6, 30),
                                  "Plāns.", "lv")]
    assert documents[0].kind == "PDF"


def test_a_document_without_title_is_reported_at_its_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path, {"a.pdf": b"x", "b.docx": b"y", "b.docx.yaml": "date: 2017-06-30\n"})
    documents, problems = load_documents(tmp_path)
    assert [d.display_title for d in documents] == ["a.pdf", "b.docx"]
    assert [str(p) for p in problems] == [
        "documents/a.pdf:1: brīdinājums: dokumentam nav nosaukuma: izveidojiet 'a.pdf.yaml' ar rindu "
        "'title: Dokumenta nosaukums'",
        "documents/b.docx.yaml:1: brīdinājums: dokumentam nav nosaukuma: pierakstiet rindu "
        "'title: Dokumenta nosaukums'",
    ]


def test_bad_fields_are_errors_at_their_lines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path, {"a.pdf": b"x", "a.pdf.yaml": "title: A\ndate: 30.06.2017\nlanguage: latviešu\nautors: X\n",
                       "lieks.pdf.yaml": "title: B\n"})
    documents, problems = load_documents(tmp_path)
    assert [str(p) for p in problems] == [
        "documents/a.pdf.yaml:2: datums '30.06.2017' nav formā GGGG-MM-DD (piemēram, 2017-06-30)",
        "documents/a.pdf.yaml:3: valoda 'latviešu' nav divu burtu kods (lv, en, ru)",
        "documents/a.pdf.yaml:4: nezināms lauks 'autors'; atļautie: title, date, description, language",
        "documents/lieks.pdf.yaml:1: apraksts 'lieks.pdf.yaml' ir bez dokumenta: nav faila 'lieks.pdf'; "
        "izdzēsiet aprakstu vai ielieciet dokumentu",
    ]
    assert [d.path for d in documents] == ["documents/a.pdf"]


def test_yaml_that_does_not_parse(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path, {"a.pdf": b"x", "a.pdf.yaml": "title: [A\n"})
    documents, problems = load_documents(tmp_path)
    assert len(documents) == 1 and problems and problems[0].path == "documents/a.pdf.yaml"
