"""收发文件登记 (WJ + date + sequence): every document the centre receives (收文: company
circulars, the developer's letters, government notices) or sends (发文): who from or to, its
title and number, its date, how many copies, who handled it; then who signed for it and when
(签收), and whether it was returned (退回) or archived (归档). A document not signed for by the
day after it was registered is 未签收: counted, listed and handed over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from frontdesk.models.documents import DocumentEntry
from frontdesk.models.staff import Staff
from frontdesk.services.clock import local_day_bounds as day_bounds
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import ME, FormField
from frontdesk.services.core.records import Flag, KindAction, RecordForm, RecordService, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import CurrentUser, Role, require
from frontdesk.services.validation import Collector

DOCUMENT = Kind("document")
PREFIX = "WJ"
VIEW, EDIT = "document.view", "document.edit"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    EDIT: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
}

VOCABULARY = Vocabulary(
    "Document",
    "收发文件登记",
    states={"registered": "待签收", "signed": "已签收", "returned": "已退回", "archived": "已归档", "cancelled": "已作废"},
    counts={"document.unsigned": "文件未签收 {0}"},
)

DIRECTIONS = ("收文", "发文")

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"registered"}), "edit", None, EDIT),
        Transition(frozenset({"registered"}), "sign", "signed", EDIT),
        Transition(frozenset({"signed"}), "archive", "archived", EDIT),
        Transition(frozenset({"signed"}), "return", "returned", EDIT),
        Transition(frozenset({"registered"}), "cancel", "cancelled", EDIT),
    ]
)


@dataclass(frozen=True)
class DocumentRow:
    id: int
    number: str
    state: str
    direction: str
    counterpart: str
    title: str
    doc_no: str
    doc_date: date
    copies: int
    handled_by: str
    received_by: str
    received_at: datetime | None
    #: registered before today and not yet signed for
    unsigned: bool
    version: int
    allowed: frozenset[str]


COLUMNS: list[Column[DocumentRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Document", "登记号"), lambda r: r.number, width=16),
    Column("direction", QT_TRANSLATE_NOOP("Document", "收/发"), lambda r: r.direction, width=6),
    Column("doc_date", QT_TRANSLATE_NOOP("Document", "文件日期"), lambda r: r.doc_date, width=11),
    Column("counterpart", QT_TRANSLATE_NOOP("Document", "来文/去文单位"), lambda r: r.counterpart, width=14),
    Column("title", QT_TRANSLATE_NOOP("Document", "文件标题"), lambda r: r.title, width=28),
    Column("doc_no", QT_TRANSLATE_NOOP("Document", "文号"), lambda r: r.doc_no, width=14),
    Column("copies", QT_TRANSLATE_NOOP("Document", "份数"), lambda r: r.copies, width=5),
    Column("handled_by", QT_TRANSLATE_NOOP("Document", "经办人"), lambda r: r.handled_by, width=8),
    Column("received_by", QT_TRANSLATE_NOOP("Document", "签收人"), lambda r: r.received_by, width=8),
    Column("received_at", QT_TRANSLATE_NOOP("Document", "签收时间"), lambda r: r.received_at, width=16),
    Column("state", QT_TRANSLATE_NOOP("Document", "状态"), lambda r: r.state, text=lambda r: VOCABULARY.state(r.state), width=8),
]

FIELDS = (
    FormField("direction", "收文/发文", "choice", required=True, choices=DIRECTIONS, default="收文"),
    FormField("counterpart", "来文/去文单位", required=True, max_len=100, placeholder="如 公司行政部、开发商"),
    FormField("title", "文件标题", required=True, max_len=200),
    FormField("doc_no", "文号", max_len=50, placeholder="如 粤物〔2026〕35号；没有则留空"),
    FormField("doc_date", "文件日期", "date", required=True),
    FormField("copies", "份数", "int", required=True, low=1, high=999, default=1),
    FormField("handled_by", "经办人", "staff", required=True, default=ME),
    FormField("note", "备注", max_len=500),
)

FORM = RecordForm(
    title="登记收发文件",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("open", "未归档"),
        View("unsigned", "未签收"),
        View("in", "收文"),
        View("out", "发文"),
        View("all", "全部"),
    ),
    actions=(
        KindAction("edit", "修改登记", edits=True),
        KindAction(
            "sign",
            "签收",
            shortcut="Ctrl+R",
            fields=(
                FormField("received_by", "签收人", "name", required=True),
                FormField("received_at", "签收时间", "datetime", required=True),
            ),
        ),
        KindAction("archive", "归档", confirm="将文件 {0} 归档？"),
        KindAction("return", "退回", fields=(FormField("closed_note", "退回原因", required=True, max_len=500),)),
        KindAction("cancel", "作废", confirm="作废登记 {0}？"),
    ),
    create_permission=EDIT,
    view_permission=VIEW,
)


def _unsigned(svc: DocumentService) -> ColumnElement[bool]:
    start, _end = day_bounds(svc.today())
    return and_(DocumentEntry.state == "registered", DocumentEntry.created_at < start)


class DocumentService(RecordService[DocumentEntry, DocumentRow]):
    _entity = "document_entry"
    model = DocumentEntry
    kind = DOCUMENT
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "registered"
    text_columns = ("counterpart", "title", "doc_no", "received_by", "handled_by_name", "note")
    flags = (Flag("unsigned", _unsigned),)
    final_states = frozenset({"archived", "returned", "cancelled"})

    def view_conditions(self, view: str) -> list[ColumnElement[bool]]:
        if view in ("in", "out"):
            return [DocumentEntry.direction == ("收文" if view == "in" else "发文")]
        return super().view_conditions(view)

    def to_row(self, user: CurrentUser, m: DocumentEntry) -> DocumentRow:
        start, _end = day_bounds(self.today())
        return DocumentRow(
            m.id,
            m.number,
            m.state,
            m.direction,
            m.counterpart,
            m.title,
            m.doc_no or "",
            m.doc_date,
            m.copies,
            m.handled_by_name,
            m.received_by or "",
            m.received_at,
            m.state == "registered" and m.created_at < start,
            m.version,
            MACHINE.allowed(user, m.state),
        )

    def fill(self, s: Session, user: CurrentUser, m: DocumentEntry, values: dict[str, Any], *, new: bool) -> None:
        c = Collector()
        staff: str | None = s.scalar(select(Staff.name).where(Staff.id == values["handled_by"], Staff.active.is_(True)))
        if staff is None:
            c.add("handled_by", "unknown_staff")
        if values["doc_date"] > self.today():
            c.add("doc_date", "date_in_future")
        c.raise_if_any()
        for name in ("direction", "counterpart", "title", "doc_no", "doc_date", "copies", "note"):
            setattr(m, name, values[name])
        m.handled_by_id, m.handled_by_name = values["handled_by"], staff or ""
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            values = {f.name: getattr(m, f.name, None) for f in FIELDS}
            values["handled_by"] = m.handled_by_id
            return values

    def on_action(self, s: Session, user: CurrentUser, m: DocumentEntry, action: str, values: dict[str, Any]) -> None:
        now = self.now()
        if action == "sign":
            c = Collector()
            if values["received_at"] > now:
                c.add("received_at", "time_in_future")
            c.raise_if_any()
            m.received_by, m.received_at = values["received_by"], values["received_at"]
        elif action in ("archive", "return"):
            m.closed_at, m.closed_by_name, m.closed_note = now, user.name, values.get("closed_note")

    def title_of(self, m: DocumentEntry) -> str:
        no = f" {m.doc_no}" if m.doc_no else ""
        return f"{m.direction} · {m.counterpart} · {m.title}{no}"

    def detail_lines(self, user: CurrentUser, m: DocumentEntry) -> list[tuple[str, str]]:
        lines = [
            ("收文/发文", m.direction),
            ("来文/去文单位", m.counterpart),
            ("文件标题", m.title),
            ("文号", m.doc_no or "无"),
            ("文件日期", m.doc_date.isoformat()),
            ("份数", str(m.copies)),
            ("经办人", m.handled_by_name),
            ("备注", m.note or ""),
        ]
        if m.received_by:
            lines.append(("签收", f"{m.received_by}  {self.local(m.received_at)}"))
        if m.closed_at:
            word = "退回" if m.state == "returned" else "归档"
            lines.append((word, f"{self.local(m.closed_at)} {m.closed_by_name or ''} {m.closed_note or ''}".strip()))
        return lines

    def history(self, user: CurrentUser, m: DocumentEntry) -> list[str]:
        out = [f"{self.local(m.created_at)} {m.created_by_name} 登记"]
        if m.received_at:
            out.append(f"{self.local(m.received_at)} {m.received_by or ''} 签收")
        if m.closed_at:
            out.append(f"{self.local(m.closed_at)} {m.closed_by_name or ''} {'退回' if m.state == 'returned' else '归档'}")
        return out
