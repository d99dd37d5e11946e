"""The availability matrix: which service stands how in which municipality as it is today.

Rows are the current municipalities (no ``valid_to``); a municipality merged into one of them brings its
entries along (Priekule's plans show in Dienvidkurzemes novads' row) and its name is listed under the row.
A cell shows the best-known status of the service there: available before planned before closed before
"listed, status unknown" (a bare slug); the entry that decides it gives the cell its source link.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..content.availability import Status
from ..content.directory import Directory, Offer, Partner, Service
from ..content.lv.labels import MUNICIPALITIES_LABELS


class CellKind(str, Enum):
    """What a cell says. The value is the CSS modifier; symbol and word are in ``LEGEND``."""

    AVAILABLE = "available"
    PLANNED = "planned"
    CLOSED = "closed"
    UNKNOWN = "unknown"  # listed without a status (old bare slug)
    NONE = "none"  # nothing known


@dataclass(frozen=True)
class LegendItem:
    kind: CellKind
    symbol: str
    word: str
    meaning: str


# distinct symbols AND words, so the table never relies on colour alone
LEGEND = (
    LegendItem(CellKind.AVAILABLE, "✓", "pieejams", "pakalpojums darbojas; saite ved uz avotu, kurā tas minēts"),
    LegendItem(CellKind.PLANNED, "○", "plānots", "pakalpojumu plāno vai būvē; saite ved uz avotu"),
    LegendItem(CellKind.CLOSED, "×", "slēgts", "pakalpojums vairs nedarbojas; saite ved uz avotu"),
    LegendItem(CellKind.UNKNOWN, "?", "statuss nav zināms", "pašvaldība pakalpojumu minējusi, bet avota par to vēl nav"),
    LegendItem(CellKind.NONE, "–", "nav ziņu", "šajā vietnē par to vēl nav informācijas; jautājiet sociālajā dienestā"),
)
LEGEND_BY_KIND = {item.kind: item for item in LEGEND}
# the legend item of an entry's status, by its value ("unknown" for a bare slug), for the templates
STATUS_LEGEND = {item.kind.value: item for item in LEGEND}
RANK = (Status.AVAILABLE, Status.PLANNED, Status.CLOSED, None)
KIND_OF_STATUS = {Status.AVAILABLE: CellKind.AVAILABLE, Status.PLANNED: CellKind.PLANNED,
                  Status.CLOSED: CellKind.CLOSED, None: CellKind.UNKNOWN}


@dataclass(frozen=True)
class MatrixCell:
    service: Service
    kind: CellKind
    offer: Offer | None = None  # the entry that decides the status (its source is the cell's link)
    offers: tuple[Offer, ...] = ()  # every entry of this service in this row

    @property
    def legend(self) -> LegendItem:
        return LEGEND_BY_KIND[self.kind]

    @property
    def filled(self) -> bool:
        return self.kind is not CellKind.NONE

    @property
    def source(self) -> str | None:
        return self.offer.entry.source if self.offer else None


@dataclass(frozen=True)
class MatrixRow:
    partner: Partner
    cells: tuple[MatrixCell, ...]  # one per column
    former: tuple[Partner, ...]  # the municipalities merged into it

    @property
    def count(self) -> int:
        """Services available or planned here."""
        return sum(cell.kind in (CellKind.AVAILABLE, CellKind.PLANNED) for cell in self.cells)

    def with_kind(self, kind: CellKind) -> list[MatrixCell]:
        return [cell for cell in self.cells if cell.kind is kind]


@dataclass(frozen=True)
class MatrixGroup:
    label: str
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class AvailabilityMatrix:
    columns: tuple[Service, ...]
    groups: tuple[MatrixGroup, ...]
    legend: tuple[LegendItem, ...] = LEGEND

    def rows(self) -> list[MatrixRow]:
        return [row for group in self.groups for row in group.rows]

    def cell(self, partner_slug: str, service_slug: str) -> MatrixCell:
        column = [s.slug for s in self.columns].index(service_slug)
        return next(r.cells[column] for r in self.rows() if r.partner.slug == partner_slug)

    def offered(self, partner_slug: str, service_slug: str) -> bool:
        """Available or planned (or listed without a status) in that municipality."""
        return self.cell(partner_slug, service_slug).filled

    def filled_cells(self) -> list[MatrixCell]:
        return [cell for row in self.rows() for cell in row.cells if cell.filled]

    def sources(self) -> set[str]:
        """Every source the filled cells link to."""
        return {cell.source for cell in self.filled_cells() if cell.source}


def build_cell(service: Service, offers: list[Offer]) -> MatrixCell:
    mine = tuple(offer for offer in offers if offer.service is service)
    for status in RANK:
        deciding = [offer for offer in mine if offer.status is status]
        if deciding:
            return MatrixCell(service, KIND_OF_STATUS[status], deciding[0], mine)
    return MatrixCell(service, CellKind.NONE)


def build_matrix(directory: Directory) -> AvailabilityMatrix:
    columns = tuple(directory.sorted_services())
    groups = []
    for region, label in MUNICIPALITIES_LABELS.items():
        rows = []
        for partner in directory.current_municipalities(region):
            offers = partner.all_offers()
            cells = tuple(build_cell(service, offers) for service in columns)
            rows.append(MatrixRow(partner, cells, tuple(partner.all_predecessors())))
        if rows:
            groups.append(MatrixGroup(label, tuple(rows)))
    return AvailabilityMatrix(columns, tuple(groups))
