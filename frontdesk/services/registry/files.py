"""The registry's file format: the columns (Chinese headers and the other headers accepted on
import) and reading a CSV or xlsx file into lines of text.

The file a property company already keeps: one line per occupant (a room with nobody in it has
one line with the occupant columns empty), Chinese headers, saved by Excel as CSV (UTF-8 with or
without BOM, or GBK) or as xlsx. The export (:mod:`.export`) writes the same columns, so an
export can be imported again.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from frontdesk.services.core.features import Vocabulary
from frontdesk.services.errors import ServiceError
from frontdesk.services.registry.service import ROOM_STATUSES

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_ROWS = 50_000
HEADER_SCAN_ROWS = 15

#: The columns, in export order: (field, header written on export, other headers accepted on import)
COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("project", "项目", ("项目名称", "小区", "小区名称", "楼盘", "管理处")),
    ("building", "楼栋", ("栋", "楼号", "栋号", "楼栋号", "幢", "幢号", "座")),
    ("unit", "单元", ("单元号",)),
    ("room", "房号", ("房间号", "房号号码", "房屋编号", "房间", "门牌号", "室号", "房屋")),
    ("floor", "楼层", ("层", "所在楼层")),
    ("area", "面积", ("建筑面积", "面积㎡", "面积m2", "建筑面积㎡")),
    ("status", "房屋状态", ("状态", "房间状态")),
    ("kind", "身份", ("业户类型", "住户类型", "类型", "关系", "与业主关系", "人员类型")),
    ("name", "姓名", ("业主姓名", "住户姓名", "客户姓名", "业户姓名", "业主", "名字")),
    ("gender", "性别", ()),
    ("phone", "手机", ("电话", "联系电话", "手机号", "手机号码", "联系方式")),
    ("phone2", "备用电话", ("电话2", "其他电话", "固定电话", "座机", "备用手机")),
    ("id_number", "身份证号", ("身份证", "身份证号码", "证件号码", "证件号")),
    ("plates", "车牌", ("车牌号", "车牌号码")),
    ("notes", "备注", ("说明",)),
)
FIELDS = tuple(c[0] for c in COLUMNS)
HEADERS = tuple(c[1] for c in COLUMNS)
OCCUPANT_FIELDS = ("kind", "name", "gender", "phone", "phone2", "id_number", "plates", "notes")

_KINDS = {
    "业主": "owner",
    "产权人": "owner",
    "户主": "owner",
    "owner": "owner",
    "共有人": "owner",
    "租户": "tenant",
    "租客": "tenant",
    "承租人": "tenant",
    "tenant": "tenant",
    "家属": "family",
    "家庭成员": "family",
    "成员": "family",
    "配偶": "family",
    "子女": "family",
    "父母": "family",
    "亲属": "family",
    "family": "family",
}
KIND_LABELS = {"owner": "业主", "tenant": "租户", "family": "家属"}
_GENDERS = {"男": "M", "m": "M", "male": "M", "女": "F", "f": "F", "female": "F"}
GENDER_LABELS = {"M": "男", "F": "女"}

#: the words of the registry: room states (the codes are the Chinese words themselves), occupant
#: kinds and genders; the export writes them and the import reads them back
VOCABULARY = Vocabulary(
    "Rooms",
    "房屋",
    states={s: s for s in ROOM_STATUSES},
    labels={"kind": KIND_LABELS, "gender": GENDER_LABELS},
)


class ImportFileError(ServiceError):
    """The file as a whole cannot be read: ``code`` says why (the UI words it)."""

    code = "import_unreadable"


# --- reading files ----------------------------------------------------------------------------


def _norm_header(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "").strip().lower()
    t = re.sub(r"[\(\[（【].*?[\)\]）】]", "", t)  # 面积（㎡） → 面积
    return re.sub(r"[\s*:：]", "", t)


_HEADER_INDEX: dict[str, str] = {}
for _f, _h, _aliases in COLUMNS:
    for _name in (_h, *_aliases):
        _HEADER_INDEX[_norm_header(_name)] = _f


def _cell_text(value: Any) -> str:
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


def _decode(data: bytes) -> tuple[str, str]:
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
    text, enc = _decode(data)
    text = text.replace("\x00", "\ufffd")
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    return rows, enc


def _read_xlsx(path: Path) -> list[list[str]]:
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
                    rows.append([_cell_text(v) for v in r])
                    if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                        raise ImportFileError("import_too_many_rows", max=MAX_ROWS)
            except ImportFileError:
                raise
            except Exception as exc:  # a damaged sheet inside a readable zip
                raise ImportFileError("import_unreadable", detail=str(exc)) from exc
            if _find_header(rows) is not None:
                return rows
            best = best or rows
        return best
    finally:
        wb.close()


def _find_header(rows: list[list[str]]) -> tuple[int, dict[int, str]] | None:
    """The first line (within the first few) that names at least a room column and one other."""
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping: dict[int, str] = {}
        for j, cell in enumerate(row):
            f = _HEADER_INDEX.get(_norm_header(cell))
            if f is not None and f not in mapping.values():
                mapping[j] = f
        if "room" in mapping.values() and len(mapping) >= 2:
            return i, mapping
    return None


def read_table(path: Path) -> tuple[list[list[str]], str]:
    """The lines of a CSV or xlsx file as lists of strings, and its format."""
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
        return _read_xlsx(path), "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # an old .xls renamed
        raise ImportFileError("import_xls")
    try:
        rows, enc = _read_csv(path.read_bytes())
    except csv.Error as exc:
        raise ImportFileError("import_unreadable", detail=str(exc)) from exc
    if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ImportFileError("import_too_many_rows", max=MAX_ROWS)
    return rows, enc
