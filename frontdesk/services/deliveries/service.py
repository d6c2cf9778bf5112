"""交付批次 (JF + date + sequence): the rooms of a project the developer hands over, with the
buyers' list it sent, imported from its spreadsheet (a preview first: every line checked, each
rejected one with its reasons; then the accepted lines in one transaction). The figures of a
batch (appointments, handed over, deferred, moved in, defects by category) come from its 交房
records (``services.handovers_in``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from frontdesk.models import Project
from frontdesk.models.deliveries import DeliveryBatch, DeliveryBuyer
from frontdesk.services.core.changes import Kind, note
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.records import KindAction, RecordForm, RecordService, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.core.table_files import (
    ImportFileError,
    RejectedRow,
    RowProblem,
    find_header,
    header_index,
    read_table,
)
from frontdesk.services.core.versioning import load_for_change
from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.services.permissions import CurrentUser, Role, require
from frontdesk.services.registry.service import resolve_room
from frontdesk.services.validation import FieldError, clean_id_number, clean_name, clean_phone

BATCH = Kind("delivery_batch")
PREFIX = "JF"
VIEW, EDIT = "delivery.view", "delivery.edit"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    EDIT: (Role.RECEPTIONIST, Role.SUPERVISOR),
}

VOCABULARY = Vocabulary(
    "DeliveryBatch",
    "交付批次",
    states={"open": "交付中", "closed": "已结束"},
)

#: the detail's labels that are not field labels (context RecordKind, like the fields')
DETAIL_WORDS = (
    QT_TRANSLATE_NOOP("RecordKind", "交付户数"),
    QT_TRANSLATE_NOOP("RecordKind", "已预约"),
    QT_TRANSLATE_NOOP("RecordKind", "已交房"),
    QT_TRANSLATE_NOOP("RecordKind", "暂缓"),
    QT_TRANSLATE_NOOP("RecordKind", "已入住"),
    QT_TRANSLATE_NOOP("RecordKind", "未预约"),
    QT_TRANSLATE_NOOP("RecordKind", "名单文件"),
)

#: the developer's list: (field, header, other headers accepted)
COLUMNS_IN: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("project", "项目", ("项目名称", "小区", "楼盘")),
    ("building", "楼栋", ("栋", "楼号", "栋号", "幢")),
    ("unit", "单元", ("单元号",)),
    ("room", "房号", ("房间号", "房屋编号", "房间", "门牌号", "房屋")),
    ("name", "买受人", ("购房人", "业主", "业主姓名", "客户姓名", "姓名")),
    ("phone", "联系电话", ("电话", "手机", "手机号", "手机号码")),
    ("id_number", "身份证号", ("身份证", "身份证号码", "证件号码", "证件号")),
)
_INDEX = header_index(COLUMNS_IN)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"open"}), "edit", None, EDIT),
        Transition(frozenset({"open"}), "close", "closed", EDIT),
        Transition(frozenset({"closed"}), "reopen", "open", EDIT),
    ]
)


@dataclass(frozen=True)
class BatchRow:
    id: int
    number: str
    state: str
    name: str
    starts_on: date | None
    ends_on: date | None
    rooms: int
    booked: int
    handed: int
    deferred: int
    moved_in: int
    version: int
    allowed: frozenset[str]


COLUMNS: list[Column[BatchRow]] = [
    Column("number", QT_TRANSLATE_NOOP("DeliveryBatch", "编号"), lambda r: r.number, width=16),
    Column("name", QT_TRANSLATE_NOOP("DeliveryBatch", "批次名称"), lambda r: r.name, width=24),
    Column("starts_on", QT_TRANSLATE_NOOP("DeliveryBatch", "开始日期"), lambda r: r.starts_on, width=11),
    Column("rooms", QT_TRANSLATE_NOOP("DeliveryBatch", "交付户数"), lambda r: r.rooms, width=8),
    Column("booked", QT_TRANSLATE_NOOP("DeliveryBatch", "已预约"), lambda r: r.booked, width=8),
    Column("handed", QT_TRANSLATE_NOOP("DeliveryBatch", "已交房"), lambda r: r.handed, width=8),
    Column("deferred", QT_TRANSLATE_NOOP("DeliveryBatch", "暂缓"), lambda r: r.deferred, width=8),
    Column("moved_in", QT_TRANSLATE_NOOP("DeliveryBatch", "已入住"), lambda r: r.moved_in, width=8),
    Column(
        "state", QT_TRANSLATE_NOOP("DeliveryBatch", "状态"), lambda r: r.state, text=lambda r: VOCABULARY.state(r.state), width=8
    ),
]

FORM = RecordForm(
    title="新建交付批次",
    fields=(
        FormField("name", "批次名称", required=True, max_len=100, placeholder="如：一期 1-3 栋集中交付"),
        FormField("starts_on", "交付开始日期", "date", required=True),
        FormField("notes", "备注", "multiline", max_len=1000),
    ),
    columns=COLUMNS,
    views=(View("state:open", "交付中"), View("all", "全部")),
    actions=(
        KindAction("edit", "修改批次", edits=True),
        KindAction("close", "结束批次", confirm="结束交付批次 {0}？结束后不能再导入名单。"),
        KindAction("reopen", "重新开放", confirm="重新开放交付批次 {0}？"),
    ),
    create_permission=EDIT,
    view_permission=VIEW,
)


@dataclass(frozen=True)
class BuyerLine:
    """One accepted line of the developer's list."""

    line: int
    room_id: int
    room_code: str
    name: str
    phone: str | None
    id_number: str | None


@dataclass(frozen=True)
class BuyersPreview:
    batch_id: int
    source: str
    file_format: str
    rows: tuple[BuyerLine, ...]
    rejected: tuple[RejectedRow, ...]
    header_cells: tuple[str, ...]
    #: the file's columns holding phones and ID numbers (shown masked to whom may not see them)
    private_columns: tuple[tuple[int, str], ...] = ()


#: 交房 states that count as an appointment made, handed over, and moved in
BOOKED_STATES = ("booked", "in_progress", "handed", "moved_in", "deferred")


class DeliveryService(RecordService[DeliveryBatch, BatchRow]):
    _entity = "delivery_batch"
    model = DeliveryBatch
    kind = BATCH
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "open"
    text_columns = ("name", "notes")
    final_states = frozenset({"closed"})

    def _counts(self, s: Session, batch_id: int) -> dict[str, int]:
        from frontdesk.models.handovers_in import RoomHandover

        q = select(RoomHandover.state, func.count()).where(RoomHandover.batch_id == batch_id).group_by(RoomHandover.state)
        return {str(k): int(v) for k, v in s.execute(q).all()}

    def to_row(self, user: CurrentUser, m: DeliveryBatch) -> BatchRow:
        s = object_session(m)
        counts = self._counts(s, m.id) if s is not None and m.id is not None else {}
        return BatchRow(
            m.id,
            m.number,
            m.state,
            m.name,
            m.starts_on,
            m.ends_on,
            len(m.buyers),
            sum(counts.get(k, 0) for k in BOOKED_STATES),
            counts.get("handed", 0) + counts.get("moved_in", 0),
            counts.get("deferred", 0),
            counts.get("moved_in", 0),
            m.version,
            MACHINE.allowed(user, m.state),
        )

    def fill(self, s: Session, user: CurrentUser, m: DeliveryBatch, values: dict[str, Any], *, new: bool) -> None:
        super().fill(s, user, m, values, new=new)
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name

    def title_of(self, m: DeliveryBatch) -> str:
        return f"{m.name}（{len(m.buyers)} 户）"

    def detail_lines(self, user: CurrentUser, m: DeliveryBatch) -> list[tuple[str, str]]:
        row = self.to_row(user, m)
        lines = [
            ("批次名称", m.name),
            ("交付开始日期", f"{m.starts_on or ''}"),
            ("交付户数", str(row.rooms)),
            ("已预约", str(row.booked)),
            ("已交房", str(row.handed)),
            ("暂缓", str(row.deferred)),
            ("已入住", str(row.moved_in)),
            ("未预约", self._not_booked(m)),
            ("名单文件", f"{m.source_file}（{self.local(m.imported_at)}）" if m.source_file else "尚未导入"),
            ("备注", m.notes or ""),
        ]
        return lines

    def _not_booked(self, m: DeliveryBatch) -> str:
        """The batch's rooms without an appointment yet (to ring and book), the first 40 named."""
        from frontdesk.models.handovers_in import RoomHandover

        s = object_session(m)
        if s is None:
            return ""
        booked = set(
            s.scalars(select(RoomHandover.room_id).where(RoomHandover.batch_id == m.id, RoomHandover.state != "cancelled"))
        )
        codes = [b.room_code for b in m.buyers if b.room_id not in booked]
        if not codes:
            return "无"
        shown = "、".join(codes[:40])
        return f"{len(codes)} 户：{shown}" + ("…" if len(codes) > 40 else "")

    def history(self, user: CurrentUser, m: DeliveryBatch) -> list[str]:
        out = [f"{self.local(m.created_at)} {m.created_by_name} 建立"]
        if m.imported_at:
            out.append(f"{self.local(m.imported_at)} 导入名单 {m.source_file or ''}")
        return out

    # --- the developer's list -------------------------------------------------------------------

    def buyers(self, user: CurrentUser, batch_id: int) -> list[tuple[int, str, str]]:
        """The batch's rooms: (room id, room code, buyer name)."""
        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, batch_id)
            return [(b.room_id, b.room_code, b.buyer_name) for b in m.buyers]

    def preview_buyers(self, user: CurrentUser, batch_id: int, path: str | Path) -> BuyersPreview:
        """Read and check the developer's list for ``batch_id``; nothing is written. Each line
        needs a room the registry knows (not already in this batch or earlier in the file) and
        the buyer's name; a phone and an ID number, when given, must be valid."""
        require(user, EDIT)
        path = Path(path)
        table, fmt = read_table(path, lambda rows: find_header(rows, _INDEX, "room") is not None)
        found = find_header(table, _INDEX, "room")
        if found is None:
            if not any(any(c.strip() for c in r) for r in table):
                raise ImportFileError("import_empty")
            raise ImportFileError("import_no_header", expected="、".join(("房号", "买受人", "联系电话", "身份证号")))
        at, mapping = found
        rows: list[BuyerLine] = []
        rejected: list[RejectedRow] = []
        with self._db.read() as s:
            batch = self._get(s, batch_id)
            if batch.state != "open":
                raise ServiceError("batch_closed")
            have = {b.room_id for b in batch.buyers}
            seen: dict[int, int] = {}
            for i, raw in enumerate(table[at + 1 :], start=at + 2):
                if not any(c.strip() for c in raw):
                    continue
                cells = {f: (raw[j] if j < len(raw) else "").strip() for j, f in mapping.items()}
                line, problems = self._check_line(s, cells)
                if line is not None:
                    if line.room_id in have:
                        problems.append(RowProblem("room", "delivery_room_in_batch", {"room": line.room_code}))
                    elif line.room_id in seen:
                        problems.append(RowProblem("room", "delivery_room_twice", {"line": seen[line.room_id]}))
                    else:
                        seen[line.room_id] = i
                if problems or line is None:
                    rejected.append(RejectedRow(i, tuple(raw), tuple(problems)))
                else:
                    rows.append(BuyerLine(i, line.room_id, line.room_code, line.name, line.phone, line.id_number))
        private = tuple((j, f) for j, f in mapping.items() if f in ("phone", "id_number"))
        return BuyersPreview(batch_id, path.name, fmt, tuple(rows), tuple(rejected), tuple(table[at]), private)

    def _check_line(self, s: Session, cells: dict[str, str]) -> tuple[BuyerLine | None, list[RowProblem]]:
        problems: list[RowProblem] = []

        def check(name: str, fn: Any, value: str) -> Any:
            try:
                return fn(value)
            except FieldError as exc:
                problems.append(RowProblem(name, exc.code, dict(exc.params)))
                return None

        text = cells.get("room", "")
        if cells.get("building"):
            text = f"{cells['building']}-{cells.get('unit') or '1'}-{text}"
        room = None
        if not cells.get("room"):
            problems.append(RowProblem("room", "required"))
        else:
            project_id = None
            if cells.get("project"):
                project_id = s.scalar(select(Project.id).where(Project.name == cells["project"]))
            try:
                room = resolve_room(s, text, project_id)
            except ValidationError as exc:
                problems.append(RowProblem("room", exc.errors.get("room", "room_unknown"), {"room": text}))
        name = check("name", lambda v: clean_name(v, required=True), cells.get("name", ""))
        phone = check("phone", clean_phone, cells.get("phone", ""))
        id_number = check("id_number", clean_id_number, cells.get("id_number", ""))
        if problems or room is None:
            return None, problems
        return BuyerLine(0, room.id, room.code, name, phone, id_number), problems

    def commit_buyers(self, user: CurrentUser, preview: BuyersPreview, version: int) -> BatchRow:
        """Write the accepted lines to the batch, all of them or none."""
        require(user, EDIT)
        if not preview.rows:
            raise ServiceError("import_nothing")
        note(self.kind)
        with self._db.write() as s:
            m = load_for_change(s, DeliveryBatch, preview.batch_id, version)
            if m.state != "open":
                raise ServiceError("batch_closed")
            have = {b.room_id for b in m.buyers}
            for r in preview.rows:
                if r.room_id in have:
                    raise ServiceError("delivery_room_in_batch", room=r.room_code)
                m.buyers.append(
                    DeliveryBuyer(
                        room_id=r.room_id,
                        room_code=r.room_code,
                        buyer_name=r.name,
                        phone=r.phone,
                        id_number=r.id_number,
                        line=r.line,
                    )
                )
            m.source_file, m.imported_at = preview.source[:200], self.now()
            s.flush()
            self._audit(s, user, m.id, "import", after={"rows": len(preview.rows), "rejected": len(preview.rejected)})
            return self.to_row(user, m)
