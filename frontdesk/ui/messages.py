"""Words for the codes services return. Every sentence the user reads about an error is here.

The tables hold source texts marked with QT_TRANSLATE_NOOP (so pyside6-lupdate finds them);
they are translated when shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.services.errors import ServiceError, ValidationError

_FIELD = {
    "required": QT_TRANSLATE_NOOP("messages", "必填"),
    "too_long": QT_TRANSLATE_NOOP("messages", "最多 {max} 个字（现在 {length} 个字），请删减后再保存"),
    "control_chars": QT_TRANSLATE_NOOP("messages", "含有不可见的控制字符，请删除后再保存"),
    "emoji_not_allowed": QT_TRANSLATE_NOOP("messages", "不能包含表情符号"),
    "bad_name": QT_TRANSLATE_NOOP("messages", "姓名只能包含汉字、字母、间隔号和空格"),
    "bad_phone": QT_TRANSLATE_NOOP("messages", "电话号码格式不正确（手机 11 位，座机请带区号）"),
    "bad_id_format": QT_TRANSLATE_NOOP("messages", "身份证号应为 18 位（末位可为 X）或旧版 15 位"),
    "bad_id_check": QT_TRANSLATE_NOOP("messages", "身份证号校验位不正确，请核对"),
    "bad_id_birthdate": QT_TRANSLATE_NOOP("messages", "身份证号中的出生日期无效"),
    "bad_plate": QT_TRANSLATE_NOOP("messages", "车牌号“{plate}”格式不正确，例如 粤B12345"),
    "room_unknown": QT_TRANSLATE_NOOP("messages", "找不到房号“{room}”，请核对楼栋-单元-房号"),
    "room_ambiguous": QT_TRANSLATE_NOOP("messages", "房号“{room}”对应多个房间，请写完整（如 3-2-1502）"),
    "password_too_short": QT_TRANSLATE_NOOP("messages", "密码至少 {min} 位"),
    "bad_username": QT_TRANSLATE_NOOP("messages", "登录名只能用 2–30 位字母、数字、点、横线或下划线"),
    "username_taken": QT_TRANSLATE_NOOP("messages", "登录名已被使用"),
    "forbidden_role": QT_TRANSLATE_NOOP("messages", "无权设置此角色"),
    "invalid": QT_TRANSLATE_NOOP("messages", "取值无效"),
    "passwords_differ": QT_TRANSLATE_NOOP("messages", "两次输入的密码不一致"),
    "bad_date": QT_TRANSLATE_NOOP("messages", "日期无效"),
    "date_in_past": QT_TRANSLATE_NOOP("messages", "日期不能早于今天"),
    "date_order": QT_TRANSLATE_NOOP("messages", "结束时间不能早于开始时间"),
    "bad_number": QT_TRANSLATE_NOOP("messages", "请输入有效的数字"),
    # import: why a line was rejected
    "bad_characters": QT_TRANSLATE_NOOP(
        "messages", "含有无法识别的字符（文件可能已损坏，或不是 UTF-8 / GBK 编码）"),
    "bad_building": QT_TRANSLATE_NOOP("messages", "“{value}”无法识别（应为数字或字母，如 3 或 A）"),
    "bad_unit": QT_TRANSLATE_NOOP("messages", "“{value}”无法识别（应为数字，如 2）"),
    "bad_room": QT_TRANSLATE_NOOP("messages", "“{value}”无法识别（如 1502）"),
    "import_room_unclear": QT_TRANSLATE_NOOP(
        "messages", "房号“{room}”不完整：请写成 楼栋-单元-房号（如 3-2-1502），或分列填写楼栋、单元、房号"),
    "import_bad_status": QT_TRANSLATE_NOOP(
        "messages", "“{value}”无效，应为 未交付、已交房、装修中 或 已入住"),
    "import_bad_kind": QT_TRANSLATE_NOOP("messages", "“{value}”无效，应为 业主、租户 或 家属"),
    "import_bad_gender": QT_TRANSLATE_NOOP("messages", "“{value}”无效，应为 男 或 女"),
    "import_duplicate": QT_TRANSLATE_NOOP("messages", "与第 {line} 行重复（同一房间同名住户）"),
    "import_extra_cells": QT_TRANSLATE_NOOP("messages", "这一行比表头多出内容（可能有多余的逗号）"),
    "import_status_conflict": QT_TRANSLATE_NOOP("messages", "“{value}”与第 {line} 行的“{other}”矛盾"),
}

_ERROR = {
    "conflict": QT_TRANSLATE_NOOP(
        "messages", "此记录已被其他人修改。您的输入仍保留在表单中；请点“重新载入”查看最新内容后再保存。"),
    "forbidden": QT_TRANSLATE_NOOP("messages", "您的角色无权执行此操作。"),
    "not_found": QT_TRANSLATE_NOOP("messages", "记录不存在或已被删除。"),
    "invalid_transition": QT_TRANSLATE_NOOP("messages", "当前状态下不能执行此操作。"),
    "auth_failed": QT_TRANSLATE_NOOP("messages", "登录名或密码不正确。"),
    "already_initialised": QT_TRANSLATE_NOOP("messages", "已经创建过主管账号。"),
    "cannot_deactivate_self": QT_TRANSLATE_NOOP("messages", "不能停用自己的账号。"),
    "demo_not_empty": QT_TRANSLATE_NOOP("messages", "数据库中已有楼盘数据，演示数据只能载入空数据库。"),
    "import_nothing": QT_TRANSLATE_NOOP("messages", "没有可以导入的行。"),
    # import: the file as a whole
    "import_empty": QT_TRANSLATE_NOOP("messages", "文件是空的。"),
    "import_unreadable": QT_TRANSLATE_NOOP(
        "messages",
        "无法读取这个文件：它已损坏，或不是 CSV / Excel（.xlsx）文件。"
        "请在 Excel 中重新保存后再试。"),
    "import_xls": QT_TRANSLATE_NOOP(
        "messages",
        "这是旧版 Excel（.xls）文件。"
        "请在 Excel 中“另存为”Excel 工作簿（.xlsx）或 CSV 后再导入。"),
    "import_no_header": QT_TRANSLATE_NOOP(
        "messages", "找不到表头：文件前几行中应有“房号”列，以及 {expected} 等列。"),
    "import_no_project": QT_TRANSLATE_NOOP(
        "messages", "文件中没有“项目”列：请在上方选择这些房间所属的项目。"),
    "import_too_large": QT_TRANSLATE_NOOP("messages", "文件太大（超过 {max_mb} MB）。请分成几个文件导入。"),
    "import_too_many_rows": QT_TRANSLATE_NOOP("messages", "文件超过 {max} 行。请分成几个文件导入。"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def field_message(code: str, params: dict[str, Any] | None = None) -> str:
    """The sentence shown next to a field for a validation code."""
    p = params or {}
    source = _FIELD.get(code)
    text = _t(source) if source else _t("输入有误（{code}）")
    try:
        return text.format(code=code, **p)
    except (KeyError, IndexError):
        return text


def error_message(exc: ServiceError) -> str:
    """A one-line sentence for a service error shown in a message box or banner."""
    if isinstance(exc, ValidationError):
        return _t("请修改标出的内容后再保存。")
    source = _ERROR.get(exc.code)
    text = _t(source) if source else _t("操作失败（{code}）")
    try:
        return text.format(code=exc.code, **exc.params)
    except (KeyError, IndexError):
        return text


# lupdate does not see texts passed through _t(); these are listed here so it does
QT_TRANSLATE_NOOP("messages", "输入有误（{code}）")
QT_TRANSLATE_NOOP("messages", "请修改标出的内容后再保存。")
QT_TRANSLATE_NOOP("messages", "操作失败（{code}）")
