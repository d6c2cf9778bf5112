"""Configurable values kept in the database (shared by every counter): lists, deadlines, names."""

from __future__ import annotations

import base64
import copy
import re
import typing
from typing import Any, TypeVar

from sqlalchemy import select

from frontdesk.db import Database
from frontdesk.models import Setting
from frontdesk.services import audit
from frontdesk.services.core.changes import SETTING, changes
from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.core.options import Option, Options, conforms
from frontdesk.services.core.user_check import UserChecked
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.validation import FieldError, checked, clean_text

T = TypeVar("T")

#: The values as shipped (JSON). Each is declared with its type in OPTIONS below; a feature may
#: also declare options of its own (Feature.options).
_DEFAULT_VALUES: dict[str, Any] = {
    "centre.name": "物业服务中心",
    # the centre's logo printed at the top of every form: a PNG scaled to LOGO_BOX, base64; "" = none
    "centre.logo": "",
    # the project's telephone area code (e.g. 0755): put in front of a local 7–8 digit landline
    "centre.area_code": "",
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
        "水": 24,
        "电": 24,
        "门窗": 72,
        "墙地面": 168,
        "管道疏通": 24,
        "电梯": 8,
        "公共设施": 72,
        "其他": 72,
    },
    "order.urgent_deadline_hours": 4,
    "order.default_department": "工程部",
    # a satisfied callback closes the order; True: it waits as 已回访 for a butler (管家) to close it
    "order.butler_closes": False,
    # callbacks (services.callbacks): due this many days after the job is finished (seed: 三天之内)
    "callback.due_days": 3,
    # call and visit log: a new follow-up is due this many days after the contact
    "call.follow_up_days": 1,
    # complaints (services.complaints): the lists the 受理 form offers, and the hours allowed
    # for each step, counted from when the complaint began waiting for it (重大 ones are faster;
    # the callback follows "callback.due_days" like every callback)
    "complaint.categories": [
        "服务态度",
        "维修质量",
        "环境卫生",
        "安全秩序",
        "收费",
        "噪音扰民",
        "装修",
        "邻里纠纷",
        "其他",
    ],
    "complaint.channels": ["来电", "来访", "线上", "书面", "其他"],
    "complaint.deadline_hours": {
        "judge": 4,
        "investigate": 24,
        "propose": 24,
        "approve": 8,
        "implement": 72,
        "close": 48,
    },
    "complaint.deadline_hours_major": {
        "judge": 1,
        "investigate": 8,
        "propose": 8,
        "approve": 4,
        "implement": 24,
        "close": 24,
    },
    # 大件物品放行条: the default validity window of a new pass (local time, same day)
    "pass.window": ["08:00", "20:00"],
    # 整改通知单: the regulation quoted, its clauses, the default time to rectify, what follows if not
    "notice.regulation": "装修管理规定",
    "notice.deadline_days": 3,
    "notice.clauses": [
        {
            "no": "第五条",
            "text": "装修施工前，业主应会同装修施工单位到物业服务中心办理装修申报登记手续，"
            "经审核同意、领取《装修施工许可证》并张贴于户门后方可施工。",
        },
        {
            "no": "第八条",
            "text": "严禁拆改房屋承重墙、梁、柱、楼板、剪力墙等主体结构，严禁在承重墙上开凿门窗洞口"
            "或扩大原有门窗尺寸，严禁拆除连接阳台的砖、混凝土墙体。",
        },
        {
            "no": "第九条",
            "text": "不得擅自改变房屋外立面和外墙颜色，不得封闭、改变阳台及露台原设计，"
            "不得在外墙、窗外及公共部位安装防盗网、遮阳篷、广告牌等设施；空调外机须安装在预留机位。",
        },
        {
            "no": "第十条",
            "text": "厨房、卫生间改动给排水管道或防水层的，须重新做防水并进行不少于48小时的闭水试验，"
            "经物业服务中心查验合格后方可铺设面层。",
        },
        {
            "no": "第十一条",
            "text": "不得擅自改动、移位燃气管道及燃气表，不得改动公共给排水立管、烟道、排风道及消防、智能化等共用设施设备。",
        },
        {
            "no": "第十二条",
            "text": "装修施工时间为工作日 8:00—12:00、14:00—18:00；周六、周日及法定节假日"
            "禁止使用电锤、电钻、切割机等产生噪音的工具。",
        },
        {
            "no": "第十四条",
            "text": "装修垃圾须袋装，并在规定时间内运至指定地点堆放，严禁抛撒或堆放于楼道、"
            "电梯厅等公共部位，严禁将装修垃圾、砂浆倒入下水管道或化粪池。",
        },
        {
            "no": "第十五条",
            "text": "施工现场须配备有效的灭火器材；电线须穿管敷设，不得私拉乱接；"
            "确需动用明火（电焊、气割等）的，须事先办理动火审批手续。",
        },
        {"no": "第十六条", "text": "施工人员须办理《装修施工人员出入证》并佩证出入，不得在装修房屋内留宿、生火做饭。"},
        {
            "no": "第十八条",
            "text": "使用电梯运送装修材料时，须做好轿厢防护，材料长度及重量不得超过电梯限定，严禁使用消防电梯运送装修材料。",
        },
        {
            "no": "第二十条",
            "text": "不得占用楼梯间、消防通道等公共部位堆放材料，不得遮挡、损坏消火栓、烟感、喷淋等消防设施及其他公共设施。",
        },
    ],
    "notice.consequence": "逾期未整改的，本中心将依据《装修管理规定》及《临时管理规约》暂停办理该户装修相关手续、"
    "暂停装修施工人员及材料进场，并报请相关行政主管部门依法处理；由此产生的一切损失及责任由业主及装修施工单位承担。",
}

_TYPES: dict[str, Any] = {
    "centre.name": str,
    "centre.logo": str,
    "centre.area_code": str,
    "departments": list[str],
    "handover.shifts": list[dict[str, str]],
    "handover.grace_minutes": int,
    "handover.ack_due_minutes": int,
    "order.categories": list[str],
    "order.deadline_hours": dict[str, int],
    "order.urgent_deadline_hours": int,
    "order.default_department": str,
    "order.butler_closes": bool,
    "callback.due_days": int,
    "call.follow_up_days": int,
    "complaint.categories": list[str],
    "complaint.channels": list[str],
    "complaint.deadline_hours": dict[str, int],
    "complaint.deadline_hours_major": dict[str, int],
    "pass.window": list[str],
    "notice.regulation": str,
    "notice.deadline_days": int,
    "notice.clauses": list[dict[str, str]],
    "notice.consequence": str,
}
_NON_NEGATIVE = {"handover.grace_minutes", "handover.ack_due_minutes", "order.urgent_deadline_hours",
                 "callback.due_days", "call.follow_up_days", "notice.deadline_days"}  # fmt: skip

#: the core's options, declared once with type, default and check
_CHECKS: dict[str, Any] = {"centre.area_code": lambda v: v == "" or re.fullmatch(r"0\d{2,3}", v, flags=re.ASCII) is not None}
#: the shipped options edited in 管理 → 选项 (the others have screens of their own or none)
_DOCS: dict[str, str] = {
    "order.butler_closes": QT_TRANSLATE_NOOP("Option", "工单回访满意后由管家关闭（不选：回访满意即关闭工单）"),
}
OPTIONS: tuple[Option[Any], ...] = tuple(
    Option(
        key,
        _TYPES[key],
        value,
        check=(lambda v: v >= 0) if key in _NON_NEGATIVE else _CHECKS.get(key),
        doc=_DOCS.get(key, ""),
    )
    for key, value in _DEFAULT_VALUES.items()
)
#: read-only view of the shipped values, for demo data and tests
DEFAULTS: dict[str, Any] = {o.key: o.default for o in OPTIONS}


#: the largest picture file taken for the logo, and the box (pixels) it is scaled into: about
#: 50 × 17 mm at 300 dpi, sharp on paper and small in the database
LOGO_MAX_BYTES = 8 * 1024 * 1024
LOGO_BOX = (600, 200)


def scaled_logo(data: bytes) -> bytes:
    """A PNG or JPEG picture scaled (never enlarged) into :data:`LOGO_BOX`, as PNG bytes.
    Raises FieldError("bad_image") for anything else, a broken file or one too large."""
    if len(data) > LOGO_MAX_BYTES:
        raise FieldError("image_too_large", max=LOGO_MAX_BYTES // (1024 * 1024))
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise FieldError("bad_image")
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            if img.width * img.height > 40_000_000:
                raise FieldError("image_too_large", max=LOGO_MAX_BYTES // (1024 * 1024))
            picture = img.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise FieldError("bad_image") from exc
    picture.thumbnail(LOGO_BOX, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


class SettingsService(UserChecked):
    """Settings shared by every counter, in the database. Only declared options exist: an
    unknown key raises UnknownOption, a value of the wrong type OptionTypeError."""

    def __init__(self, db: Database, options: Options | None = None) -> None:
        self._db = db
        self.options = options if options is not None else Options(OPTIONS)

    def declare(self, *options: Option[Any]) -> None:
        self.options.declare(*options)

    def value(self, option: Option[T]) -> T:
        """A declared option's value, typed."""
        return typing.cast(T, self.get(option.key))

    def get(self, key: str) -> Any:
        option = self.options.option(key)
        with self._db.read() as s:
            row = s.get(Setting, key)
            if row is not None and conforms(row.value, option.type):
                return row.value
        return copy.deepcopy(option.default)

    def all(self) -> dict[str, Any]:
        values = self.options.defaults()
        with self._db.read() as s:
            for row in s.scalars(select(Setting)):
                if row.key in self.options and conforms(row.value, self.options.option(row.key).type):
                    values[row.key] = row.value
        return values

    @changes(SETTING)
    def set(self, user: CurrentUser, key: str, value: Any) -> None:
        require(user, Action.SETTINGS_MANAGE)
        option = self.options.option(key)
        value = option.validate(value)
        with self._db.write() as s:
            row = s.get(Setting, key)
            before = row.value if row else option.default
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
            audit.record(s, user, "setting", key, "update", before={"value": before}, after={"value": value})

    def centre_logo(self) -> bytes | None:
        """The centre's logo as PNG bytes, or None when there is none."""
        text = str(self.get("centre.logo") or "")
        if not text:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None

    @changes(SETTING)
    def set_centre_logo(self, user: CurrentUser, data: bytes | None) -> bool:
        """Take a PNG or JPEG as the centre's logo (scaled, kept in the database), or remove it
        with ``None``. Returns whether a logo is set now."""
        require(user, Action.SETTINGS_MANAGE)
        png = None if data is None else checked("centre_logo", scaled_logo, data)
        value = "" if png is None else base64.b64encode(png).decode("ascii")
        with self._db.write() as s:
            row = s.get(Setting, "centre.logo")
            before = str(row.value or "") if row is not None else ""
            if value == before:
                return bool(value)
            if row is None:
                s.add(Setting(key="centre.logo", value=value))
            else:
                row.value = value
            # the picture itself is not copied into the audit trail: its size says which it was
            audit.record(s, user, "setting", "centre.logo", "update",
                         before={"logo_bytes": len(before) * 3 // 4}, after={"logo_bytes": len(png or b"")})  # fmt: skip
        return bool(value)

    @changes(SETTING)
    def set_centre_name(self, user: CurrentUser, name: str) -> str:
        """The service centre's name (title bar, login, printed forms): checked, then saved."""
        require(user, Action.SETTINGS_MANAGE)
        value = checked("centre_name", clean_text, name, max_len=60, required=True, multiline=False)
        if value != self.get("centre.name"):
            self.set(user, "centre.name", value)
        return str(value)
