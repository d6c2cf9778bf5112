"""Configurable values kept in the database (shared by every counter): lists, deadlines, names."""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import select

from frontdesk.db import Database
from frontdesk.models import Setting
from frontdesk.services import audit
from frontdesk.services.permissions import Action, CurrentUser, require

#: Defaults; a feature adds its keys here. Values are JSON.
DEFAULTS: dict[str, Any] = {
    "centre.name": "物业服务中心",
    "departments": ["客服部", "工程部", "秩序维护部", "环境部", "财务部"],
    # 交接班: shifts (local time; "24:00" ends at midnight; end <= start crosses midnight)
    "handover.shifts": [
        {"name": "早班", "start": "08:00", "end": "16:00"},
        {"name": "中班", "start": "16:00", "end": "24:00"},
        {"name": "晚班", "start": "00:00", "end": "08:00"},
    ],
    # a handover started this soon after a shift began is for the shift that just ended
    "handover.grace_minutes": 60,
    # a submitted handover still unacknowledged after this long is flagged to the supervisor
    "handover.ack_due_minutes": 120,
    # work orders (services.work_orders): categories, completion deadlines in hours, default department
    "order.categories": ["水", "电", "门窗", "墙地面", "管道疏通", "电梯", "公共设施", "其他"],
    "order.deadline_hours": {
        "水": 24, "电": 24, "门窗": 72, "墙地面": 168, "管道疏通": 24, "电梯": 8, "公共设施": 72, "其他": 72,
    },
    "order.urgent_deadline_hours": 4,
    "order.default_department": "工程部",
    # callbacks (services.callbacks): due this many days after the job is finished (seed: 三天之内)
    "callback.due_days": 3,
    # call and visit log: a new follow-up is due this many days after the contact
    "call.follow_up_days": 1,
    # complaints (services.complaints): the lists the 受理 form offers, and the hours allowed
    # for each step, counted from when the complaint began waiting for it (重大 ones are faster;
    # the callback follows "callback.due_days" like every callback)
    "complaint.categories": [
        "服务态度", "维修质量", "环境卫生", "安全秩序", "收费", "噪音扰民", "装修", "邻里纠纷", "其他",
    ],
    "complaint.channels": ["来电", "来访", "线上", "书面", "其他"],
    "complaint.deadline_hours": {
        "judge": 4, "investigate": 24, "propose": 24, "approve": 8,
        "implement": 72, "close": 48,
    },
    "complaint.deadline_hours_major": {
        "judge": 1, "investigate": 8, "propose": 8, "approve": 4,
        "implement": 24, "close": 24,
    },
}


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        with self._db.read() as s:
            row = s.get(Setting, key)
            if row is not None:
                return row.value
        return copy.deepcopy(DEFAULTS.get(key))

    def all(self) -> dict[str, Any]:
        values = copy.deepcopy(DEFAULTS)
        with self._db.read() as s:
            for row in s.scalars(select(Setting)):
                values[row.key] = row.value
        return values

    def set(self, user: CurrentUser, key: str, value: Any) -> None:
        require(user, Action.SETTINGS_MANAGE)
        with self._db.write() as s:
            row = s.get(Setting, key)
            before = row.value if row else DEFAULTS.get(key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
            audit.record(s, user, "setting", key, "update", before={"value": before}, after={"value": value})
