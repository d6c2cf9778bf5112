"""Words for the codes services return. Every sentence the user reads about an error is here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from frontdesk.services.errors import ServiceError, ValidationError


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def field_message(code: str, params: dict[str, Any] | None = None) -> str:
    """The sentence shown next to a field for a validation code."""
    p = params or {}
    table = {
        "required": _t("必填"),
        "too_long": _t("最多 {max} 个字（现在 {length} 个字），请删减后再保存"),
        "control_chars": _t("含有不可见的控制字符，请删除后再保存"),
        "emoji_not_allowed": _t("不能包含表情符号"),
        "bad_name": _t("姓名只能包含汉字、字母、间隔号和空格"),
        "bad_phone": _t("电话号码格式不正确（手机 11 位，座机请带区号）"),
        "bad_id_format": _t("身份证号应为 18 位（末位可为 X）或旧版 15 位"),
        "bad_id_check": _t("身份证号校验位不正确，请核对"),
        "bad_id_birthdate": _t("身份证号中的出生日期无效"),
        "bad_plate": _t("车牌号“{plate}”格式不正确，例如 粤B12345"),
        "room_unknown": _t("找不到房号“{room}”，请核对楼栋-单元-房号"),
        "room_ambiguous": _t("房号“{room}”对应多个房间，请写完整（如 3-2-1502）"),
        "password_too_short": _t("密码至少 {min} 位"),
        "bad_username": _t("登录名只能用 2–30 位字母、数字、点、横线或下划线"),
        "username_taken": _t("登录名已被使用"),
        "forbidden_role": _t("无权设置此角色"),
        "invalid": _t("取值无效"),
        "passwords_differ": _t("两次输入的密码不一致"),
        "bad_date": _t("日期无效"),
        "date_in_past": _t("日期不能早于今天"),
        "date_order": _t("结束时间不能早于开始时间"),
        "bad_number": _t("请输入有效的数字"),
        # 交接班
        "bad_amount": _t("金额格式不正确，例如 350 或 350.50"),
        "amount_too_large": _t("金额过大，请核对"),
        "message_recipient_required": _t("第 {row} 条留言没有写给谁"),
        "message_text_required": _t("第 {row} 条留言没有内容"),
        "messages_too_many": _t("留言最多 {max} 条"),
        "shifts_empty": _t("至少要有一个班次"),
        "shifts_too_many": _t("班次最多 {max} 个"),
        "shift_name_required": _t("第 {row} 个班次没有名称"),
        "shift_name_duplicate": _t("班次名称“{name}”重复"),
        "shift_time_bad": _t("第 {row} 个班次的时间“{value}”不正确，请写成 08:00 这样（结束可写 24:00）"),
        "shift_overlap": _t("班次“{first}”和“{second}”的时间重叠"),
        "bad_minutes": _t("请输入 {min}–{max} 之间的分钟数"),
        "too_many": _t("最多 {max} 项"),
        "time_in_future": _t("时间不能晚于现在"),
        "time_too_old": _t("时间早于一年前，请核对年份"),
        "outcome_locked": _t("此记录已转为工单或投诉（或已完成跟进），结果不能在这里更改"),
        # work orders and callbacks
        "room_or_public": _t("请填写房号，或勾选“公区”并填写位置"),
        "not_in_department": _t("该维修人员不属于所选部门"),
        "same_assignee": _t("改派对象与当前相同，请选择其他维修人员"),
        "before_start": _t("完工时间不能早于开工时间"),
        "date_in_future": _t("时间不能晚于现在"),
        "before_scheduled": _t("回访时间不能早于完工时间"),
        "charges_on_free_order": _t("第 {row} 行：无偿工单不能收费，单价请填 0"),
        "line_required": _t("第 {row} 行：请填写材料或项目名称"),
        "line_bad_number": _t("第 {row} 行：数量或单价不是有效的数字"),
        "line_bad_quantity": _t("第 {row} 行：数量必须大于 0"),
        "line_bad_price": _t("第 {row} 行：单价不能为负数"),
        "line_too_long": _t("第 {row} 行：内容过长"),
        "too_many_lines": _t("材料及费用最多 {max} 行"),
        # release passes
        "id_required_for_carrier": _t("携物人不是业主本人时，须登记身份证号"),
        "items_required": _t("请至少填写一项物品"),
        "too_many_items": _t("一张放行条最多 {max} 行物品，请合并填写（如：纸箱 20 个）"),
        "bad_quantity": _t("数量应为 1–{max} 的整数"),
        "one_plate": _t("只填一个车牌号"),
        "window_too_long": _t("有效时间最长 3 天"),
        "validity_past": _t("有效时间已过，请改为现在以后的时间"),
        "validity_too_far": _t("有效日期最多可提前 {days} 天"),
        "confirm_required": _t("携物人不是业主本人：请选择业主确认方式"),
        "confirm_in_future": _t("确认时间不能晚于现在"),
        "confirm_too_old": _t("确认时间过早，请重新向业主确认"),
        # rectification notices
        "day_in_future": _t("日期不能晚于今天"),
        "found_too_old": _t("检查日期不能早于 {days} 天前"),
        "clause_required": _t("请至少选择一条违反的条款"),
        "clause_unknown": _t("条款“{clause}”已不在条款列表中，请重新选择"),
        "deadline_too_far": _t("整改期限最长 {days} 天"),
        "followup_other_room": _t("再次通知须与原通知同一房号（{room}）"),
        "received_before_issue": _t("签收日期不能早于开具日期"),
    }
    text = table.get(code, _t("输入有误（{code}）"))
    try:
        return text.format(code=code, **p)
    except (KeyError, IndexError):
        return text


def error_message(exc: ServiceError) -> str:
    """A one-line sentence for a service error shown in a message box or banner."""
    if isinstance(exc, ValidationError):
        return _t("请修改标出的内容后再保存。")
    table = {
        "conflict": _t("此记录已被其他人修改。您的输入仍保留在表单中；请点“重新载入”查看最新内容后再保存。"),
        "forbidden": _t("您的角色无权执行此操作。"),
        "not_found": _t("记录不存在或已被删除。"),
        "invalid_transition": _t("当前状态下不能执行此操作。"),
        "auth_failed": _t("登录名或密码不正确。"),
        "already_initialised": _t("已经创建过主管账号。"),
        "cannot_deactivate_self": _t("不能停用自己的账号。"),
        # 交接班
        "handover_ack_own": _t("交班人不能为自己的交接班确认接班，请由接班同事输入本人的登录名和密码。"),
        "handover_frozen": _t("这份交接班已经确认接班，不能再修改或删除；如有错漏请写更正。"),
        "handover_already_acknowledged": _t("这份交接班已经有人确认接班了。"),
        "handover_not_submitted": _t("这份交接班还没有交班（仍是草稿），不能确认接班。"),
        "handover_not_draft": _t("这份交接班已经交班，请先撤回再修改。"),
        "handover_not_discardable": _t("已交过班的记录不能删除；请修改后重新交班。"),
        "handover_not_acknowledged": _t("这份交接班尚未确认接班，可以直接撤回修改，不需要更正。"),
        "handover_not_author": _t("只有交班人本人可以修改这份交接班。"),
        "handover_correction_items_fixed": _t("更正记录的事项保持原记录的内容，不重新汇总。"),
        "already_converted": _t("这条来电来访记录已经转过，不能再转为另一条。"),
        "too_many_at_once": _t("同一时刻的登记过多，请稍后再保存。"),
        "already_acknowledged": _t("该报警已由{by}确认。"),
        "source_unavailable": _t("暂时无法从该记录生成工单。"),
        "callback_not_pending": _t("该回访已经记录过了。"),
        "pass_not_voidable": _t("这张放行条已放行或已作废，不能作废。"),
        "pass_not_reprintable": _t("只有未使用且仍在有效期内的放行条可以补打。"),
        "pass_key_unavailable": _t("无法读取放行条签名密钥文件 {path}。请联系系统管理员（见使用说明“放行条签名密钥”）。"),
        "already_reinspected": _t("这份整改通知已经复查过。"),
        "deadline_not_reached": _t("未到整改期限（{deadline}），暂不能登记“未整改”。"),
        "followup_not_allowed": _t("只有复查结果为“未整改”且尚未再次通知的整改通知可以开具再次通知。"),
    }
    text = table.get(exc.code, _t("操作失败（{code}）"))
    try:
        return text.format(code=exc.code, **exc.params)
    except (KeyError, IndexError):
        return text
