from pathlib import Path

from kurzeme_visiem.content.problems import ContentErrors, ContentProblem, display_path, errors_only


def test_problem_reads_path_line_message(content):
    problem = ContentProblem.at(content.root / "partners" / "a.yaml", 3, "something is wrong")
    assert str(problem) == "partners/a.yaml:3: something is wrong"


def test_warning_is_marked_in_the_line(content):
    problem = ContentProblem.at("news/a.md", 2, "unknown field 'X'", warning=True)
    assert str(problem) == "news/a.md:2: warning: unknown field 'X'"


def test_line_is_at_least_one(content):
    assert ContentProblem.at("a.yaml", 0, "m").line == 1
    assert ContentProblem.at("a.yaml", -5, "m").line == 1


def test_path_outside_working_directory_is_shown_as_given(content, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "x.yaml"
    assert display_path(elsewhere) == str(elsewhere)


def test_content_errors_sorts_and_joins_every_problem(content):
    problems = [
        ContentProblem.at("services/b.yaml", 1, "second"),
        ContentProblem.at("partners/a.yaml", 9, "late"),
        ContentProblem.at("partners/a.yaml", 2, "early"),
    ]
    error = ContentErrors(problems)
    assert str(error) == "partners/a.yaml:2: early\npartners/a.yaml:9: late\nservices/b.yaml:1: second"
    assert error.exitcode == 1
    assert len(error.problems) == 3


def test_errors_only_drops_warnings(content):
    error = ContentProblem.at("a.md", 1, "bad")
    warning = ContentProblem.at("a.md", 2, "odd", warning=True)
    assert errors_only([warning, error]) == [error]
    assert isinstance(Path(error.path), Path)


def test_a_newline_or_escape_in_a_file_name_stays_on_one_line(tmp_path, monkeypatch):
    from kurzeme_visiem.content.problems import ContentProblem

    monkeypatch.chdir(tmp_path)
    problem = ContentProblem.at(tmp_path / "news" / "a\nb\x1b[2J.md", 3, "ziņojums")
    assert str(problem) == "news/a\\nb\\x1b[2J.md:3: ziņojums" and len(str(problem).splitlines()) == 1


def test_a_symlink_is_shown_where_it_is_not_where_it_points(tmp_path, monkeypatch):
    from kurzeme_visiem.content.problems import ContentProblem

    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "saite.md").symlink_to("/etc/hostname")
    assert str(ContentProblem.at(tmp_path / "news" / "saite.md", 1, "x")) == "news/saite.md:1: x"
