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
    "bad_phone": QT_TRANSLATE_NOOP("messages", "电话号码格式不正确"),
    "bad_image": QT_TRANSLATE_NOOP("messages", "不是可用的 PNG 或 JPG 图片，请换一张"),
    "image_too_large": QT_TRANSLATE_NOOP("messages", "图片太大（最大 {max} MB），请换一张较小的图片"),
    "bad_id_format": QT_TRANSLATE_NOOP("messages", "身份证号应为 18 位（末位可为 X）或旧版 15 位"),
    "bad_id_check": QT_TRANSLATE_NOOP("messages", "身份证号校验位不正确，请核对"),
    "bad_id_birthdate": QT_TRANSLATE_NOOP("messages", "身份证号中的出生日期无效"),
    "bad_plate": QT_TRANSLATE_NOOP("messages", "车牌号“{plate}”格式不正确，例如 粤B12345"),
    "room_unknown": QT_TRANSLATE_NOOP("messages", "找不到房号“{room}”，请核对楼栋-单元-房号"),
    "room_ambiguous": QT_TRANSLATE_NOOP("messages", "“{room}”在 {count} 个项目中都有，请先在左边选择项目"),
    # the same code when the spelling names several rooms of one project (e.g. "3-1502")
    "room_incomplete": QT_TRANSLATE_NOOP("messages", "房号“{room}”对应多个房间，请写完整（如 3-2-1502）"),
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
    # record kinds' declared fields (services.core.fields)
    "bad_money": QT_TRANSLATE_NOOP("messages", "金额应在 0 到 {max} 元之间"),
    "bad_money_places": QT_TRANSLATE_NOOP("messages", "金额最多两位小数（到分）"),
    "due_not_after_now": QT_TRANSLATE_NOOP("messages", "应还时间须晚于现在"),  # services.core.lending
    "out_of_range": QT_TRANSLATE_NOOP("messages", "应在 {low} 到 {high} 之间"),
    "not_a_choice": QT_TRANSLATE_NOOP("messages", "请从列表中选择"),
    "unknown_staff": QT_TRANSLATE_NOOP("messages", "没有这位在职员工，请输入员工姓名"),
    # import: why a line was rejected
    "bad_characters": QT_TRANSLATE_NOOP("messages", "含有无法识别的字符（文件可能已损坏，或不是 UTF-8 / GBK 编码）"),
    "bad_building": QT_TRANSLATE_NOOP("messages", "“{value}”无法识别（应为数字或字母，如 3 或 A）"),
    "bad_unit": QT_TRANSLATE_NOOP("messages", "“{value}”无法识别（应为数字，如 2）"),
    "bad_room": QT_TRANSLATE_NOOP("messages", "“{value}”无法识别（如 1502）"),
    "import_room_unclear": QT_TRANSLATE_NOOP(
        "messages", "房号“{room}”不完整：请写成 楼栋-单元-房号（如 3-2-1502），或分列填写楼栋、单元、房号"
    ),
    "import_bad_status": QT_TRANSLATE_NOOP("messages", "“{value}”无效，应为 未交付、已交房、装修中 或 已入住"),
    "import_bad_kind": QT_TRANSLATE_NOOP("messages", "“{value}”无效，应为 业主、租户 或 家属"),
    "import_bad_gender": QT_TRANSLATE_NOOP("messages", "“{value}”无效，应为 男 或 女"),
    "import_duplicate": QT_TRANSLATE_NOOP("messages", "与第 {line} 行重复（同一房间同名住户）"),
    "import_extra_cells": QT_TRANSLATE_NOOP("messages", "这一行比表头多出内容（可能有多余的逗号）"),
    "import_status_conflict": QT_TRANSLATE_NOOP("messages", "“{value}”与第 {line} 行的“{other}”矛盾"),
    # call log, work orders, callbacks, complaints, passes and notices
    "too_many": QT_TRANSLATE_NOOP("messages", "最多 {max} 项"),
    "time_in_future": QT_TRANSLATE_NOOP("messages", "时间不能晚于现在"),
    "time_too_old": QT_TRANSLATE_NOOP("messages", "时间早于一年前，请核对年份"),
    "outcome_locked": QT_TRANSLATE_NOOP("messages", "此记录已转为工单或投诉（或已完成跟进），结果不能在这里更改"),
    "room_or_public": QT_TRANSLATE_NOOP("messages", "请填写房号，或勾选“公区”并填写位置"),
    "not_in_department": QT_TRANSLATE_NOOP("messages", "该维修人员不属于所选部门"),
    "same_assignee": QT_TRANSLATE_NOOP("messages", "改派对象与当前相同，请选择其他维修人员"),
    "before_start": QT_TRANSLATE_NOOP("messages", "完工时间不能早于开工时间"),
    "date_in_future": QT_TRANSLATE_NOOP("messages", "时间不能晚于现在"),
    "before_scheduled": QT_TRANSLATE_NOOP("messages", "回访时间不能早于完工时间"),
    "charges_on_free_order": QT_TRANSLATE_NOOP("messages", "第 {row} 行：无偿工单不能收费，单价请填 0"),
    "line_required": QT_TRANSLATE_NOOP("messages", "第 {row} 行：请填写材料或项目名称"),
    "line_bad_number": QT_TRANSLATE_NOOP("messages", "第 {row} 行：数量或单价不是有效的数字"),
    "line_bad_quantity": QT_TRANSLATE_NOOP("messages", "第 {row} 行：数量必须大于 0"),
    "line_bad_price": QT_TRANSLATE_NOOP("messages", "第 {row} 行：单价不能为负数"),
    "line_too_long": QT_TRANSLATE_NOOP("messages", "第 {row} 行：内容过长"),
    "too_many_lines": QT_TRANSLATE_NOOP("messages", "材料及费用最多 {max} 行"),
    "id_required_for_carrier": QT_TRANSLATE_NOOP("messages", "携物人不是业主本人时，须登记身份证号"),
    "items_required": QT_TRANSLATE_NOOP("messages", "请至少填写一项物品"),
    "too_many_items": QT_TRANSLATE_NOOP("messages", "一张放行条最多 {max} 行物品，请合并填写（如：纸箱 20 个）"),
    "bad_quantity": QT_TRANSLATE_NOOP("messages", "数量应为 1–{max} 的整数"),
    "one_plate": QT_TRANSLATE_NOOP("messages", "只填一个车牌号"),
    "window_too_long": QT_TRANSLATE_NOOP("messages", "有效时间最长 3 天"),
    "validity_past": QT_TRANSLATE_NOOP("messages", "有效时间已过，请改为现在以后的时间"),
    "validity_too_far": QT_TRANSLATE_NOOP("messages", "有效日期最多可提前 {days} 天"),
    "confirm_required": QT_TRANSLATE_NOOP("messages", "携物人不是业主本人：请选择业主确认方式"),
    "confirm_in_future": QT_TRANSLATE_NOOP("messages", "确认时间不能晚于现在"),
    "confirm_too_old": QT_TRANSLATE_NOOP("messages", "确认时间过早，请重新向业主确认"),
    "day_in_future": QT_TRANSLATE_NOOP("messages", "日期不能晚于今天"),
    "found_too_old": QT_TRANSLATE_NOOP("messages", "检查日期不能早于 {days} 天前"),
    "clause_required": QT_TRANSLATE_NOOP("messages", "请至少选择一条违反的条款"),
    "clause_unknown": QT_TRANSLATE_NOOP("messages", "条款“{clause}”已不在条款列表中，请重新选择"),
    "deadline_too_far": QT_TRANSLATE_NOOP("messages", "整改期限最长 {days} 天"),
    "followup_other_room": QT_TRANSLATE_NOOP("messages", "再次通知须与原通知同一房号（{room}）"),
    "received_before_issue": QT_TRANSLATE_NOOP("messages", "签收日期不能早于开具日期"),
    # 交接班
    "bad_amount": QT_TRANSLATE_NOOP("messages", "金额格式不正确，例如 350 或 350.50"),
    "amount_too_large": QT_TRANSLATE_NOOP("messages", "金额过大，请核对"),
    "message_recipient_required": QT_TRANSLATE_NOOP("messages", "第 {row} 条留言没有写给谁"),
    "message_text_required": QT_TRANSLATE_NOOP("messages", "第 {row} 条留言没有内容"),
    "messages_too_many": QT_TRANSLATE_NOOP("messages", "留言最多 {max} 条"),
    "shifts_empty": QT_TRANSLATE_NOOP("messages", "至少要有一个班次"),
    "shifts_too_many": QT_TRANSLATE_NOOP("messages", "班次最多 {max} 个"),
    "shift_name_required": QT_TRANSLATE_NOOP("messages", "第 {row} 个班次没有名称"),
    "shift_name_duplicate": QT_TRANSLATE_NOOP("messages", "班次名称“{name}”重复"),
    "shift_time_bad": QT_TRANSLATE_NOOP("messages", "第 {row} 个班次的时间“{value}”不正确，请写成 08:00 这样（结束可写 24:00）"),
    "shift_overlap": QT_TRANSLATE_NOOP("messages", "班次“{first}”和“{second}”的时间重叠"),
    "bad_minutes": QT_TRANSLATE_NOOP("messages", "请输入 {min}–{max} 之间的分钟数"),
}

#: why a phone number was refused (the ``reason`` of ``bad_phone``): each says exactly what is wrong
_PHONE = {
    "characters": QT_TRANSLATE_NOOP("messages", "电话号码只能有数字、空格、横线和括号（分机写成“转123”）"),
    "extension": QT_TRANSLATE_NOOP("messages", "分机号最多 {max} 位数字"),
    "hk_macau": QT_TRANSLATE_NOOP("messages", "香港、澳门号码应为 +852 / +853 后加 8 位数字（现在 {digits} 位）"),
    "country": QT_TRANSLATE_NOOP("messages", "只能登记中国大陆、香港（+852）和澳门（+853）的号码"),
    "mobile_extension": QT_TRANSLATE_NOOP("messages", "手机号不能带分机"),
    "mobile_length": QT_TRANSLATE_NOOP("messages", "手机号应为 11 位，现在是 {digits} 位"),
    "mobile_range": QT_TRANSLATE_NOOP("messages", "没有以 {prefix} 开头的手机号段，请核对"),
    "service_length": QT_TRANSLATE_NOOP("messages", "{prefix} 号码应为 10 位（如 {prefix}-123-4567），现在是 {digits} 位"),
    "landline_length": QT_TRANSLATE_NOOP("messages", "带区号的座机应为 10–12 位（如 0755-81234567），现在是 {digits} 位"),
    "area_code": QT_TRANSLATE_NOOP("messages", "区号 {area} 不存在，请核对"),
    "too_short": QT_TRANSLATE_NOOP("messages", "号码只有 {digits} 位：手机 11 位，本地座机 7–8 位，外地座机加区号"),
    "unknown": QT_TRANSLATE_NOOP(
        "messages", "无法识别这个 {digits} 位的号码：手机 11 位；座机 7–8 位或带区号；或 400、800、95 开头的服务号码"
    ),
}

_ERROR = {
    "export_failed": QT_TRANSLATE_NOOP("messages", "无法写入文件 {path}：{detail}。请换一个文件夹，或检查磁盘空间后再试。"),
    "conflict": QT_TRANSLATE_NOOP("messages", "此记录已被其他人修改，您的修改尚未保存。请对比后选择保留对方的或重新应用。"),
    "forbidden": QT_TRANSLATE_NOOP("messages", "您的角色无权执行此操作。"),
    "not_found": QT_TRANSLATE_NOOP("messages", "记录不存在或已被删除。"),
    "invalid_transition": QT_TRANSLATE_NOOP("messages", "当前状态下不能执行此操作。"),
    "auth_failed": QT_TRANSLATE_NOOP("messages", "登录名或密码不正确。"),
    "account_locked": QT_TRANSLATE_NOOP(
        "messages",
        "这个账号连续输错密码次数过多，已暂时锁定到 {until}（{minutes} 分钟）。请到时再试，或请主管在“员工账号”中解锁。",
    ),
    "login_wait": QT_TRANSLATE_NOOP("messages", "密码错误次数较多，请 {seconds} 秒后再试。"),
    "session_ended": QT_TRANSLATE_NOOP("messages", "您的账号已被停用或角色已变更，刚才的操作没有执行。请点“切换用户”重新登录。"),
    "already_initialised": QT_TRANSLATE_NOOP("messages", "已经创建过主管账号。"),
    # the database refused to store (issue 11): nothing was saved, what was typed is kept
    "db_readonly": QT_TRANSLATE_NOOP(
        "messages", "数据库文件或其所在文件夹变成了只读，刚才的操作没有保存。请让系统管理员恢复写入权限后再试。"
    ),
    "disk_full": QT_TRANSLATE_NOOP("messages", "磁盘空间已满，刚才的操作没有保存。请腾出磁盘空间后再试（填写的内容仍保留）。"),
    "db_unavailable": QT_TRANSLATE_NOOP(
        "messages", "暂时无法访问数据库（磁盘或网络故障），刚才的操作没有保存。请稍后再试；如果一直这样，请联系系统管理员。"
    ),
    "cannot_deactivate_self": QT_TRANSLATE_NOOP("messages", "不能停用自己的账号。"),
    "demo_not_empty": QT_TRANSLATE_NOOP("messages", "数据库中已有楼盘数据，演示数据只能载入空数据库。"),
    "import_nothing": QT_TRANSLATE_NOOP("messages", "没有可以导入的行。"),
    # import: the file as a whole
    "import_empty": QT_TRANSLATE_NOOP("messages", "文件是空的。"),
    "import_unreadable": QT_TRANSLATE_NOOP(
        "messages", "无法读取这个文件：它已损坏，或不是 CSV / Excel（.xlsx）文件。请在 Excel 中重新保存后再试。"
    ),
    "import_xls": QT_TRANSLATE_NOOP(
        "messages", "这是旧版 Excel（.xls）文件。请在 Excel 中“另存为”Excel 工作簿（.xlsx）或 CSV 后再导入。"
    ),
    "import_no_header": QT_TRANSLATE_NOOP("messages", "找不到表头：文件前几行中应有“房号”列，以及 {expected} 等列。"),
    "import_no_project": QT_TRANSLATE_NOOP("messages", "文件中没有“项目”列：请在上方选择这些房间所属的项目。"),
    "import_too_large": QT_TRANSLATE_NOOP("messages", "文件太大（超过 {max_mb} MB）。请分成几个文件导入。"),
    "import_too_many_rows": QT_TRANSLATE_NOOP("messages", "文件超过 {max} 行。请分成几个文件导入。"),
    # call log, work orders, callbacks, complaints, passes and notices
    "already_converted": QT_TRANSLATE_NOOP("messages", "这条来电来访记录已经转过，不能再转为另一条。"),
    "too_many_at_once": QT_TRANSLATE_NOOP("messages", "同一时刻的登记过多，请稍后再保存。"),
    "already_acknowledged": QT_TRANSLATE_NOOP("messages", "该报警已由{by}确认。"),
    "source_unavailable": QT_TRANSLATE_NOOP("messages", "暂时无法从该记录生成工单。"),
    "callback_not_pending": QT_TRANSLATE_NOOP("messages", "该回访已经记录过了。"),
    "pass_not_voidable": QT_TRANSLATE_NOOP("messages", "这张放行条已放行或已作废，不能作废。"),
    "pass_not_reprintable": QT_TRANSLATE_NOOP("messages", "只有未使用且仍在有效期内的放行条可以补打。"),
    "pass_key_unavailable": QT_TRANSLATE_NOOP(
        "messages", "无法读取放行条签名密钥文件 {path}。请联系系统管理员（见使用说明“放行条签名密钥”）。"
    ),
    "already_reinspected": QT_TRANSLATE_NOOP("messages", "这份整改通知已经复查过。"),
    "deadline_not_reached": QT_TRANSLATE_NOOP("messages", "未到整改期限（{deadline}），暂不能登记“未整改”。"),
    "followup_not_allowed": QT_TRANSLATE_NOOP("messages", "只有复查结果为“未整改”且尚未再次通知的整改通知可以开具再次通知。"),
    # 交接班
    "handover_ack_own": QT_TRANSLATE_NOOP("messages", "交班人不能为自己的交接班确认接班，请由接班同事输入本人的登录名和密码。"),
    "handover_frozen": QT_TRANSLATE_NOOP("messages", "这份交接班已经确认接班，不能再修改或删除；如有错漏请写更正。"),
    "handover_already_acknowledged": QT_TRANSLATE_NOOP("messages", "这份交接班已经有人确认接班了。"),
    "handover_not_submitted": QT_TRANSLATE_NOOP("messages", "这份交接班还没有交班（仍是草稿），不能确认接班。"),
    "handover_not_draft": QT_TRANSLATE_NOOP("messages", "这份交接班已经交班，请先撤回再修改。"),
    "handover_not_discardable": QT_TRANSLATE_NOOP("messages", "已交过班的记录不能删除；请修改后重新交班。"),
    "handover_not_acknowledged": QT_TRANSLATE_NOOP("messages", "这份交接班尚未确认接班，可以直接撤回修改，不需要更正。"),
    "handover_not_author": QT_TRANSLATE_NOOP("messages", "只有交班人本人可以修改这份交接班。"),
    "handover_correction_items_fixed": QT_TRANSLATE_NOOP("messages", "更正记录的事项保持原记录的内容，不重新汇总。"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


ECHO_LIMIT = 30


def echo(text: str, limit: int = ECHO_LIMIT) -> str:
    """What the user typed, repeated in a sentence: on one line and at most ``limit`` characters,
    so that a pasted page cannot widen the window (a label cannot wrap a long unbroken string)."""
    one_line = " ".join(str(text).split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


#: a feature's own sentences (code → (context, source text)), added by its UI (add_messages)
_FEATURE_FIELD: dict[str, tuple[str, str]] = {}
_FEATURE_ERROR: dict[str, tuple[str, str]] = {}


def add_messages(context: str, fields: dict[str, str] | None = None, errors: dict[str, str] | None = None) -> None:
    """A feature's own words for its field codes and error codes, in its translation context
    (mark the texts with QT_TRANSLATE_NOOP(context, …)), so a new kind adds its sentences in
    its own folder instead of this table."""
    _FEATURE_FIELD.update({k: (context, v) for k, v in (fields or {}).items()})
    _FEATURE_ERROR.update({k: (context, v) for k, v in (errors or {}).items()})


def _lookup(table: dict[str, object], extra: dict[str, tuple[str, str]], code: str, fallback: str) -> str:
    if code in table:
        return _t(str(table[code]))
    if code in extra:
        return QCoreApplication.translate(*extra[code])
    return _t(fallback)


def field_message(code: str, params: dict[str, Any] | None = None) -> str:
    """The sentence shown next to a field for a validation code (typed values echoed short)."""
    p = {k: echo(v) if isinstance(v, str) else v for k, v in (params or {}).items()}
    if code == "room_ambiguous" and int(p.get("count") or 0) < 2:
        code = "room_incomplete"  # several rooms, one project: choosing a project would not help
    text = _lookup(_FIELD, _FEATURE_FIELD, code, "输入有误（{code}）")
    if code == "bad_phone" and p.get("reason") in _PHONE:  # what is wrong, then exactly why
        text = _t("{what}：{why}").format(what=text, why=_t(str(_PHONE[str(p["reason"])])))
    try:
        return text.format(code=code, **p)
    except (KeyError, IndexError):
        return text


def error_message(exc: ServiceError) -> str:
    """A one-line sentence for a service error shown in a message box or banner."""
    if isinstance(exc, ValidationError):
        return _t("请修改标出的内容后再保存。")
    text = _lookup(_ERROR, _FEATURE_ERROR, exc.code, "操作失败（{code}）")
    try:
        return text.format(code=exc.code, **exc.params)
    except (KeyError, IndexError):
        return text


# lupdate does not see texts passed through _t(); these are listed here so it does
QT_TRANSLATE_NOOP("messages", "输入有误（{code}）")
QT_TRANSLATE_NOOP("messages", "请修改标出的内容后再保存。")
QT_TRANSLATE_NOOP("messages", "操作失败（{code}）")
QT_TRANSLATE_NOOP("messages", "{what}：{why}")
