"""Writing a table to an .xlsx file for the supervisor (header row, widths, filter, frozen header).

Runs in a worker thread (ui.worker.run_in_background): plain strings in, a file out, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def write_table(
    path: Path,
    sheet: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[int] | None = None,
) -> int:
    """Write ``rows`` under ``headers``; returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = sheet[:31]
    ws.append(list(headers))
    head_font = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="F3F4F6")
    for cell in ws[1]:
        cell.font = head_font
        cell.fill = head_fill
        cell.alignment = Alignment(vertical="center")
    n = 0
    for n, row in enumerate(rows, start=1):
        for j, value in enumerate(row, start=1):
            cell = ws.cell(row=n + 1, column=j, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text typed at the counter, never a formula
    for i, h in enumerate(headers, start=1):
        width = widths[i - 1] if widths and i - 1 < len(widths) else max(8, min(40, len(str(h)) * 2 + 4))
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    if n:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{n + 1}"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)  # never a half-written file under the real name
    return n
