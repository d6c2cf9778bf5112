"""Reading a spreadsheet someone hands in (CSV or xlsx) into lines of text, finding its header
line, and saying which lines were rejected and why: the pieces every import shares (the
registry's rooms and occupants, a developer's delivery list).

An import is two calls in its feature: a preview that reads and checks every line (each rejected
one as a :class:`RejectedRow` with its :class:`RowProblem` s) and a commit that writes the
accepted lines in one transaction. The file is read here: Excel's CSV (UTF-8 with or without
BOM, GBK, UTF-16) or xlsx (the first sheet whose header a feature recognises).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any

from frontdesk.services.errors import ServiceError

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_ROWS = 50_000
HEADER_SCAN_ROWS = 15


class ImportFileError(ServiceError):
    """The file as a whole cannot be read: ``code`` says why (the UI words it)."""

    code = "import_unreadable"


@dataclass(frozen=True)
class RowProblem:
    """Why one cell (``field``; empty for the whole line) of a line was refused: an error code
    the UI words (``ui/common/messages.field_message``) with its parameters."""

    field: str
    code: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)


@dataclass(frozen=True)
class RejectedRow:
    line: int  # as Excel numbers it: 1 is the first line of the file
    cells: tuple[str, ...]  # what the line held, in the file's own column order
    problems: tuple[RowProblem, ...]


def norm_header(text: str) -> str:
    """A header cell as compared with the known headers: 面积（㎡） → 面积, no spaces or colons."""
    t = unicodedata.normalize("NFKC", text or "").strip().lower()
    t = re.sub(r"[\(\[（【].*?[\)\]）】]", "", t)  # 面积（㎡） → 面积
    return re.sub(r"[\s*:：]", "", t)


def header_index(columns: Iterable[tuple[str, str, tuple[str, ...]]]) -> dict[str, str]:
    """Normalised header → field, from ``(field, header, other accepted headers)`` columns."""
    out: dict[str, str] = {}
    for f, h, aliases in columns:
        for name in (h, *aliases):
            out[norm_header(name)] = f
    return out


def find_header(rows: list[list[str]], index: Mapping[str, str], key: str) -> tuple[int, dict[int, str]] | None:
    """The first line (within the first few) that names the ``key`` column and one other known
    column: its position and which field each of its columns holds."""
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping: dict[int, str] = {}
        for j, cell in enumerate(row):
            f = index.get(norm_header(cell))
            if f is not None and f not in mapping.values():
                mapping[j] = f
        if key in mapping.values() and len(mapping) >= 2:
            return i, mapping
    return None


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person sees (integers without '.0')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the name of its encoding. Excel in China saves CSV as GBK ("CSV (逗号分隔)")
    or UTF-8 with a BOM ("CSV UTF-8"); "Unicode 文本" is UTF-16. A file that is neither is decoded
    with replacement characters, and the lines holding them are rejected one by one."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GBK"
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="replace")
    as_gbk = data.decode("gb18030", errors="replace")
    if as_gbk.count("\ufffd") < as_utf8.count("\ufffd"):
        return as_gbk, "GBK"
    return as_utf8, "UTF-8"


def _read_csv(data: bytes) -> tuple[list[list[str]], str]:
    text, enc = decode(data)
    text = text.replace("\x00", "\ufffd")
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    return rows, enc


def _read_xlsx(path: Path, has_header: Callable[[list[list[str]]], bool]) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ImportFileError("import_unreadable", detail=str(exc)) from exc
    try:
        best: list[list[str]] = []
        for ws in wb.worksheets:
            rows: list[list[str]] = []
            try:
                for r in ws.iter_rows(values_only=True):
                    rows.append([cell_text(v) for v in r])
                    if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                        raise ImportFileError("import_too_many_rows", max=MAX_ROWS)
            except ImportFileError:
                raise
            except Exception as exc:  # a damaged sheet inside a readable zip
                raise ImportFileError("import_unreadable", detail=str(exc)) from exc
            if has_header(rows):
                return rows
            best = best or rows
        return best
    finally:
        wb.close()


def read_table(path: Path, has_header: Callable[[list[list[str]]], bool]) -> tuple[list[list[str]], str]:
    """The lines of a CSV or xlsx file as lists of strings, and its format. Of an xlsx workbook,
    the first sheet for which ``has_header`` is true (else the first sheet)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError("import_unreadable", detail=str(exc)) from exc
    if size == 0:
        raise ImportFileError("import_empty")
    if size > MAX_FILE_BYTES:
        raise ImportFileError("import_too_large", max_mb=MAX_FILE_BYTES // (1024 * 1024))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError("import_xls")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, has_header), "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # an old .xls renamed
        raise ImportFileError("import_xls")
    try:
        rows, enc = _read_csv(path.read_bytes())
    except csv.Error as exc:
        raise ImportFileError("import_unreadable", detail=str(exc)) from exc
    if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ImportFileError("import_too_many_rows", max=MAX_ROWS)
    return rows, enc
