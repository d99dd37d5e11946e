"""The chain of municipalities over time (``valid_from``, ``valid_to``, ``merged_into``), as ``make check`` reports it."""

import datetime as dt

import pytest

from kurzeme_visiem.content.directory import load_directory

from unit_helpers import lines

TODAY = dt.date(2026, 12, 3)
SRC = "https://example.lv/reforma"


def municipality(content, slug, *extra):
    body = "\n".join((f"name: {slug} dome", "type: municipality", "region: kurzeme") + extra)
    content.write(f"partners/{slug}.yaml", body + "\n")


def merged(content, slug, into, valid_to="2021-06-30", *extra):
    municipality(content, slug, f"valid_to: {valid_to}", f"merged_into: {into}", f"merged_source: {SRC}", *extra)


def test_a_sound_chain_links_both_ways(content):
    municipality(content, "dienvidkurzemes-novads", "valid_from: 2021-07-01")
    merged(content, "priekules-novads", "dienvidkurzemes-novads")
    merged(content, "rucavas-novads", "dienvidkurzemes-novads")
    directory, problems = load_directory(content.root, TODAY)
    assert problems == []
    new, old = directory.partners["dienvidkurzemes-novads"], directory.partners["priekules-novads"]
    assert old.successor is new and old.current is new and not old.is_current
    assert [p.slug for p in new.predecessors] == ["priekules-novads", "rucavas-novads"]
    assert new.current is new and new.is_current
    assert [p.slug for p in directory.current_municipalities()] == ["dienvidkurzemes-novads"]
    assert [p.slug for p in directory.former_municipalities()] == ["priekules-novads", "rucavas-novads"]


def test_a_chain_of_two_steps_leads_to_the_end(content):
    municipality(content, "c-novads")
    merged(content, "b-novads", "c-novads", "2022-12-31")
    merged(content, "a-novads", "b-novads", "2021-06-30")
    directory, problems = load_directory(content.root, TODAY)
    assert problems == []
    assert directory.partners["a-novads"].current.slug == "c-novads"
    assert [p.slug for p in directory.partners["c-novads"].all_predecessors()] == ["a-novads", "b-novads"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param([(merged, "a-novads", "b-novads"), (merged, "b-novads", "a-novads", "2022-06-30")], [
            "partners/a-novads.yaml:5: apvienošanas ķēde veido apli (a-novads → b-novads → a-novads); no viena no tiem noņemiet 'merged_into'",
            # b ends after its "successor" a: the dates say so too
            "partners/b-novads.yaml:4: pēctecis 'a-novads' beidzas 2021. gada 30. jūnijā, ne vēlāk par 'b-novads' (2022. gada 30. jūnijā); pēctecim jāpastāv ilgāk",
            "partners/b-novads.yaml:5: apvienošanas ķēde veido apli (a-novads → b-novads → a-novads); no viena no tiem noņemiet 'merged_into'",
        ], id="a-cycle-is-reported-at-each-merged-into"),
        pytest.param([(merged, "a-novads", "a-novads")], [
            "partners/a-novads.yaml:5: 'a-novads' nevar būt apvienots pats ar sevi; 'merged_into' jānorāda cits partneris",
        ], id="merged-into-itself"),
        pytest.param([(municipality, "talsu-novads"), (merged, "rojas-novads", "talsu-novad")], [
            "partners/rojas-novads.yaml:5: nezināms partneris 'talsu-novad' laukā 'merged_into'; vai domājāt 'talsu-novads'?",
        ], id="unknown-successor-with-a-suggestion"),
        pytest.param([
            (municipality, "new-novads", "valid_from: 2021-08-01", "valid_to: 2021-06-30"),
            (merged, "old-novads", "new-novads", "2021-06-30"),
        ], [
            "partners/new-novads.yaml:5: 'valid_to' (2021-06-30) ir pirms 'valid_from' (2021-08-01); pēdējā diena nevar būt pirms pirmās",
            "partners/old-novads.yaml:4: pēctecis 'new-novads' beidzas 2021. gada 30. jūnijā, ne vēlāk par 'old-novads' (2021. gada 30. jūnijā); pēctecim jāpastāv ilgāk",
            "partners/old-novads.yaml:4: pēctecis 'new-novads' sākas 2021. gada 1. augustā, bet 'old-novads' beidzas 2021. gada 30. jūnijā: pēctecim jāpastāv jau nākamajā dienā; pārbaudiet datumus",
        ], id="dates-out-of-order"),
        pytest.param([(municipality, "talsu-novads"), (municipality, "rojas-novads", "merged_into: talsu-novads")], [
            "partners/rojas-novads.yaml:4: 'merged_into' ir norādīts, bet trūkst 'valid_to': ierakstiet pēdējo dienu, kad pašvaldība pastāvēja, piem., 'valid_to: 2021-06-30'",
            "partners/rojas-novads.yaml:4: trūkst 'merged_source': norādiet publiska dokumenta adresi, kurā apvienošana minēta",
        ], id="merged-into-needs-valid-to-and-a-source"),
    ],
)
def test_chain_problems(content, files, expected, latvian):
    for write, *arguments in files:
        write(content, *arguments)
    _, problems = load_directory(content.root, TODAY)
    assert lines(problems) == expected


def test_dates_out_of_order_in_english(content):
    """The English messages write the dates as ISO, not in the Latvian form of the Latvian ones."""
    municipality(content, "new-novads", "valid_from: 2021-08-01", "valid_to: 2021-06-30")
    merged(content, "old-novads", "new-novads", "2021-06-30")
    _, problems = load_directory(content.root, TODAY)
    assert lines(problems)[1:] == [
        "partners/old-novads.yaml:4: the successor 'new-novads' begins on 2021-08-01, but 'old-novads' ends on 2021-06-30: the successor must exist by the next day; check the dates",
        "partners/old-novads.yaml:4: the successor 'new-novads' ends on 2021-06-30, no later than 'old-novads' (2021-06-30); the successor must last longer",
    ]


def test_a_malformed_merged_source_and_a_bad_date(content):
    municipality(content, "talsu-novads")
    municipality(content, "rojas-novads", "valid_to: 2021-06-31", "merged_into: talsu-novads", "merged_source: lv.wikipedia.org/wiki/Talsu_novads")
    _, problems = load_directory(content.root, TODAY)
    assert [str(p).split(": ", 1)[0] for p in sorted(problems)] == ["partners/rojas-novads.yaml:4", "partners/rojas-novads.yaml:6"]
    assert "is not a valid source address" in lines(problems)[1]


def test_successor_of_another_type(content, latvian):
    content.write("partners/vsac.yaml", "name: VSAC\ntype: state-care-centre\n")
    merged(content, "rojas-novads", "vsac")
    _, problems = load_directory(content.root, TODAY)
    assert lines(problems) == ["partners/rojas-novads.yaml:5: 'vsac' ir state-care-centre, bet 'rojas-novads' ir municipality; pēctecim jābūt tāda paša veida partnerim"]


def test_a_broken_successor_file_is_reported_once(content):
    content.write("partners/talsu-novads.yaml", "name: Talsu\ntype: nonsense\n")
    merged(content, "rojas-novads", "talsu-novads")
    _, problems = load_directory(content.root, TODAY)
    assert [p.path for p in problems] == ["partners/talsu-novads.yaml"]
