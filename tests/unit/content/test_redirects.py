"""content/redirects: redirects.yaml read with line numbers; form, targets, loops and clashes checked."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pelican.settings import DEFAULT_CONFIG

from kurzeme_visiem.content.check import validate_content
from kurzeme_visiem.content.links import KnownUrls
from kurzeme_visiem.content.redirects import RedirectRule, check_redirects, load_redirects
from unit_helpers import lines

SETTINGS = {
    **DEFAULT_CONFIG,
    "ARTICLE_PATHS": ["news"], "PAGE_PATHS": ["pages"],
    "ARTICLE_URL": "jaunumi/{slug}/", "PAGE_URL": "{slug}/", "DRAFT_URL": "melnraksti/{slug}/",
    "DRAFT_PAGE_URL": "melnraksti/lapas/{slug}/", "INDEX_URL": "jaunumi/", "HOME_URL": "",
    "DEFAULT_PAGINATION": 10, "FEED_ALL_ATOM": "feeds/jaunumi.atom.xml", "NOT_FOUND_SAVE_AS": "404.html",
}

pytestmark = pytest.mark.usefixtures("latvian")  # these assertions read the writer's Latvian


def site_map(content) -> KnownUrls:
    site = KnownUrls(content.root)
    site.urls |= {"/", "/jaunumi/", "/jaunumi/zina/", "/kontakti/"}
    site.draft_urls |= {"/melnraksti/melnraksts/"}
    return site


def test_rules_with_their_lines(content):
    content.write("redirects.yaml", '# komentārs\n"/2016/05/20/zina/": "/jaunumi/zina/"\n"/?p=12": /jaunumi/zina/\n')
    rules, problems = load_redirects(content.root)
    assert problems == []
    assert rules == [RedirectRule("/2016/05/20/zina/", "/jaunumi/zina/", 2), RedirectRule("/?p=12", "/jaunumi/zina/", 3)]
    assert rules[0].save_as == "2016/05/20/zina/index.html" and rules[0].query is None
    assert rules[1].save_as is None and rules[1].query == ("p", "12")
    assert RedirectRule("/vecs/lapa.html", "/x/", 1).save_as == "vecs/lapa.html"
    assert RedirectRule("/vecs", "/x/", 1).save_as == "vecs/index.html"


def test_no_file_no_rules(content):
    assert load_redirects(content.root) == ([], [])


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('"bez-slīpsvītras/": /jaunumi/zina/', "vecā adrese 'bez-slīpsvītras/' nav derīga"),
        ('"/ar atstarpi/": /jaunumi/zina/', "vecā adrese '/ar atstarpi/' nav derīga"),
        ('"/../etc/": /jaunumi/zina/', "vecā adrese '/../etc/' nav derīga"),
        ('"/?s=meklet": /jaunumi/zina/', "vecā adrese '/?s=meklet' nav derīga"),
        ('"/a/":', "adresei '/a/' nav norādīts"),
        ('"/a/": "jaunumi/zina/"', "jaunā adrese 'jaunumi/zina/' nav derīga"),
        ('"/a/": "/x/$host"', "jaunā adrese '/x/$host' nav derīga"),
    ],
)
def test_bad_forms_are_reported_at_their_line(content, line, message):
    content.write("redirects.yaml", f"# x\n{line}\n")
    rules, problems = load_redirects(content.root)
    assert rules == []
    assert [str(p) for p in problems] == [f"redirects.yaml:2: {message}" + str(problems[0]).split(message, 1)[1]]


def test_not_a_mapping_and_broken_yaml(content):
    content.write("redirects.yaml", "- /a/\n")
    assert [p.line for p in load_redirects(content.root)[1]] == [1]
    content.write("redirects.yaml", '"/a/": "/b/"\n"/c/": [\n')
    assert "YAML" in str(load_redirects(content.root)[1][0])


def test_targets_loops_and_clashes(content):
    content.write("images/foto.jpg", "jpg")
    content.write("redirects.yaml", "\n".join([
        '"/2016/01/01/a/": /jaunumi/zina/',       # 1 fine
        '"/?p=1": /jaunumi/nav/',                 # 2 target missing (suggests /jaunumi/zina/)
        '"/vecs/": /melnraksti/melnraksts/',      # 3 a draft
        '"/kontakti/": /jaunumi/zina/',           # 4 hides a real page
        '"/cilpa/": /cilpa/',                     # 5 to itself
        '"/kede/": /2016/01/01/a/',               # 6 to another redirect
        '"/images/foto.jpg": /jaunumi/zina/',     # 7 hides a file
        '"/ara/": https://lsm.lv/',               # 8 external: fine
        '"/bilde/": /images/foto.jpg',            # 9 a file: fine
        '"/kontakti": /jaunumi/zina/',            # 10 the real page without its slash
    ]) + "\n")
    rules, problems = load_redirects(content.root)
    found = lines(check_redirects(rules, site_map(content), content.root))
    assert found == [
        "redirects.yaml:2: jaunā adrese '/jaunumi/nav/' neved nekur: vietnē nav lapas /jaunumi/nav/; vai domājāt '/jaunumi/zina/'?",
        "redirects.yaml:3: '/melnraksti/melnraksts/' ir melnraksts, publiskajā vietnē tā nav; publicējiet to vai izdzēsiet rindu",
        "redirects.yaml:4: vecā adrese '/kontakti/' ir īsta vietnes lapa vai fails; pāradresācija to paslēptu — izdzēsiet šo rindu",
        "redirects.yaml:5: '/cilpa/' pāradresē uz sevi ('/cilpa/'); norādiet galīgo lapu",
        "redirects.yaml:6: '/kede/' pāradresē uz citu pāradresāciju ('/2016/01/01/a/'); norādiet galīgo lapu",
        "redirects.yaml:7: vecā adrese '/images/foto.jpg' ir īsta vietnes lapa vai fails; pāradresācija to paslēptu — izdzēsiet šo rindu",
        "redirects.yaml:10: vecā adrese '/kontakti' ir īsta vietnes lapa vai fails; pāradresācija to paslēptu — izdzēsiet šo rindu",
    ]


def test_make_check_reports_redirect_problems(content):
    content.write("pages/kontakti.md", "Title: Kontakti\n\nTeksts.\n")
    content.write("redirects.yaml", '"/?page_id=3": /kontakti/\n"/?page_id=4": /nav/\n')
    validated = validate_content(content.root, SETTINGS)
    assert [r.old for r in validated.redirects] == ["/?page_id=3", "/?page_id=4"]
    assert lines(validated.problems) == ["redirects.yaml:2: jaunā adrese '/nav/' neved nekur: vietnē nav lapas /nav/"]

PIECES = st.sampled_from(['"/?p=1"', '"/a/"', "/b/", ": ", "\n", "- ", "[", "{", '"', "'", "#", "?", "/?page_id=", "..",
                          "https://x.lv/", "ā", " ", "\t", "$x", ";", "~", "null", "/jaunumi/zina/"])


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=20).map("".join))
def test_any_redirects_file_gives_rules_or_located_problems(content, text):
    content.write("redirects.yaml", text, dedent=False)
    rules, problems = load_redirects(content.root)
    for problem in problems + check_redirects(rules, site_map(content), content.root):
        assert str(problem).startswith("redirects.yaml:") and problem.line >= 1
    for rule in rules:
        assert rule.old.startswith("/") and rule.target
        assert rule.save_as is None or not rule.save_as.startswith("/") and ".." not in rule.save_as.split("/")
