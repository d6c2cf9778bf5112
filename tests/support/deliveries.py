"""A delivery for tests: 滨江新城 building 8, units 1–2, floors 1–25 (50 rooms, 未交付), made
through the registry import; and the developer's list of its buyers as xlsx, with one bad line
(an ID number whose check digit is wrong) that the import must reject."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser

PROJECT = "滨江新城"
BAD_LINE = 27  # Excel's line number of the bad line (header is line 1)
BAD_ID = "110105194912310021"  # the right check digit is X


SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦"


def rooms() -> list[str]:
    return [f"8-{u}-{f}01" for u in (1, 2) for f in range(1, 26)]


def make_rooms(services: Services, supervisor: CurrentUser, folder: Path) -> None:
    path = folder / "rooms.csv"
    lines = ["项目,楼栋,单元,房号,房屋状态"] + [f"{PROJECT},8,{c.split('-')[1]},{c.split('-')[2]},未交付" for c in rooms()]
    path.write_text("\n".join(lines), encoding="utf-8")
    services.registry_io.commit(supervisor, services.registry_io.preview(supervisor, path))


def buyer(i: int) -> tuple[str, str, str]:
    """The i-th buyer: name, phone, a valid ID number."""
    from frontdesk.services.validation import clean_id_number

    stem = f"11010519800101{i:03d}"
    for check in "0123456789X":
        try:
            number = clean_id_number(stem + check)
        except Exception:
            continue
        if number:
            return SURNAMES[i - 1] + "晓明", f"139{i:08d}", number
    raise AssertionError(stem)


def developer_list(folder: Path) -> Path:
    """The developer's list: 50 good lines and, at line ``BAD_LINE``, a bad ID number."""
    wb = Workbook()
    ws = wb.active
    ws.append(["房号", "买受人", "联系电话", "身份证号"])
    codes = rooms()
    for i, code in enumerate(codes, start=1):
        if i + 1 == BAD_LINE:
            ws.append([code, "错行", "13900000000", BAD_ID])
        name, phone, id_number = buyer(i)
        ws.append([code, name, phone, id_number])
    path = folder / "交付名单.xlsx"
    wb.save(path)
    return path
