"""The registry's file format: the columns (Chinese headers and the other headers accepted on
import) and reading a CSV or xlsx file into lines of text.

The file a property company already keeps: one line per occupant (a room with nobody in it has
one line with the occupant columns empty), Chinese headers, saved by Excel as CSV (UTF-8 with or
without BOM, or GBK) or as xlsx. The export (:mod:`.export`) writes the same columns, so an
export can be imported again.
"""

from __future__ import annotations

from pathlib import Path

from frontdesk.services.core.features import Vocabulary
from frontdesk.services.core.table_files import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportFileError,
    find_header,
    header_index,
)
from frontdesk.services.core.table_files import read_table as read_table_file
from frontdesk.services.registry.service import ROOM_STATUSES

__all__ = ["MAX_FILE_BYTES", "MAX_ROWS", "ImportFileError", "read_table"]

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


_HEADER_INDEX: dict[str, str] = header_index(COLUMNS)


def _find_header(rows: list[list[str]]) -> tuple[int, dict[int, str]] | None:
    """The first line (within the first few) that names at least a room column and one other."""
    return find_header(rows, _HEADER_INDEX, "room")


def read_table(path: Path) -> tuple[list[list[str]], str]:
    """The lines of a CSV or xlsx file as lists of strings, and its format."""
    return read_table_file(path, lambda rows: _find_header(rows) is not None)
