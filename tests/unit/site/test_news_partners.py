import datetime as dt

from kurzeme_visiem.content.directory import load_directory
from kurzeme_visiem.site.generator import news_partners


def test_news_about_a_merged_municipality_also_belong_to_its_successors(content):
    content.write("partners/c-novads.yaml", "name: C\ntype: municipality\nregion: kurzeme\n")
    for slug, into, end in [("b-novads", "c-novads", "2022-12-31"), ("a-novads", "b-novads", "2021-06-30")]:
        content.write(f"partners/{slug}.yaml", f"name: {slug}\ntype: municipality\nregion: kurzeme\nvalid_to: {end}\n"
                                               f"merged_into: {into}\nmerged_source: https://example.lv/x\n")
    directory, problems = load_directory(content.root, dt.date(2026, 12, 3))
    assert problems == []
    a, b, c = (directory.partners[s] for s in ("a-novads", "b-novads", "c-novads"))
    assert news_partners([a]) == [a, b, c]
    assert news_partners([c, a]) == [c, a, b]
    assert news_partners([]) == []
