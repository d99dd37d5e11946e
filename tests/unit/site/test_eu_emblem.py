"""The EU emblem files: twelve upright five-pointed stars on the circle, official colours, files up to date."""

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kurzeme_visiem.site import eu_emblem

IMAGES = Path(__file__).resolve().parents[3] / "theme" / "static" / "images"
SVG = "{http://www.w3.org/2000/svg}"


def _parse(name: str) -> ET.Element:
    return ET.parse(IMAGES / name).getroot()


def _points(polygon: ET.Element) -> list[tuple[float, float]]:
    return [tuple(float(v) for v in pair.split(",")) for pair in polygon.get("points").split()]


@pytest.mark.parametrize("name", ["eu-emblem.svg", "eu-emblem-mono.svg", "eu-ensemble.svg"])
def test_twelve_upright_stars_on_the_circle(name):
    check_geometry(_parse(name))


def check_geometry(root: ET.Element) -> None:
    field = next(r for r in root.iter(f"{SVG}rect") if r.get("height") in ("200", "197"))
    x0, y0 = float(field.get("x", 0)), float(field.get("y", 0))
    width, height = float(field.get("width")), float(field.get("height"))
    # the monochrome field is inset by half its outline; its centre and the flag's height stay the same
    flag_height = 200.0
    assert math.isclose(width + 2 * x0, flag_height * 1.5) and math.isclose(height + 2 * y0, flag_height)
    cx, cy = x0 + width / 2, y0 + height / 2
    stars = root.findall(f".//{SVG}polygon")
    assert len(stars) == 12
    angles = []
    for polygon in stars:
        points = _points(polygon)
        assert len(points) == 10  # five outer and five inner vertices
        sx = sum(x for x, _ in points) / 10
        sy = sum(y for _, y in points) / 10
        assert math.isclose(math.dist((sx, sy), (cx, cy)), flag_height / 3, abs_tol=0.01)
        outer = points[0::2]
        for point in outer:
            assert math.isclose(math.dist(point, (sx, sy)), flag_height / 18, abs_tol=0.01)
        top = min(outer, key=lambda p: p[1])
        assert math.isclose(top[0], sx, abs_tol=0.01) and top[1] < sy  # one point straight up
        angles.append(round(math.degrees(math.atan2(sx - cx, cy - sy))) % 360)
    assert sorted(angles) == list(range(0, 360, 30))  # the hour positions of a clock


def test_colours_and_names():
    colour = _parse("eu-emblem.svg")
    assert colour.find(f"{SVG}rect").get("fill") == "#003399"
    assert colour.find(f"{SVG}g").get("fill") == "#FFCC00"
    assert colour.get("role") == "img" and colour.find(f"{SVG}title").text == "Eiropas Savienības karogs"
    mono = _parse("eu-emblem-mono.svg")
    assert {mono.find(f"{SVG}rect").get("stroke"), mono.find(f"{SVG}g").get("fill")} == {"#000000"}
    words = [t.text for t in _parse("eu-ensemble.svg").iter(f"{SVG}text")]
    assert words == ["Eiropas Savienība", "Eiropas Sociālais fonds", "IEGULDĪJUMS TAVĀ NĀKOTNĒ"]


@pytest.mark.parametrize("name", sorted(eu_emblem.FILES))
def test_committed_files_are_what_the_module_draws(name):
    assert (IMAGES / name).read_text(encoding="utf-8") == eu_emblem.FILES[name](), (
        "run: python -m kurzeme_visiem.site.eu_emblem theme/static/images")


def test_a_star_out_of_place_is_noticed():
    """The geometry check fails on a wrong drawing: one star moved off the circle."""
    moved = eu_emblem.emblem_svg().replace('points="150,22.222', 'points="150,12.222', 1)
    assert moved != eu_emblem.emblem_svg()
    with pytest.raises(AssertionError):
        check_geometry(ET.fromstring(moved))
