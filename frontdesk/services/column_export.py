"""Rows to xlsx through column specs, on the service side (no Qt).

SHARED-CANDIDATE: services/core/columns.write_columns — ui/common/export.write_rows does the same
in the UI layer; the release-pass and notice exports use this one today."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from frontdesk.printing.xlsx import write_table
from frontdesk.services.core.columns import Column

Row = TypeVar("Row")


def write_columns(
    path: Path,
    sheet: str,
    columns: Sequence[Column[Row]],
    rows: Iterable[Row],
    headers: Sequence[str] | None = None,
) -> int:
    """Typed cells of ``rows`` under the exported columns (``headers``: translated ones; default
    the source words), streamed through the one writer; returns the number of rows."""
    cols = [c for c in columns if c.export]
    return write_table(
        path,
        sheet,
        list(headers) if headers is not None else [c.header for c in cols],
        ([c.cell(r) for c in cols] for r in rows),
        [c.width for c in cols],
    )
