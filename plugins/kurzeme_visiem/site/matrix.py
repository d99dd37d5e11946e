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


@dataclass(frozen=True)
class MatrixGroup:
    label: str
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class AvailabilityMatrix:
    columns: tuple[Service, ...]
    groups: tuple[MatrixGroup, ...]


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
