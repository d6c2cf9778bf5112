"""Words for the codes stored in records (roles, room statuses, occupant kinds, genders, fields).

Marked with QT_TRANSLATE_NOOP so that pyside6-lupdate collects them; translated when shown.
The registry's vocabulary (services.registry.files.VOCABULARY) builds its tables at run time, out
of reach of tools/update_translations.py, so its room statuses, kinds and genders stay worded here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROLES = {
    "receptionist": QT_TRANSLATE_NOOP("Role", "前台客服"),
    "butler": QT_TRANSLATE_NOOP("Role", "客服管家"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "客服主管"),
    "admin": QT_TRANSLATE_NOOP("Role", "系统管理员"),
    "guard": QT_TRANSLATE_NOOP("Role", "门岗"),
    "technician": QT_TRANSLATE_NOOP("Role", "维修工"),
    "clerk": QT_TRANSLATE_NOOP("Role", "员工"),
}

ROOM_STATUSES = {
    "未交付": QT_TRANSLATE_NOOP("RoomStatus", "未交付"),
    "已交房": QT_TRANSLATE_NOOP("RoomStatus", "已交房"),
    "装修中": QT_TRANSLATE_NOOP("RoomStatus", "装修中"),
    "已入住": QT_TRANSLATE_NOOP("RoomStatus", "已入住"),
}

KINDS = {
    "owner": QT_TRANSLATE_NOOP("OccupantKind", "业主"),
    "tenant": QT_TRANSLATE_NOOP("OccupantKind", "租户"),
    "family": QT_TRANSLATE_NOOP("OccupantKind", "家属"),
}

GENDERS = {
    "M": QT_TRANSLATE_NOOP("Gender", "男"),
    "F": QT_TRANSLATE_NOOP("Gender", "女"),
}

#: field names, for reports that list problems by field (import)
FIELDS = {
    "project": QT_TRANSLATE_NOOP("Field", "项目"),
    "building": QT_TRANSLATE_NOOP("Field", "楼栋"),
    "unit": QT_TRANSLATE_NOOP("Field", "单元"),
    "room": QT_TRANSLATE_NOOP("Field", "房号"),
    "floor": QT_TRANSLATE_NOOP("Field", "楼层"),
    "area": QT_TRANSLATE_NOOP("Field", "面积"),
    "status": QT_TRANSLATE_NOOP("Field", "房屋状态"),
    "kind": QT_TRANSLATE_NOOP("Field", "身份"),
    "name": QT_TRANSLATE_NOOP("Field", "姓名"),
    "gender": QT_TRANSLATE_NOOP("Field", "性别"),
    "phone": QT_TRANSLATE_NOOP("Field", "手机"),
    "phone2": QT_TRANSLATE_NOOP("Field", "备用电话"),
    "id_number": QT_TRANSLATE_NOOP("Field", "身份证号"),
    "plates": QT_TRANSLATE_NOOP("Field", "车牌"),
    "notes": QT_TRANSLATE_NOOP("Field", "备注"),
    # what the audit trail records besides the fields above
    "code": QT_TRANSLATE_NOOP("Field", "房号"),
    "number": QT_TRANSLATE_NOOP("Field", "门牌"),
    "project_id": QT_TRANSLATE_NOOP("Field", "项目"),
    "unit_id": QT_TRANSLATE_NOOP("Field", "单元"),
    "room_id": QT_TRANSLATE_NOOP("Field", "房间"),
    "department_id": QT_TRANSLATE_NOOP("Field", "部门"),
    "role": QT_TRANSLATE_NOOP("Field", "角色"),
    "username": QT_TRANSLATE_NOOP("Field", "登录名"),
    "active": QT_TRANSLATE_NOOP("Field", "在用"),
    "value": QT_TRANSLATE_NOOP("Field", "值"),
    "field": QT_TRANSLATE_NOOP("Field", "字段"),
    "fields": QT_TRANSLATE_NOOP("Field", "字段"),
    "projects": QT_TRANSLATE_NOOP("Field", "项目数"),
    "rooms": QT_TRANSLATE_NOOP("Field", "房间数"),
    "occupants": QT_TRANSLATE_NOOP("Field", "住户数"),
    "staff": QT_TRANSLATE_NOOP("Field", "员工数"),
    "seed": QT_TRANSLATE_NOOP("Field", "随机种子"),
    "rows": QT_TRANSLATE_NOOP("Field", "行数"),
    "masked": QT_TRANSLATE_NOOP("Field", "号码已隐藏"),
    "format": QT_TRANSLATE_NOOP("Field", "文件格式"),
    "skipped": QT_TRANSLATE_NOOP("Field", "跳过的行"),
    "new_projects": QT_TRANSLATE_NOOP("Field", "新增项目"),
    "new_rooms": QT_TRANSLATE_NOOP("Field", "新增房间"),
    "updated_rooms": QT_TRANSLATE_NOOP("Field", "更新房间"),
    "new_occupants": QT_TRANSLATE_NOOP("Field", "新增住户"),
    "updated_occupants": QT_TRANSLATE_NOOP("Field", "更新住户"),
    "unchanged": QT_TRANSLATE_NOOP("Field", "未变"),
    # a program version's first opening of the database (frontdesk/version.py)
    "program_version": QT_TRANSLATE_NOOP("Field", "程序版本"),
    "build": QT_TRANSLATE_NOOP("Field", "构建时间"),
    "schema_revision": QT_TRANSLATE_NOOP("Field", "数据库结构版本"),
    "host": QT_TRANSLATE_NOOP("Field", "计算机"),
}

#: audit trail: what was done
AUDIT_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditAction", "新建"),
    "create_first": QT_TRANSLATE_NOOP("AuditAction", "创建首个主管账号"),
    "update": QT_TRANSLATE_NOOP("AuditAction", "修改"),
    "status": QT_TRANSLATE_NOOP("AuditAction", "更改状态"),
    "deactivate": QT_TRANSLATE_NOOP("AuditAction", "停用 / 迁出"),
    "activate": QT_TRANSLATE_NOOP("AuditAction", "启用"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "登录"),
    "login_failed": QT_TRANSLATE_NOOP("AuditAction", "登录失败"),
    "logout": QT_TRANSLATE_NOOP("AuditAction", "注销 / 切换用户"),
    "reset_password": QT_TRANSLATE_NOOP("AuditAction", "重置密码"),
    "unmask": QT_TRANSLATE_NOOP("AuditAction", "查看完整号码"),
    "import": QT_TRANSLATE_NOOP("AuditAction", "导入"),
    "export": QT_TRANSLATE_NOOP("AuditAction", "导出"),
    "load": QT_TRANSLATE_NOOP("AuditAction", "载入演示数据"),
    "first_open": QT_TRANSLATE_NOOP("AuditAction", "首次打开数据库"),
}

#: audit trail: on what
AUDIT_ENTITIES = {
    "staff": QT_TRANSLATE_NOOP("AuditEntity", "员工"),
    "occupant": QT_TRANSLATE_NOOP("AuditEntity", "业户"),
    "room": QT_TRANSLATE_NOOP("AuditEntity", "房间"),
    "project": QT_TRANSLATE_NOOP("AuditEntity", "项目"),
    "setting": QT_TRANSLATE_NOOP("AuditEntity", "设置"),
    "import": QT_TRANSLATE_NOOP("AuditEntity", "导入文件"),
    "export": QT_TRANSLATE_NOOP("AuditEntity", "导出文件"),
    "demo": QT_TRANSLATE_NOOP("AuditEntity", "演示数据"),
    "program": QT_TRANSLATE_NOOP("AuditEntity", "程序版本"),
}


#: values the centre's configurable lists start with (services/settings.py DEFAULTS) and fixed words
#: the records store as text. Records keep the Chinese; the screen shows them through data_word(),
#: so a value a centre typed itself appears as typed.
DATA_WORDS = (
    # departments
    QT_TRANSLATE_NOOP("data", "客服部"),
    QT_TRANSLATE_NOOP("data", "工程部"),
    QT_TRANSLATE_NOOP("data", "秩序维护部"),
    QT_TRANSLATE_NOOP("data", "环境部"),
    QT_TRANSLATE_NOOP("data", "财务部"),
    # work-order categories
    QT_TRANSLATE_NOOP("data", "水"),
    QT_TRANSLATE_NOOP("data", "电"),
    QT_TRANSLATE_NOOP("data", "门窗"),
    QT_TRANSLATE_NOOP("data", "墙地面"),
    QT_TRANSLATE_NOOP("data", "管道疏通"),
    QT_TRANSLATE_NOOP("data", "电梯"),
    QT_TRANSLATE_NOOP("data", "公共设施"),
    QT_TRANSLATE_NOOP("data", "其他"),
    # complaint categories, channels and severities
    QT_TRANSLATE_NOOP("data", "服务态度"),
    QT_TRANSLATE_NOOP("data", "维修质量"),
    QT_TRANSLATE_NOOP("data", "环境卫生"),
    QT_TRANSLATE_NOOP("data", "安全秩序"),
    QT_TRANSLATE_NOOP("data", "收费"),
    QT_TRANSLATE_NOOP("data", "噪音扰民"),
    QT_TRANSLATE_NOOP("data", "装修"),
    QT_TRANSLATE_NOOP("data", "邻里纠纷"),
    QT_TRANSLATE_NOOP("data", "来电"),
    QT_TRANSLATE_NOOP("data", "来访"),
    QT_TRANSLATE_NOOP("data", "线上"),
    QT_TRANSLATE_NOOP("data", "书面"),
    QT_TRANSLATE_NOOP("data", "一般"),
    QT_TRANSLATE_NOOP("data", "重大"),
    # shifts (handover)
    QT_TRANSLATE_NOOP("data", "早班"),
    QT_TRANSLATE_NOOP("data", "中班"),
    QT_TRANSLATE_NOOP("data", "晚班"),
    # release-pass reasons
    QT_TRANSLATE_NOOP("data", "搬家"),
    QT_TRANSLATE_NOOP("data", "维修"),
)


def data_word(text: str | None) -> str:
    """A stored list value (category, department, channel …) in the screen's language."""
    return QCoreApplication.translate("data", text) if text else ""


@dataclass(frozen=True)
class CodeWords:
    """The words of one kind of stored code: ``words(code)`` is the code's word translated under
    ``context``; an unknown code is shown as stored, no code as nothing. One lookup for every
    table here instead of a function each."""

    context: str
    table: Mapping[str, object]

    def __call__(self, code: str | None) -> str:
        if not code:
            return ""
        text = self.table.get(code)
        return QCoreApplication.translate(self.context, str(text)) if text else code


role_name = CodeWords("Role", ROLES)
status_name = CodeWords("RoomStatus", ROOM_STATUSES)
kind_name = CodeWords("OccupantKind", KINDS)
gender_name = CodeWords("Gender", GENDERS)
field_name = CodeWords("Field", FIELDS)
audit_action = CodeWords("AuditAction", AUDIT_ACTIONS)
audit_entity = CodeWords("AuditEntity", AUDIT_ENTITIES)


def building_name(number: str) -> str:
    """3 → 3栋, A → A座 (how the counter says it)."""
    if number.isdigit():
        return QCoreApplication.translate("Building", "{0}栋").format(number)
    return QCoreApplication.translate("Building", "{0}座").format(number)


#: between two items on one line (status-bar counts, 柜台 / 班次): a light bar with room either side
SEPARATOR_HTML = "<span style='color:#b0b0b0'>&nbsp;&nbsp;｜&nbsp;&nbsp;</span>"
