"""The one xlsx writer: a header row, typed cells, widths, a filter and a frozen header.

Every export goes through here (column specs: :mod:`frontdesk.services.core.columns`), so
every export gets the same guard: text typed at the counter is written as text, never as a
formula. A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
stored as a string with Excel's quote prefix, so neither opening nor editing the cell runs it
(a ``=HYPERLINK(...)`` typed into a call's content stays words). Numbers, amounts and dates
stay typed. No Qt: runs in a worker thread."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from frontdesk.services.core.columns import Column

Row = TypeVar("Row")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
ILLEGAL = {c: " " for c in range(32) if c not in (9, 10, 13)}  # control characters xlsx cannot hold


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def _cell(ws: Any, value: object, *, header: bool = False) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    if isinstance(value, str):
        value = value.translate(ILLEGAL)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never "f": text is text, whatever it starts with
        if "\n" in value or len(value) > 40:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if is_formula_like(value):
            if cell.alignment is None or not cell.has_style:
                cell.alignment = Alignment(vertical="top")  # its own style record, to carry the prefix
            cell._style.quotePrefix = 1  # no public setter in openpyxl; Excel then keeps it text on edit
    elif isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = MONEY_FORMAT
    if header:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F3F4F6")
    return cell


def _discard(wb: Any) -> None:
    """Finish a write-only workbook that will not be saved: its sheets' row writers and their
    temporary files are closed now, not later by the garbage collector with a warning."""
    for ws in wb.worksheets:
        try:
            ws.close()
        except Exception:  # noqa: S110 - already failing; the first error is the one to report
            pass
    wb.close()


def write_table(
    path: Path,
    sheet: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[int] | None = None,
) -> int:
    """Write ``rows`` (any iterable: streamed, so a million rows need little memory) under
    ``headers`` to ``path``, atomically; returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb = Workbook(write_only=True)
    n = 0
    try:
        ws = wb.create_sheet(sheet[:31])
        for i, h in enumerate(headers, start=1):
            width = widths[i - 1] if widths and i - 1 < len(widths) else max(8, min(40, len(str(h)) * 2 + 4))
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        ws.append([_cell(ws, h, header=True) for h in headers])
        for row in rows:
            ws.append([_cell(ws, v) for v in row])
            n += 1
        if n:
            ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(headers)))}{n + 1}"
        wb.save(tmp)
        tmp.replace(path)  # never a half-written file under the real name
    except BaseException:
        _discard(wb)
        tmp.unlink(missing_ok=True)
        raise
    return n


def write_columns(
    path: Path,
    sheet: str,
    columns: Sequence[Column[Row]],
    rows: Iterable[Row],
    headers: Sequence[str] | None = None,
) -> int:
    """Rows through their column specs: typed cells of the exported columns under ``headers``
    (translated ones; default the Chinese source words), streamed; returns the number of rows."""
    cols = [c for c in columns if c.export]
    return write_table(
        path,
        sheet,
        list(headers) if headers is not None else [c.header for c in cols],
        ([c.cell(r) for c in cols] for r in rows),
        [c.width for c in cols],
    )
