"""The partner map: partners with a ``location`` projected into an SVG viewBox, drawn at build time.

Only a schematic map: an equirectangular projection scaled by the cosine of the mean latitude, a hand-made
coastline from a few well-known places (no geodata is downloaded) and a faint graticule. Markers are numbered
in Latvian alphabetical order; the same numbers head the list of partners printed with the map.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ..content.lv.collation import lv_sort_key
from ..content.directory import Partner

# (lat, lon) of the coast, south to north along the Baltic Sea, round cape Kolka and along the Gulf of Riga
# to Ainaži at the Estonian border. Rounded, schematic, from well-known places; drawn a little seawards of
# coastal towns so that their markers stay on land.
COASTLINE: tuple[tuple[float, float], ...] = (
    (56.07, 21.04),  # Lithuanian border at the coast (Nida, Rucavas pagasts)
    (56.17, 21.00),  # Pape
    (56.35, 20.98),
    (56.51, 20.97),  # Liepāja
    (56.70, 21.03),
    (56.89, 21.15),  # Pāvilosta
    (57.05, 21.37),  # Jūrkalne
    (57.25, 21.41),  # Užava
    (57.39, 21.52),  # Ventspils
    (57.57, 21.70),  # Oviši
    (57.63, 22.00),  # Miķeltornis
    (57.68, 22.30),  # Mazirbe
    (57.757, 22.59),  # cape Kolka
    (57.66, 22.70),
    (57.52, 22.83),  # Roja
    (57.43, 22.95),
    (57.34, 23.14),  # Mērsrags
    (57.16, 23.23),  # Engure
    (57.03, 23.47),  # Ragaciems
    (56.97, 23.75),  # Jūrmala
    (57.05, 24.02),  # the mouth of the Daugava at Rīga
    (57.17, 24.30),  # Carnikava
    (57.27, 24.40),  # Saulkrasti
    (57.50, 24.37),
    (57.75, 24.35),  # Salacgrīva
    (57.87, 24.35),  # Ainaži, at the Estonian border
)

# (lat, lon) of the Kurzeme planning region, roughly: the coast from the Lithuanian border round Kolka to the
# coast between Mērsrags and Engure, then inland along the boundary with Zemgale and back west along the
# Lithuanian border. Coarse by design: it only shows where Kurzeme is.
KURZEME_OUTLINE: tuple[tuple[float, float], ...] = COASTLINE[:16] + (
    (57.25, 23.18),  # the coast between Mērsrags and Engure
    (57.10, 23.00),
    (56.90, 22.95),
    (56.65, 23.00),
    (56.42, 22.98),  # Lithuanian border south of Auce
    (56.41, 22.60),
    (56.41, 22.37),  # Ezere
    (56.38, 21.95),
    (56.37, 21.70),
    (56.30, 21.45),
    (56.18, 21.22),
)

MAP_WIDTH = 1000.0
MARKER_RADIUS = 17.0  # the visible circle, in viewBox units
HIT_RADIUS = 23.0  # the invisible circle that takes the pointer: a larger target than the visible dot
MARKER_GAP = 3.0  # the least space between two markers' hit circles
MARGIN_DEGREES = 0.12  # free space round everything drawn, north, south and east
SEA_MARGIN_DEGREES = 0.5  # free space west of the coast, for the Baltic Sea label
GRATICULE_STEP = (0.5, 1.0)  # degrees of latitude, longitude between grid lines


@dataclass(frozen=True)
class Projection:
    """Equirectangular projection of a lat/lon box onto ``0..width × 0..height``: north up, east right."""

    south: float
    north: float
    west: float
    east: float
    width: float = MAP_WIDTH

    @property
    def x_per_degree(self) -> float:
        return self.width / (self.east - self.west)

    @property
    def y_per_degree(self) -> float:  # a degree of longitude is cos(latitude) times shorter than one of latitude
        return self.x_per_degree / math.cos(math.radians((self.south + self.north) / 2))

    @property
    def height(self) -> float:
        return (self.north - self.south) * self.y_per_degree

    def x(self, lon: float) -> float:
        return (lon - self.west) * self.x_per_degree

    def y(self, lat: float) -> float:
        return (self.north - lat) * self.y_per_degree

    def point(self, lat: float, lon: float) -> tuple[float, float]:
        return self.x(lon), self.y(lat)

    @classmethod
    def covering(cls, places: Iterable[tuple[float, float]]) -> Projection:
        lats, lons = zip(*places)
        south, north = min(lats) - MARGIN_DEGREES, max(lats) + MARGIN_DEGREES
        stretch = 1 / math.cos(math.radians((south + north) / 2))  # the same margin on the ground east-west
        return cls(south, north, min(lons) - SEA_MARGIN_DEGREES * stretch, max(lons) + MARGIN_DEGREES * stretch)


@dataclass(frozen=True)
class MapMarker:
    """One partner on the map. ``x, y`` is where the marker is drawn; ``place_x, place_y`` is the partner's
    location. They differ only where markers would overlap and had to be moved apart."""

    number: int
    partner: Partner
    x: float
    y: float
    place_x: float
    place_y: float

    @property
    def moved(self) -> bool:
        return math.dist((self.x, self.y), (self.place_x, self.place_y)) > 0.5


@dataclass(frozen=True)
class MapLabel:
    text: str
    x: float
    y: float
    kind: str  # "sea", "region" or "place": the CSS modifier of the label


@dataclass(frozen=True)
class GridLine:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class PartnerMap:
    width: float
    height: float
    markers: tuple[MapMarker, ...]
    land: tuple[tuple[float, float], ...]  # polygon: everything east of the coastline
    region: tuple[tuple[float, float], ...]  # polygon: the Kurzeme planning region
    graticule: tuple[GridLine, ...]
    labels: tuple[MapLabel, ...]
    unlocated: tuple[Partner, ...]  # partners without a location: listed, not drawn
    marker_radius: float = MARKER_RADIUS
    hit_radius: float = HIT_RADIUS

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:.0f} {self.height:.0f}"

    @staticmethod
    def svg_points(polygon: Iterable[tuple[float, float]]) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in polygon)


# Labels placed by (lat, lon): names of the seas, of the region, and Rīga for orientation (not a partner).
MAP_LABELS: tuple[tuple[str, float, float, str], ...] = (
    ("Baltijas jūra", 57.05, 20.70, "sea"),
    ("Rīgas līcis", 57.45, 23.65, "sea"),
    ("Kurzeme", 56.85, 22.40, "region"),
    ("Rīga", 56.91, 24.12, "place"),
)


def build_partner_map(partners: Iterable[Partner]) -> PartnerMap | None:
    """The map of every partner with a location, or ``None`` when no partner has one."""
    ordered = sorted(partners, key=lambda p: lv_sort_key(p.display_name))
    located = [p for p in ordered if p.record.location is not None]
    if not located:
        return None
    places = [(p.record.location.lat, p.record.location.lon) for p in located]
    projection = Projection.covering([*places, *COASTLINE, *KURZEME_OUTLINE])
    anchors = [projection.point(lat, lon) for lat, lon in places]
    positions = _spread(anchors, projection.width, projection.height)
    markers = tuple(
        MapMarker(number, partner, x, y, place_x, place_y)
        for number, (partner, (x, y), (place_x, place_y)) in enumerate(zip(located, positions, anchors), start=1)
    )
    return PartnerMap(
        width=projection.width,
        height=projection.height,
        markers=markers,
        land=_land(projection),
        region=tuple(projection.point(lat, lon) for lat, lon in KURZEME_OUTLINE),
        graticule=_graticule(projection),
        labels=tuple(MapLabel(text, *projection.point(lat, lon), kind) for text, lat, lon, kind in MAP_LABELS),
        unlocated=tuple(p for p in ordered if p.record.location is None),
    )


def _land(projection: Projection) -> tuple[tuple[float, float], ...]:
    """The coastline closed along the map's edges: from the bottom edge below the southern end of the coast,
    along the coast, up to the top edge above its northern end, and round the eastern corners."""
    coast = [projection.point(lat, lon) for lat, lon in COASTLINE]
    (first_x, _), (last_x, _) = coast[0], coast[-1]
    width, height = projection.width, projection.height
    return ((first_x, height), *coast, (last_x, 0.0), (width, 0.0), (width, height))


def _graticule(projection: Projection) -> tuple[GridLine, ...]:
    lat_step, lon_step = GRATICULE_STEP
    lines = [
        GridLine(0.0, projection.y(lat), projection.width, projection.y(lat))
        for lat in _steps(projection.south, projection.north, lat_step)
    ]
    lines += [
        GridLine(projection.x(lon), 0.0, projection.x(lon), projection.height)
        for lon in _steps(projection.west, projection.east, lon_step)
    ]
    return tuple(lines)


def _steps(low: float, high: float, step: float) -> list[float]:
    """The multiples of ``step`` strictly between ``low`` and ``high``."""
    first = math.floor(low / step) + 1
    return [n * step for n in range(first, math.ceil(high / step)) if low < n * step < high]


def _spread(anchors: list[tuple[float, float]], width: float, height: float, rounds: int = 200) -> list[tuple[float, float]]:
    """Move overlapping markers apart (each pair pushed along the line between them, or north and south where
    two share one place: along most of the coast that keeps both on land) until no two hit circles overlap; keep every marker inside the map."""
    least = 2 * HIT_RADIUS + MARKER_GAP
    positions = [list(p) for p in anchors]
    for _ in range(rounds):
        moved = False
        for i in range(len(positions)):
            for j in range(i + 1, len(positions)):
                (xi, yi), (xj, yj) = positions[i], positions[j]
                distance = math.dist((xi, yi), (xj, yj))
                if distance >= least - 1e-6:
                    continue
                ux, uy = ((xj - xi) / distance, (yj - yi) / distance) if distance > 1e-9 else (0.0, 1.0)
                push = (least - distance) / 2 + 0.01
                positions[i] = [xi - ux * push, yi - uy * push]
                positions[j] = [xj + ux * push, yj + uy * push]
                moved = True
        for position in positions:
            position[0] = min(max(position[0], HIT_RADIUS), width - HIT_RADIUS)
            position[1] = min(max(position[1], HIT_RADIUS), height - HIT_RADIUS)
        if not moved:
            break
    return [(x, y) for x, y in positions]
