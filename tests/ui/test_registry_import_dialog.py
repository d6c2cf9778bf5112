"""The import dialog: preview with every rejected line and its reason, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from frontdesk.ui.registry.import_dialog import RegistryImportDialog
from frontdesk.ui.registry.tab import RegistryTab

CSV = (
    "项目,楼栋,单元,房号,房屋状态,姓名,手机,身份证号\n"
    "新城花园,1,1,101,已入住,陈一,13712345678,11010519491231002X\n"
    "新城花园,1,1,102,住着,陈二,,\n"
    "新城花园,1,1,103,已入住,陈三,1371234,\n"
    "新城花园,1,1,104,已入住,陈四,,110105194912310021\n"
    "新城花园,1,1,105,未交付,,,\n"
)


def _dialog(qtbot, make_ctx, user) -> RegistryImportDialog:  # type: ignore[no-untyped-def]
    dlg = RegistryImportDialog(make_ctx(user))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_preview_then_import(qtbot, make_ctx, services, supervisor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "业户.csv"
    path.write_bytes(CSV.encode("gbk"))
    tab = RegistryTab(make_ctx(supervisor))
    qtbot.addWidget(tab)
    dlg = RegistryImportDialog(tab.ctx, parent=tab)
    dlg.show()
    dlg.path.setText(str(path))
    qtbot.mouseClick(dlg.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=10_000)
    assert "GBK" in dlg.summary.text() and "2 行可以导入，3 行有问题不会导入" in dlg.summary.text()
    assert dlg.tabs.tabText(0) == "有问题的行（3）"
    rejected = [(dlg.rejected_model.cell(i, 0), dlg.rejected_model.cell(i, 1)) for i in range(3)]
    assert rejected == [
        ("3", "房屋状态：“住着”无效，应为 未交付、已交房、装修中 或 已入住"),
        ("4", "手机：电话号码格式不正确：手机号应为 11 位，现在是 7 位"),
        ("5", "身份证号：身份证号校验位不正确，请核对"),
    ]
    assert dlg.import_button.text() == "导入 2 行（跳过 3 行有问题的）"
    report = tmp_path / "问题.csv"
    dlg.save_report(str(report))
    assert "身份证号校验位不正确" in report.read_text(encoding="utf-8-sig")
    assert services.registry.find(supervisor, "1-1-101") == []  # nothing written by the preview
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10_000)
    assert dlg.summary.text().startswith("导入完成：新增 1 个项目、2 个房间、1 位住户")
    assert [r.code for r in services.registry.find(supervisor, "陈一")] == ["1-1-101"]
    # the tab heard about it and shows the new project
    names = [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]
    assert names == ["新城花园"]


def test_broken_file_is_explained_and_path_kept(qtbot, make_ctx, supervisor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "坏.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    dlg = _dialog(qtbot, make_ctx, supervisor)
    dlg.path.setText(str(path))
    dlg.on_check_clicked()
    qtbot.waitUntil(lambda: dlg.file_error.isVisible(), timeout=10_000)
    assert dlg.file_error.text().startswith("无法读取这个文件")
    assert dlg.path.text() == str(path) and not dlg.import_button.isEnabled()
    dlg.path.setText(str(tmp_path / "nothing-here.csv"))
    dlg.on_check_clicked()
    assert dlg.file_error.text().startswith("找不到文件")


def test_missing_project_column_asks_for_the_project(qtbot, make_ctx, supervisor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rooms.csv"
    path.write_text("房号,姓名\n3-2-1502,张三\n", encoding="utf-8-sig")
    dlg = _dialog(qtbot, make_ctx, supervisor)
    dlg.path.setText(str(path))
    dlg.on_check_clicked()
    qtbot.waitUntil(lambda: dlg.file_error.isVisible(), timeout=10_000)
    assert "没有“项目”列" in dlg.file_error.text()
    dlg.project.setEditText("肯彤名邸")
    dlg.on_check_clicked()
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=10_000)
    assert dlg.accepted_model.cell(0, 1) == "肯彤名邸" and dlg.accepted_model.cell(0, 2) == "3-2-1502"
