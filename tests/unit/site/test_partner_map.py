import math
from pathlib import Path

import pytest

from kurzeme_visiem.content.directory import Partner
from kurzeme_visiem.site.partner_map import (
    COASTLINE, HIT_RADIUS, KURZEME_OUTLINE, MARKER_GAP, PartnerMap, Projection, build_partner_map,
)
from kurzeme_visiem.content.records import PartnerRecord


def partner(slug: str, name: str, lat: float | None = None, lon: float | None = None, kind: str = "municipality") -> Partner:
    fields = {"name": name, "type": kind}
    if kind == "municipality":
        fields["region"] = "kurzeme"
    if lat is not None:
        fields["location"] = {"lat": lat, "lon": lon}
    return Partner(slug, Path(f"partners/{slug}.yaml"), PartnerRecord.model_validate(fields))


LIEPAJA = partner("liepajas-pilseta", "Liepāja", 56.5047, 21.0108)
VENTSPILS = partner("ventspils-pilseta", "Ventspils", 57.3894, 21.5606)
VENTSPILS_NOVADS = partner("ventspils-novads", "Ventspils novads", 57.3894, 21.5606)
SMILTENE = partner("smiltenes-novads", "Smiltenes novads", 57.4242, 25.9014)
RUCAVA = partner("rucavas-novads", "Rucavas novads", 56.1622, 21.1619)
HOME = partner("bernu-nams-stikli", "Bērnu nams “Stikli”", kind="children-home")


def inside(partner_map: PartnerMap, x: float, y: float, room: float = 0.0) -> bool:
    return room <= x <= partner_map.width - room and room <= y <= partner_map.height - room


def by_slug(partner_map: PartnerMap) -> dict:
    return {m.partner.slug: m for m in partner_map.markers}


def test_north_is_up_and_east_is_right():
    projection = Projection(south=56.0, north=58.0, west=20.0, east=26.0)
    assert projection.y(57.5) < projection.y(56.5)  # further north, higher on the map
    assert projection.x(25.0) > projection.x(21.0)  # further east, further right
    assert projection.point(58.0, 20.0) == (0.0, 0.0)
    assert projection.point(56.0, 26.0) == pytest.approx((projection.width, projection.height))


def test_a_degree_of_longitude_is_shorter_by_the_cosine_of_the_mean_latitude():
    projection = Projection(south=56.0, north=58.0, west=20.0, east=26.0)
    one_lon = projection.x(21.0) - projection.x(20.0)
    one_lat = projection.y(56.0) - projection.y(57.0)
    assert one_lon / one_lat == pytest.approx(math.cos(math.radians(57.0)))


def test_markers_keep_the_compass_order_of_the_partners():
    markers = by_slug(build_partner_map([LIEPAJA, VENTSPILS, SMILTENE, RUCAVA]))
    assert markers["ventspils-pilseta"].y < markers["liepajas-pilseta"].y < markers["rucavas-novads"].y
    assert markers["liepajas-pilseta"].x < markers["ventspils-pilseta"].x < markers["smiltenes-novads"].x


def test_partners_without_a_location_are_listed_but_not_drawn():
    partner_map = build_partner_map([HOME, LIEPAJA, VENTSPILS])
    assert [m.partner.slug for m in partner_map.markers] == ["liepajas-pilseta", "ventspils-pilseta"]
    assert partner_map.unlocated == (HOME,)


def test_markers_are_numbered_in_latvian_alphabetical_order():
    partner_map = build_partner_map([VENTSPILS_NOVADS, SMILTENE, VENTSPILS, LIEPAJA, RUCAVA])
    names = [(m.number, m.partner.display_name) for m in partner_map.markers]
    assert names == [(1, "Liepāja"), (2, "Rucavas novads"), (3, "Smiltenes novads"), (4, "Ventspils"),
                     (5, "Ventspils novads")]


def test_no_partner_with_a_location_gives_no_map():
    assert build_partner_map([]) is None
    assert build_partner_map([HOME]) is None


def test_every_marker_its_place_and_the_outlines_are_inside_the_view_box():
    partner_map = build_partner_map([LIEPAJA, VENTSPILS, VENTSPILS_NOVADS, SMILTENE, RUCAVA, HOME])
    for marker in partner_map.markers:
        assert inside(partner_map, marker.x, marker.y, room=HIT_RADIUS), marker
        assert inside(partner_map, marker.place_x, marker.place_y), marker
    for x, y in (*partner_map.region, *partner_map.land):
        assert inside(partner_map, x, y)
    assert len(partner_map.region) == len(KURZEME_OUTLINE)
    assert partner_map.view_box == f"0 0 {partner_map.width:.0f} {partner_map.height:.0f}"


def test_partners_in_one_place_get_two_markers_that_do_not_overlap():
    markers = by_slug(build_partner_map([VENTSPILS, VENTSPILS_NOVADS]))
    city, county = markers["ventspils-pilseta"], markers["ventspils-novads"]
    assert math.dist((city.x, city.y), (county.x, county.y)) >= 2 * HIT_RADIUS + MARKER_GAP - 0.01
    assert city.moved and county.moved
    assert (city.place_x, city.place_y) == (county.place_x, county.place_y)


def test_a_marker_alone_stays_on_its_place():
    marker = build_partner_map([LIEPAJA, SMILTENE]).markers[0]
    assert not marker.moved
    assert (marker.x, marker.y) == (marker.place_x, marker.place_y)


def test_no_two_markers_of_a_crowded_map_overlap():
    crowd = [partner(f"p{i}", f"P{i}", 56.9 + i * 0.01, 21.9 + (i % 3) * 0.01) for i in range(12)]
    markers = build_partner_map([*crowd, SMILTENE]).markers
    for i, a in enumerate(markers):
        for b in markers[i + 1:]:
            assert math.dist((a.x, a.y), (b.x, b.y)) >= 2 * HIT_RADIUS + MARKER_GAP - 0.01, (a.number, b.number)


def test_the_outline_data_are_immutable_and_run_round_kolka():
    assert isinstance(COASTLINE, tuple) and isinstance(KURZEME_OUTLINE, tuple)
    northernmost = max(COASTLINE, key=lambda place: place[0])
    assert northernmost[1] > 24  # the northernmost point is Ainaži, at the Estonian border
    assert max(KURZEME_OUTLINE, key=lambda place: place[0]) == (57.757, 22.59)  # cape Kolka


def test_the_land_runs_from_the_bottom_edge_along_the_coast_to_the_top_edge():
    partner_map = build_partner_map([LIEPAJA])
    assert partner_map.land[0][1] == pytest.approx(partner_map.height)
    assert partner_map.land[len(COASTLINE) + 1][1] == 0.0


def test_svg_points_are_rounded_pairs():
    assert PartnerMap.svg_points([(1.234, 5.0), (10.0, 0.05)]) == "1.2,5.0 10.0,0.1"
