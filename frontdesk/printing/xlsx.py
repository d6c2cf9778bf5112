"""The one xlsx writer: a header row, typed cells, widths, a filter and a frozen header.

Every export goes through here (column specs: :mod:`frontdesk.services.core.columns`), so
every export gets the same guard: text typed at the counter is written as text, never as a
formula. A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
stored as a string with Excel's quote prefix, so neither opening nor editing the cell runs it
(a ``=HYPERLINK(...)`` typed into a call's content stays words). Numbers, amounts and dates
stay typed. No Qt: runs in a worker thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
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


def _save(path: Path, sheet: str, fill: Callable[[Any], int]) -> int:
    """Make a write-only workbook with one sheet, let ``fill`` write it, and save it atomically
    (never a half-written file under the real name); returns what ``fill`` returns."""
    from openpyxl import Workbook

    from frontdesk.services.errors import ExportError

    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    wb = Workbook(write_only=True)
    try:
        n = fill(wb.create_sheet(sheet[:31]))
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(tmp)
        tmp.replace(path)
    except BaseException as exc:
        _discard(wb)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(exc, OSError):  # a folder that is gone or read-only, a full disk: said in words
            raise ExportError("export_failed", path=str(path), detail=exc.strerror or str(exc)) from exc
        raise
    return n


def _widths(ws: Any, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def write_table(
    path: Path,
    sheet: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[int] | None = None,
) -> int:
    """Write ``rows`` (any iterable: streamed, so a million rows need little memory) under
    ``headers`` to ``path``, atomically; returns the number of rows written."""
    from openpyxl.utils import get_column_letter

    def fill(ws: Any) -> int:
        _widths(
            ws,
            [widths[i] if widths and i < len(widths) else max(8, min(40, len(str(h)) * 2 + 4)) for i, h in enumerate(headers)],
        )
        ws.freeze_panes = "A2"
        ws.append([_cell(ws, h, header=True) for h in headers])
        n = 0
        for row in rows:
            ws.append([_cell(ws, v) for v in row])
            n += 1
        if n:
            ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(headers)))}{n + 1}"
        return n

    return _save(path, sheet, fill)


@dataclass(frozen=True)
class ReportTable:
    """One ruled table of a report: a header row and its rows; ``total`` sets the last row bold
    (a 合计 line). The first column is the row's label, the others are centred."""

    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    total: bool = False
    #: number formats by column index, for numbers that are not counts (``"0%"``, ``"0.0"``)
    formats: Mapping[int, str] = field(default_factory=dict)


def write_report(
    path: Path,
    sheet: str,
    *,
    title: str,
    subtitle: str,
    tables: Sequence[ReportTable],
    notes: Sequence[str],
    widths: Sequence[float],
) -> None:
    """A titled report on one A4 landscape sheet (the monthly 顾客投诉分类统计表): the title
    (large, bold, centred) and the subtitle, each merged across the table's width; then the
    tables, a blank row apart; then the notes, merged across and wrapped. Every cell goes
    through the same ``_cell`` as the lists, so text a user named (a category called ``=1+1``)
    stays text and numbers stay numbers."""
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.cell_range import CellRange
    from openpyxl.worksheet.worksheet import Worksheet

    ncols = max(len(t.headers) for t in tables)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def fill(ws: Any) -> int:
        row = 0

        def line(cells: list[Any], *, merged: bool = False, height: float | None = None) -> None:
            nonlocal row
            row += 1
            ws.append(cells)
            if merged:
                ws.merged_cells.add(CellRange(min_col=1, min_row=row, max_col=ncols, max_row=row))
            if height is not None:
                ws.row_dimensions[row].height = height

        def ruled(value: object, alignment: Alignment, *, header: bool = False, bold: bool = False) -> Any:
            cell = _cell(ws, value, header=header)
            cell.border = border
            cell.alignment = alignment
            if bold:
                cell.font = Font(bold=True)
            return cell

        # one page wide, as many tall as it takes: Excel reads fitToWidth only with fitToPage set,
        # which a write-only sheet writes with its first row
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        _widths(ws, widths)
        heading = _cell(ws, title)
        heading.font = Font(bold=True, size=14)
        heading.alignment = center
        line([heading], merged=True)
        line([_cell(ws, subtitle)], merged=True)
        for table in tables:
            line([])
            line([ruled(h, center, header=True) for h in table.headers])
            for i, values in enumerate(table.rows):
                bold = table.total and i == len(table.rows) - 1
                cells = [ruled(v, center if col else Alignment(vertical="center"), bold=bold) for col, v in enumerate(values)]
                for col, fmt in table.formats.items():
                    if col < len(cells) and isinstance(values[col], int | float | Decimal):
                        cells[col].number_format = fmt
                line(cells)
        line([])
        for text in notes:
            note = _cell(ws, text)
            note.alignment = Alignment(wrap_text=True, vertical="top")
            line([note], merged=True, height=32)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        return row

    _save(path, sheet, fill)


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
