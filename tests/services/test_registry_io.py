"""Importing and exporting rooms and occupants: encodings, xlsx, rejected lines, all-or-nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frontdesk.db import Database
from frontdesk.models import AuditEvent, Occupant, Room
from frontdesk.services.container import Services, build_services
from frontdesk.services.errors import PermissionDenied
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.registry.files import ImportFileError

GOOD = [
    [
        "项目",
        "楼栋",
        "单元",
        "房号",
        "面积",
        "房屋状态",
        "身份",
        "姓名",
        "性别",
        "手机",
        "身份证号",
        "车牌",
        "备注",
    ],
    [
        "肯彤名邸",
        "5",
        "1",
        "101",
        "89.5",
        "已入住",
        "业主",
        "周杰",
        "男",
        "13712345678",
        "11010519491231002X",
        "粤B12345",
        "",
    ],
    [
        "肯彤名邸",
        "5",
        "1",
        "101",
        "89.5",
        "已入住",
        "家属",
        "吴敏",
        "女",
        "13712345679",
        "",
        "",
        "二楼钥匙在前台",
    ],
    ["肯彤名邸", "5", "1", "102", "", "未交付", "", "", "", "", "", "", ""],
    [
        "瀚科大厦",
        "A",
        "",
        "1203",
        "118.6",
        "装修中",
        "租户",
        "郑州",
        "",
        "0755-86123456",
        "",
        "",
        "单位：某公司",
    ],
]


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    import csv

    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.mark.parametrize("kind", ["utf-8", "utf-8-sig", "gbk", "xlsx"])
def test_import_the_same_table_from_each_format(services: Services, supervisor: CurrentUser, tmp_path: Path, kind: str) -> None:
    path = _xlsx(tmp_path / "in.xlsx", GOOD) if kind == "xlsx" else _csv(tmp_path / "in.csv", GOOD, kind)
    pv = services.registry_io.preview(supervisor, path)
    assert pv.rejected == ()
    assert pv.file_format == {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "gbk": "GBK", "xlsx": "xlsx"}[kind]
    assert (pv.new_projects, pv.new_rooms, pv.new_occupants) == (2, 3, 3)
    res = services.registry_io.commit(supervisor, pv)
    assert (res.new_rooms, res.new_occupants, res.skipped) == (3, 3, 0)
    rows = services.registry.find(supervisor, "5-1-101")
    assert [(r.code, r.owner_name, r.owner_phone, r.status, r.area) for r in rows] == [
        ("5-1-101", "周杰", "13712345678", "已入住", 89.5)
    ]
    office = services.registry.find(supervisor, "A座1203")
    assert office[0].code == "A-1-1203" and office[0].status == "装修中"  # no unit given: unit 1
    assert services.registry.find(supervisor, "5-1-102")[0].status == "未交付"
    detail = services.registry.room(supervisor, office[0].id)
    assert detail.occupants[0].kind == "tenant" and detail.occupants[0].phone == "075586123456"


def test_xlsx_numbers_and_title_rows(services: Services, supervisor: CurrentUser, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["肯彤名邸业户信息表（2026年11月）"],
        [],
        ["小区名称", "栋号", "单元号", "房间号", "建筑面积（㎡）", "业主姓名", "联系电话", "其他电话"],
        ["肯彤名邸", 6, 2, 1502, 128.7, "欧阳娜娜", 13912345678, None],
    ]
    pv = services.registry_io.preview(supervisor, _xlsx(tmp_path / "t.xlsx", rows))
    assert pv.rejected == () and len(pv.rows) == 1
    r = pv.rows[0]
    assert (r.line, r.code, r.area, r.floor, r.occupant["phone"]) == (4, "6-2-1502", 128.7, 15, "13912345678")  # type: ignore[index]


def test_room_spelled_in_one_column(services: Services, supervisor: CurrentUser, tmp_path: Path) -> None:
    rows = [
        ["房号", "姓名", "手机"],
        ["3栋2单元1502", "张三", "13512345678"],
        ["3#2-1501", "李四", ""],
        ["1502", "王五", ""],
    ]
    pv = services.registry_io.preview(supervisor, _csv(tmp_path / "r.csv", rows), default_project="肯彤名邸")
    assert [r.code for r in pv.rows] == ["3-2-1502", "3-2-1501"]
    assert [(x.line, x.problems[0].code) for x in pv.rejected] == [(4, "import_room_unclear")]
    with pytest.raises(ImportFileError) as info:
        services.registry_io.preview(supervisor, tmp_path / "r.csv")
    assert info.value.code == "import_no_project"


def test_every_bad_line_is_reported_and_nothing_else_lost(services: Services, supervisor: CurrentUser, tmp_path: Path) -> None:
    header = GOOD[0]
    base = ["肯彤名邸", "7", "1"]
    rows = [
        header,
        base + ["101", "", "已入住", "业主", "好人", "男", "13712340001", "", "", ""],  # 2 good
        base + ["102", "", "住着", "业主", "甲", "", "", "", "", ""],  # 3 status
        base + ["103", "", "", "业主", "乙", "", "1371234", "", "", ""],  # 4 phone
        base + ["104", "", "", "业主", "丙", "", "", "110105194912310021", "", ""],  # 5 ID check
        base + ["105", "", "", "业主", "丁😀", "", "", "", "", ""],  # 6 emoji
        base + ["106", "", "", "业主", "戊", "", "", "", "", "长" * 10_000],  # 7 notes
        base + ["107", "", "", "业主", "己\x07", "", "", "", "", ""],  # 8 control
        base + ["", "", "", "业主", "庚", "", "", "", "", ""],  # 9 no room
        base + ["101", "", "", "家属", "好人", "", "", "", "", ""],  # 10 duplicate
        base + ["108", "", "", "老板", "辛", "不详", "", "", "粤B1", ""],  # 11 kind, gender, plate
        base + ["109", "abc", "", "", "", "", "", "", "", "", "多出来的"],  # 12 area, extra
        base + ["101", "", "装修中", "", "", "", "", "", "", ""],  # 13 status conflict
    ]
    pv = services.registry_io.preview(supervisor, _csv(tmp_path / "bad.csv", rows))
    assert [r.line for r in pv.rows] == [2]
    got = {x.line: sorted(p.code for p in x.problems) for x in pv.rejected}
    assert got == {
        3: ["import_bad_status"],
        4: ["bad_phone"],
        5: ["bad_id_check"],
        6: ["emoji_not_allowed"],
        7: ["too_long"],
        8: ["control_chars"],
        9: ["required"],
        10: ["import_duplicate"],
        11: ["bad_plate", "import_bad_gender", "import_bad_kind"],
        12: ["bad_number", "import_extra_cells"],
        13: ["import_status_conflict"],
    }
    assert pv.rejected[0].cells[5] == "住着"  # what the line held, for the report
    res = services.registry_io.commit(supervisor, pv)
    assert (res.new_rooms, res.new_occupants, res.skipped) == (1, 1, 11)


def test_half_broken_csv_rejects_only_the_broken_lines(services: Services, supervisor: CurrentUser, tmp_path: Path) -> None:
    good = "\r\n".join(
        ",".join(r)
        for r in [
            GOOD[0][:4] + ["姓名"],
            ["肯彤名邸", "8", "1", "101", "张三"],
            ["肯彤名邸", "8", "1", "102", "李四"],
        ]
    ).encode("gbk")
    broken = good + b"\r\n\xe8\x82\xaf\xff\xfe,8,1,103,\x80\x81\r\n\x00\x00\x00"
    path = tmp_path / "broken.csv"
    path.write_bytes(broken)
    pv = services.registry_io.preview(supervisor, path)
    assert [r.code for r in pv.rows] == ["8-1-101", "8-1-102"]
    assert [p.code for x in pv.rejected for p in x.problems][:1] == ["bad_characters"]


@pytest.mark.parametrize(
    "content,name,code",
    [
        (b"", "empty.csv", "import_empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "picture.csv", "import_no_header"),
        (b"PK\x03\x04" + b"\x00" * 100, "truncated.xlsx", "import_unreadable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.xls", "import_xls"),
        ("名称,数量\n桌子,1\n".encode(), "other.csv", "import_no_header"),
    ],
)
def test_files_that_cannot_be_read(
    services: Services, supervisor: CurrentUser, tmp_path: Path, content: bytes, name: str, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        services.registry_io.preview(supervisor, path)
    assert info.value.code == code


def test_truncated_real_xlsx(services: Services, supervisor: CurrentUser, tmp_path: Path) -> None:
    data = _xlsx(tmp_path / "ok.xlsx", GOOD).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFileError) as info:
        services.registry_io.preview(supervisor, path)
    assert info.value.code == "import_unreadable"


def test_all_or_nothing(services: Services, supervisor: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pv = services.registry_io.preview(supervisor, _csv(tmp_path / "in.csv", GOOD))
    from frontdesk.services.registry import importing as registry_io

    real = registry_io._apply

    def failing(s, *args, **kwargs):  # type: ignore[no-untyped-def]
        real(s, *args, **kwargs)  # everything is written in the transaction …
        raise OSError("disk full")  # … and then something fails before the commit

    monkeypatch.setattr(registry_io, "_apply", failing)
    with pytest.raises(OSError):
        services.registry_io.commit(supervisor, pv)
    with services.db.read() as s:
        assert s.scalar(select(func.count(Room.id))) == 0
        assert s.scalar(select(func.count(Occupant.id))) == 0
        assert s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.entity == "room")) == 0


def test_reimport_updates_and_versions(services: Services, supervisor: CurrentUser, tmp_path: Path) -> None:
    services.registry_io.commit(supervisor, services.registry_io.preview(supervisor, _csv(tmp_path / "a.csv", GOOD)))
    again = services.registry_io.preview(supervisor, _csv(tmp_path / "a.csv", GOOD))
    assert (again.new_rooms, again.new_occupants, again.updated_occupants, again.unchanged) == (0, 0, 0, 4)
    changed = [r[:] for r in GOOD]
    changed[1][9] = "13700000001"
    changed[3][5] = "已交房"
    pv = services.registry_io.preview(supervisor, _csv(tmp_path / "b.csv", changed))
    assert (pv.updated_rooms, pv.updated_occupants) == (1, 1)
    res = services.registry_io.commit(supervisor, pv)
    assert (res.updated_rooms, res.updated_occupants, res.new_occupants) == (1, 1, 0)
    room = services.registry.find(supervisor, "5-1-101")[0]
    owner = services.registry.room(supervisor, room.id).occupants[0]
    assert owner.phone == "13700000001" and owner.version == 2
    assert services.registry.find(supervisor, "5-1-102")[0].status == "已交房"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trip(
    services: Services,
    estate,
    supervisor: CurrentUser,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    _template_db: Path,
    suffix: str,
) -> None:
    first = tmp_path / f"first{suffix}"
    res = services.registry_io.export(supervisor, first)
    assert res.rooms == estate.rooms and not res.masked
    shutil.copyfile(_template_db, tmp_path / "other.db")
    other_db = Database(f"sqlite:///{(tmp_path / 'other.db').as_posix()}")
    try:
        other = build_services(other_db, services.clock)
        boss = other.staff.create_first_supervisor("另一主管", "boss2", "secret-boss")
        pv = other.registry_io.preview(boss, first)
        assert pv.rejected == ()
        other.registry_io.commit(boss, pv)
        second = tmp_path / f"second{suffix}"
        other.registry_io.export(boss, second)
    finally:
        other_db.dispose()
    from frontdesk.services.registry.files import read_table

    assert read_table(first)[0] == read_table(second)[0]
    if suffix == ".csv":
        assert first.read_bytes() == second.read_bytes()
        assert first.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with a BOM


def test_export_is_masked_for_the_counter_and_audited(
    services: Services,
    estate,
    receptionist: CurrentUser,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    res = services.registry_io.export(receptionist, tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert res.masked and "138****5678" in text and "13812345678" not in text
    assert "110105********002X" in text
    with services.db.read() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
        assert ev.after["masked"] is True and ev.actor_name == "李前台"
    with pytest.raises(PermissionDenied):
        services.registry_io.preview(receptionist, tmp_path / "out.csv")


def test_the_rooms_feature_exports_the_estate_through_the_one_writer(
    services: Services,
    estate,
    supervisor: CurrentUser,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from openpyxl import load_workbook

    from frontdesk.services.registry.feature import FEATURE
    from frontdesk.services.registry.files import HEADERS, read_table

    feature_service = FEATURE.build(FEATURE_ENV(services))
    assert FEATURE.export is not None
    n = FEATURE.export(feature_service, supervisor, tmp_path / "estate.xlsx")
    table, fmt = read_table(tmp_path / "estate.xlsx")
    assert fmt == "xlsx" and tuple(table[0]) == HEADERS and len(table) == n + 1
    ws = load_workbook(tmp_path / "estate.xlsx").worksheets[0]
    assert ws.freeze_panes == "A2" and ws["A1"].font.bold  # the one writer's header
    phone = HEADERS.index("手机") + 1
    phones = [ws.cell(r, phone) for r in range(2, n + 2) if ws.cell(r, phone).value]
    assert phones and all(c.data_type == "s" for c in phones)  # digits stay text


def FEATURE_ENV(services: Services):  # type: ignore[no-untyped-def]  # noqa: N802
    from frontdesk.services.core.features import FeatureEnv

    return FeatureEnv(services.db, services.clock, {"registry": services.registry})
