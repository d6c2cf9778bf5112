"""装修登记 (ZX + date + sequence) on the generic record service: registered at the counter with
its documents, deposit and workers; approved by a butler or supervisor; works start (the room
becomes 装修中 in the registry), are inspected every few days (a 违规 opens a 整改通知单 through
the notices service), are accepted (the room's status comes back) and the deposit is refunded,
less any deduction. Inspections overdue and works past their planned end are flagged: counted,
listed, handed over. The guard checks a worker's 出入证 by its number (the QR on the card)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from frontdesk.models import Room
from frontdesk.models.renovation import Renovation, RenovationInspection
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.clock import month_bounds, to_local
from frontdesk.services.core.changes import ROOM, note
from frontdesk.services.core.fields import choice_keys, read_values
from frontdesk.services.core.records import Flag, RecordService
from frontdesk.services.errors import ConflictError, InvalidTransition, NotFound, ValidationError
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import _owner, mark_room_status, resolve_room
from frontdesk.services.renovation.form import (
    ACCEPTANCE_ITEMS,
    CLAUSES,
    FORM,
    GATE,
    HOURS,
    INSPECT_DAYS,
    MACHINE,
    PREFIX,
    RENOVATION,
    VIEW,
    VOCABULARY,
    RenovationRow,
)
from frontdesk.services.validation import mask_id_number, mask_phone

RENOVATING = "装修中"
#: states in which a worker's card lets them in (between approval and acceptance)
CARD_STATES = frozenset({"approved", "working", "awaiting"})


@dataclass(frozen=True)
class WorkerCard:
    """One 施工人员出入证 as printed and checked: ``id_number`` is masked."""

    card_no: str
    name: str
    id_number: str
    company: str
    room_code: str
    valid_from: date
    valid_until: date


@dataclass(frozen=True)
class CardCheck:
    """The gate's answer for a scanned or typed card number: ``outcome`` is valid / expired /
    not_yet / suspended / ended (accepted, closed, cancelled) / not_approved / unknown."""

    outcome: str
    text: str
    card: WorkerCard | None = None
    number: str = ""
    state: str = ""
    reason: str = ""


@dataclass(frozen=True)
class DepositRow:
    """What the fees' deposit ledger takes over: the amounts on a renovation, and their refund."""

    renovation_id: int
    number: str
    room_code: str
    owner_name: str
    deposit: Decimal | None
    cleanup_fee: Decimal | None
    receipt_no: str
    deduction: Decimal | None
    deduction_reason: str
    refunded: Decimal | None
    state: str


def _due_cutoff(svc: RenovationService) -> date:
    return svc.today() - timedelta(days=svc.inspect_days())


def _inspection_due(svc: RenovationService) -> ColumnElement[bool]:
    return and_(Renovation.state == "working", Renovation.last_inspected_on < _due_cutoff(svc))


def _past_end(svc: RenovationService) -> ColumnElement[bool]:
    return and_(Renovation.state.in_(("working", "suspended")), Renovation.planned_end < svc.today())


class RenovationService(RecordService[Renovation, RenovationRow]):
    _entity = "renovation"
    model = Renovation
    kind = RENOVATION
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "applied"
    text_columns = ("room_code", "owner_name", "company", "manager", "description")
    flags = (
        Flag("inspection_due", _inspection_due, severity="danger"),
        Flag("past_end", _past_end, severity="warning"),
    )
    final_states = frozenset({"closed", "cancelled"})

    notices: Any = None  # the notices service (wired at start: frontdesk.services.renovation.wire)

    # --- settings --------------------------------------------------------------------------------

    def inspect_days(self) -> int:
        return int(self._setting(INSPECT_DAYS) or 7)

    def hours(self) -> str:
        return str(self._setting(HOURS) or "")

    def choices(self, key: str) -> list[str]:
        if key == CLAUSES:
            return [f"{c.no} {c.text[:24]}…" if len(c.text) > 24 else f"{c.no} {c.text}" for c in self._clauses()]
        return super().choices(key)

    def _choices(self, fields: Any) -> dict[str, Any]:
        return {key: self.choices(key) for key in choice_keys(fields)}

    def _clauses(self) -> list[Any]:
        return list(self.notices.clauses()) if self.notices is not None else []

    # --- rows ------------------------------------------------------------------------------------

    def to_row(self, user: CurrentUser, m: Renovation) -> RenovationRow:
        today = self.today()
        working = m.state == "working"
        due = working and m.last_inspected_on is not None and m.last_inspected_on < _due_cutoff(self)
        return RenovationRow(
            m.id,
            m.number,
            m.state,
            m.room_code,
            m.owner_name,
            m.company,
            m.manager,
            m.planned_start,
            m.planned_end,
            m.deposit,
            len(m.workers or []),
            due,
            m.state in ("working", "suspended") and m.planned_end < today,
            m.version,
            MACHINE.allowed(user, m.state),
        )

    def title_of(self, m: Renovation) -> str:
        return f"{m.room_code} {m.company}（{m.planned_start:%m-%d}—{m.planned_end:%m-%d}）"

    def _phone(self, user: CurrentUser, phone: str | None) -> str:
        return (phone or "") if user.can(Action.PII_VIEW) else mask_phone(phone)

    def _id(self, user: CurrentUser, number: str | None) -> str:
        return (number or "") if user.can(Action.PII_VIEW) else mask_id_number(number)

    # --- the form ----------------------------------------------------------------------------------

    def fill(self, s: Session, user: CurrentUser, m: Renovation, values: dict[str, Any], *, new: bool) -> None:
        errors: dict[str, str] = {}
        room: Room | None = None
        project, code = values["room"]
        try:
            room = resolve_room(s, code, project)
        except ValidationError as exc:
            errors["room"] = exc.errors["room"]
        if values["planned_end"] < values["planned_start"]:
            errors["planned_end"] = "end_before_start"
        if (values["deposit"] or values["cleanup_fee"]) and not values["receipt_no"]:
            errors["receipt_no"] = "receipt_required"
        ids = [w["id_number"] for w in values["workers"]]
        for i, number in enumerate(ids):
            if number in ids[:i]:
                errors[f"workers.{i}.id_number"] = "duplicate_worker"
        if errors:
            raise ValidationError(errors)
        assert room is not None
        owner = _owner(room)
        m.room_id, m.room_code = room.id, room.code
        m.owner_name = values["owner_name"] or (owner.name if owner else "")
        m.owner_phone = values["owner_phone"] or (owner.phone if owner else None)
        for name in ("company", "manager", "manager_phone", "description", "planned_start", "planned_end"):
            setattr(m, name, values[name])
        m.categories, m.documents = list(values["categories"]), list(values["documents"] or [])
        m.structural = bool(values["structural"])
        m.deposit, m.cleanup_fee, m.receipt_no = values["deposit"], values["cleanup_fee"], values["receipt_no"]
        m.hours = self.hours()
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name
            m.events = []
            s.flush()  # the number is known: the cards are numbered after it
        m.workers = [
            {"name": w["name"], "phone": w["phone"], "id_number": w["id_number"], "card_no": f"{m.number}-{i + 1:02d}"}
            for i, w in enumerate(values["workers"])
        ]
        self._event(m, user, "登记" if new else "修改")

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        require(user, self.form.create_permission)
        with self._db.read() as s:
            m = self._get(s, record_id)
            room = s.get(Room, m.room_id)
            out = {f.name: getattr(m, f.name, None) for f in self.form.fields}
            out["room"] = (room.project_id if room else None, m.room_code)
            out["workers"] = [{k: w.get(k) for k in ("name", "phone", "id_number")} for w in m.workers]
            return out

    def _event(self, m: Renovation, user: CurrentUser, what: str) -> None:
        at = to_local(self.now()).strftime("%Y-%m-%d %H:%M")
        m.events = [*(m.events or []), {"at": at, "by": user.name, "what": what}]

    # --- actions -------------------------------------------------------------------------------------

    def act(self, user: CurrentUser, record_id: int, version: int, action: str, values: Any = None) -> RenovationRow:
        """The generic action; an inspection found 违规 first issues its 整改通知单 through the
        notices service (prefilled with the room, the contractor and the finding), then records
        the inspection with the notice's number."""
        if action != "inspect":
            return super().act(user, record_id, version, action, values)
        spec = next(a for a in self.form.actions if a.name == "inspect")
        clean = read_values(spec.fields, values or {}, self._choices(spec.fields))
        self._check_first(user, record_id, version, action)
        issued = None
        if clean["result"] == "违规":
            issued = self._issue_notice(user, record_id, clean)
        self._issued = issued
        try:
            return super().act(user, record_id, version, action, values)
        finally:
            self._issued = None

    _issued: Any = None

    def _check_first(self, user: CurrentUser, record_id: int, version: int, action: str) -> None:
        """What would refuse the inspection, checked before its notice is issued (a stale
        record, a state that takes no inspection), so a refusal leaves no notice behind."""
        with self._db.read() as s:
            m = self._get(s, record_id)
            if m.version != version:
                raise ConflictError("conflict", current_version=m.version)
            self.machine.check(user, m.state, action)

    def _issue_notice(self, user: CurrentUser, record_id: int, clean: dict[str, Any]) -> Any:
        from frontdesk.services.notices import NoticeInput

        errors = {}
        if not clean["findings"]:
            errors["findings"] = "required"
        if not clean["clause"]:
            errors["clause"] = "required"
        if not clean["requirement"]:
            errors["requirement"] = "required"
        if errors:
            raise ValidationError(errors)
        with self._db.read() as s:
            m = self._get(s, record_id)
            room = s.get(Room, m.room_id)
            data = NoticeInput(
                room=m.room_code,
                project_id=room.project_id if room else None,
                addressee_kind="contractor",
                addressee_name=f"{m.company}（负责人 {m.manager}）"[:100],
                addressee_phone=m.manager_phone,
                found_on=min(clean["day"], self.today()),
                findings=clean["findings"],
                clause_nos=[str(clean["clause"]).split(" ", 1)[0]],
                requirement=clean["requirement"],
                deadline=self.today() + timedelta(days=int(clean["deadline_days"] or 3)),
            )
        try:
            return self.notices.issue(user, data)
        except ValidationError as exc:
            names = {"clauses": "clause", "deadline": "deadline_days", "found_on": "day"}
            raise ValidationError({names.get(k, k): v for k, v in exc.errors.items()}, **exc.params) from exc

    def on_action(self, s: Session, user: CurrentUser, m: Renovation, action: str, values: dict[str, Any]) -> None:
        now = self.now()
        words = self._event_words(action, values)
        if action in ("return", "suspend", "cancel"):
            m.reason = values["reason"]
        if action == "approve":
            m.approved_by, m.approved_at, m.reason = user.name, now, None
        elif action == "start":
            m.started_at = now
            m.last_inspected_on = self.today()
            m.room_status_before = mark_room_status(s, user, m.room_id, RENOVATING)
            note(ROOM)
        elif action == "inspect":
            self._inspect(s, user, m, values)
            words = f"巡查：{values['result']}" + (f"，{self._issued.detail.number}" if self._issued else "")
        elif action in ("accept", "fail"):
            items = list(values["items"] or [])
            if action == "accept" and set(self.choices(ACCEPTANCE_ITEMS)) - set(items):
                raise ValidationError({"items": "not_all_passed"})
            m.acceptance_items, m.acceptance_note = items, values["note"]
            m.accepted_by, m.accepted_at = user.name, now
            if action == "accept":
                self._restore_room(s, user, m)
        elif action == "refund":
            self._refund(m, values)
        elif action == "suspend":
            m.resume_state = m.state
        elif action == "resume":
            m.state, m.resume_state, m.reason = m.resume_state or "approved", None, None
        elif action == "cancel" and m.started_at is not None:
            self._restore_room(s, user, m)
        self._event(m, user, words)

    def _event_words(self, action: str, values: dict[str, Any]) -> str:
        label = next((a.label for a in self.form.actions if a.name == action), action)
        reason = values.get("reason") or values.get("note")
        return f"{label}：{reason}" if reason else label

    def _restore_room(self, s: Session, user: CurrentUser, m: Renovation) -> None:
        before = m.room_status_before if m.room_status_before and m.room_status_before != RENOVATING else "已交房"
        mark_room_status(s, user, m.room_id, before)
        note(ROOM)

    def _inspect(self, s: Session, user: CurrentUser, m: Renovation, values: dict[str, Any]) -> None:
        day = values["day"]
        if day > self.today():
            raise ValidationError({"day": "day_in_future"})
        if values["result"] == "违规" and not values["findings"]:
            raise ValidationError({"findings": "required"})
        issued = self._issued
        s.add(
            RenovationInspection(
                renovation_id=m.id,
                day=day,
                result=values["result"],
                findings=values["findings"] or "",
                notice_id=issued.detail.id if issued else None,
                notice_number=issued.detail.number if issued else None,
                by_name=user.name,
                at=self.now(),
            )
        )
        m.last_inspected_on = max(m.last_inspected_on or day, day)

    def _refund(self, m: Renovation, values: dict[str, Any]) -> None:
        deposit = m.deposit or Decimal("0.00")
        deduction = values["deduction"] or Decimal("0.00")
        if deduction > deposit:
            raise ValidationError({"deduction": "deduction_over_deposit"}, deposit=f"{deposit:.2f}")
        if deduction > 0 and not values["deduction_reason"]:
            raise ValidationError({"deduction_reason": "required"})
        m.deduction, m.deduction_reason = deduction, values["deduction_reason"]
        m.refunded, m.refunded_at = deposit - deduction, self.now()

    # --- the detail ----------------------------------------------------------------------------------

    def inspections(self, s: Session, m: Renovation) -> list[RenovationInspection]:
        q = select(RenovationInspection).where(RenovationInspection.renovation_id == m.id)
        return list(s.scalars(q.order_by(RenovationInspection.day, RenovationInspection.id)))

    def detail_lines(self, user: CurrentUser, m: Renovation) -> list[tuple[str, str]]:
        today = self.today()
        dates = f"{m.planned_start} 至 {m.planned_end}" + ("（已超期）" if m.state == "working" and m.planned_end < today else "")
        lines = [
            ("房号", m.room_code),
            ("业主（申请人）", f"{m.owner_name}  {self._phone(user, m.owner_phone)}".strip()),
            ("施工单位", m.company),
            ("施工负责人", f"{m.manager}  {m.manager_phone}"),
            ("装修项目", "、".join(m.categories) + ("；涉及结构改动" if m.structural else "")),
            ("施工内容", m.description),
            ("计划工期", dates),
            ("施工时间", m.hours),
            ("已查验资料", "、".join(m.documents) or "无"),
            ("装修押金（元）", f"{m.deposit:.2f}" if m.deposit is not None else "未收"),
            ("垃圾清运费（元）", f"{m.cleanup_fee:.2f}" if m.cleanup_fee is not None else "未收"),
            ("收据号", m.receipt_no or ""),
        ]
        workers = [f"{w['card_no']}  {w['name']}  {self._id(user, w['id_number'])}" for w in m.workers]
        lines.append(("施工人员", "\n".join(workers) or "无"))
        if m.reason and m.state in ("returned", "suspended", "cancelled"):
            lines.append(("原因", m.reason))
        if m.state == "working" and m.last_inspected_on is not None:
            due = m.last_inspected_on + timedelta(days=self.inspect_days())
            lines.append(("下次巡查", f"{due}" + ("（已逾期）" if due < today else "")))
        if m.acceptance_note or m.acceptance_items:
            lines.append(("验收", f"{'、'.join(m.acceptance_items)}\n{m.acceptance_note or ''}".strip()))
        if m.refunded is not None:
            text = f"退还 {m.refunded:.2f} 元"
            if m.deduction:
                text += f"，扣除 {m.deduction:.2f} 元（{m.deduction_reason}）"
            lines.append(("押金退还", text))
        return lines

    def history(self, user: CurrentUser, m: Renovation) -> list[str]:
        return [f"{e['at']} {e['by']} {e['what']}" for e in (m.events or [])]

    def detail(self, user: CurrentUser, record_id: int) -> Any:
        d = super().detail(user, record_id)
        with self._db.read() as s:
            m = self._get(s, record_id)
            visits = [
                f"{i.day} {i.by_name} {i.result}"
                + (f"：{i.findings}" if i.findings else "")
                + (f"（{i.notice_number}）" if i.notice_number else "")
                for i in self.inspections(s, m)
            ]
        if visits:
            d.lines.append(("巡查记录", "\n".join(visits)))
        return d

    def last_notice(self, user: CurrentUser, record_id: int) -> int | None:
        """The notice the latest inspection opened (None when it found nothing wrong)."""
        require(user, VIEW)
        with self._db.read() as s:
            q = select(RenovationInspection).where(RenovationInspection.renovation_id == record_id)
            last = s.scalars(q.order_by(RenovationInspection.id.desc()).limit(1)).first()
            return last.notice_id if last is not None else None

    # --- the deposit, for the fees' ledger --------------------------------------------------------

    def deposits(self, user: CurrentUser, record_id: int | None = None) -> list[DepositRow]:
        """Every renovation's deposit and 垃圾清运费 (or one's): what the deposit ledger takes over."""
        require(user, VIEW)
        with self._db.read() as s:
            q = select(Renovation).where(Renovation.deposit.is_not(None) | Renovation.cleanup_fee.is_not(None))
            if record_id is not None:
                q = q.where(Renovation.id == record_id)
            return [
                DepositRow(
                    m.id,
                    m.number,
                    m.room_code,
                    m.owner_name,
                    m.deposit,
                    m.cleanup_fee,
                    m.receipt_no or "",
                    m.deduction,
                    m.deduction_reason or "",
                    m.refunded,
                    m.state,
                )
                for m in s.scalars(q.order_by(Renovation.id))
            ]

    # --- the gate ------------------------------------------------------------------------------------

    def check_card(self, user: CurrentUser, text: str) -> CardCheck:
        """A worker's card scanned (its QR is the card number) or typed: may they come in?"""
        require(user, GATE)
        card_no = "".join((text or "").split()).upper()
        number = card_no.rsplit("-", 1)[0]
        with self._db.write() as s:
            m = s.scalar(select(Renovation).where(Renovation.number == number)) if number else None
            worker = next((w for w in (m.workers if m else []) if w["card_no"] == card_no), None)
            if m is None or worker is None:
                self._audit(s, user, None, "gate_check", after={"card": card_no[:40], "outcome": "unknown"})
                return CardCheck("unknown", card_no[:40])
            card = self._card(m, worker)
            today = self.today()
            if m.state == "suspended":
                outcome = "suspended"
            elif m.state in ("accepted", "refunded", "closed", "cancelled"):
                outcome = "ended"
            elif m.state not in CARD_STATES:
                outcome = "not_approved"
            elif today > m.planned_end:
                outcome = "expired"
            elif today < m.planned_start:
                outcome = "not_yet"
            else:
                outcome = "valid"
            self._audit(s, user, m.id, "gate_check", after={"card": card_no, "outcome": outcome})
            return CardCheck(outcome, card_no, card, m.number, m.state, m.reason or "")

    def _card(self, m: Renovation, w: dict[str, Any]) -> WorkerCard:
        return WorkerCard(
            w["card_no"], w["name"], mask_id_number(w["id_number"]), m.company, m.room_code, m.planned_start, m.planned_end
        )

    # --- the month -----------------------------------------------------------------------------------

    def month_counts(self, user: CurrentUser, year: int, month: int) -> list[tuple[str, int]]:
        """The generic figures, then the month's inspections, violations and notices, the
        acceptances and the works in progress today."""
        out = super().month_counts(user, year, month)
        start, end = month_bounds(year, month)
        with self._db.read() as s:
            visits = (
                select(func.count())
                .select_from(RenovationInspection)
                .where(RenovationInspection.at >= start, RenovationInspection.at < end)
            )
            n_visits = int(s.scalar(visits) or 0)
            n_bad = int(s.scalar(visits.where(RenovationInspection.result == "违规")) or 0)
            n_notices = int(s.scalar(visits.where(RenovationInspection.notice_id.is_not(None))) or 0)
            accepted = (
                select(func.count()).select_from(Renovation).where(Renovation.accepted_at >= start, Renovation.accepted_at < end)
            )
            n_accepted = int(s.scalar(accepted.where(Renovation.state.in_(("accepted", "refunded", "closed")))) or 0)
            n_working = int(s.scalar(select(func.count()).select_from(Renovation).where(Renovation.state == "working")) or 0)
        return [
            *out,
            ("施工中（当前）", n_working),
            ("验收通过", n_accepted),
            ("巡查次数", n_visits),
            ("违规次数", n_bad),
            ("整改通知单", n_notices),
        ]

    # --- printing ------------------------------------------------------------------------------------

    def printable(self, user: CurrentUser, record_id: int, what: str = "permit") -> PdfDocument:
        """装修许可证 (``permit``), the workers' 出入证 (``cards``) or the 装修验收单 (``acceptance``)."""
        from frontdesk.printing.renovation import (
            AcceptancePrint,
            PermitPrint,
            render_acceptance,
            render_cards,
            render_permit,
        )

        require(user, VIEW)
        centre = str(self._setting("centre.name") or "")
        with self._db.read() as s:
            m = self._get(s, record_id)
            if what in ("permit", "cards") and m.state in ("applied", "returned"):
                raise InvalidTransition("not_approved", state=m.state)
            permit = PermitPrint(
                centre=centre,
                number=m.number,
                room_code=m.room_code,
                owner_name=m.owner_name,
                company=m.company,
                manager=m.manager,
                manager_phone=m.manager_phone,
                categories=list(m.categories),
                description=m.description,
                structural=m.structural,
                planned_start=m.planned_start,
                planned_end=m.planned_end,
                hours=m.hours,
                approved_by=m.approved_by or "",
                approved_on=to_local(m.approved_at).date() if m.approved_at else self.today(),
                cards=[self._card(m, w) for w in m.workers],
            )
            if what == "acceptance":
                items = self._setting("renovation.acceptance_items") or []
                data = AcceptancePrint(
                    permit,
                    all_items=[str(i) for i in items],
                    passed=list(m.acceptance_items),
                    note=m.acceptance_note or "",
                    result={"accepted": "合格", "refunded": "合格", "closed": "合格"}.get(m.state, ""),
                    accepted_by=m.accepted_by or "",
                    accepted_on=to_local(m.accepted_at).date() if m.accepted_at else None,
                    inspections=[(i.day, i.result, i.findings, i.notice_number or "") for i in self.inspections(s, m)],
                )
                return PdfDocument(f"装修验收单 {m.number}", f"装修验收单_{m.number}.pdf", lambda: render_acceptance(data))
        if what == "cards":
            if not permit.cards:
                raise NotFound("no_workers")
            return PdfDocument(
                f"施工人员出入证 {permit.number}", f"施工人员出入证_{permit.number}.pdf", lambda: render_cards(permit)
            )
        return PdfDocument(f"装修许可证 {permit.number}", f"装修许可证_{permit.number}.pdf", lambda: render_permit(permit))


__all__ = ["CardCheck", "DepositRow", "RenovationService", "WorkerCard"]
