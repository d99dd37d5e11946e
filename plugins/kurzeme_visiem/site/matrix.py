"""The availability matrix: which service exists in which municipality."""

from __future__ import annotations

from dataclasses import dataclass

from ..content.directory import Directory, Partner, Service
from ..content.lv.labels import MUNICIPALITIES_LABELS
from ..content.records import PartnerType


@dataclass(frozen=True)
class MatrixRow:
    partner: Partner
    cells: tuple[bool, ...]  # one per column, True where the municipality offers that service

    @property
    def count(self) -> int:
        return sum(self.cells)


@dataclass(frozen=True)
class MatrixGroup:
    label: str
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class AvailabilityMatrix:
    columns: tuple[Service, ...]
    groups: tuple[MatrixGroup, ...]

    def offered(self, partner_slug: str, service_slug: str) -> bool:
        column = [s.slug for s in self.columns].index(service_slug)
        return next(r.cells[column] for g in self.groups for r in g.rows if r.partner.slug == partner_slug)


def build_matrix(directory: Directory) -> AvailabilityMatrix:
    columns = tuple(directory.sorted_services())
    groups = []
    for region, label in MUNICIPALITIES_LABELS.items():
        rows = tuple(
            MatrixRow(partner, tuple(service in partner.services for service in columns))
            for partner in directory.partners_of_type(PartnerType.MUNICIPALITY, region)
        )
        if rows:
            groups.append(MatrixGroup(label, rows))
    return AvailabilityMatrix(columns, tuple(groups))
