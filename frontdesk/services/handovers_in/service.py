"""交房 (FW + date + sequence) for one room: booked into a half-day slot at the counter (预约),
handled with its checklist (证件与缴费, 业户与表读数, 钥匙移交, 验房 whose defects become repair
orders for 工程部, 复验), then 已交房 — the room's status in the registry too — or 暂缓 with a
reason. Afterwards the move-in (入住登记: occupants and plates into the registry, 门禁卡, the room
已入住) and, while it stands empty, the vacant-room checks (空置房巡查)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from frontdesk.models import Room
from frontdesk.models.deliveries import DeliveryBatch, DeliveryBuyer
from frontdesk.models.handovers_in import RoomHandover
from frontdesk.services.clock import local_day_bounds as day_bounds
from frontdesk.services.core.changes import note
from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.core.pii import reveal_phone
from frontdesk.services.core.records import Flag, RecordService
from frontdesk.services.core.versioning import load_for_change
from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.services.handovers_in.forms import (
    FORM,
    HANDOVER_IN,
    MACHINE,
    PREFIX,
    VIEW,
    VOCABULARY,
    HandoverRow,
)
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import OccupantInput, phone_for, resolve_room
from frontdesk.services.validation import mask_id_number, mask_phone

#: the detail's labels that are not field labels (context RecordKind, like the fields')
DETAIL_WORDS = (
    QT_TRANSLATE_NOOP("RecordKind", "业主"),
    QT_TRANSLATE_NOOP("RecordKind", "电话"),
    QT_TRANSLATE_NOOP("RecordKind", "预约"),
    QT_TRANSLATE_NOOP("RecordKind", "表读数"),
    QT_TRANSLATE_NOOP("RecordKind", "复验"),
    QT_TRANSLATE_NOOP("RecordKind", "入住"),
    QT_TRANSLATE_NOOP("RecordKind", "空置巡查"),
)

#: the states that hold a slot at the counter
HOLDS_SLOT = ("booked", "in_progress")
#: the states in which a room has a live 交房 record (a second booking is refused)
LIVE = ("booked", "in_progress", "handed", "moved_in", "deferred")


def _tomorrow(svc: HandoverService) -> ColumnElement[bool]:
    return and_(RoomHandover.state == "booked", RoomHandover.appt_date == svc.today() + timedelta(days=1))


def _missed(svc: HandoverService) -> ColumnElement[bool]:
    return and_(RoomHandover.state == "booked", RoomHandover.appt_date < svc.today())


def _vacant(svc: HandoverService) -> ColumnElement[bool]:
    return RoomHandover.state == "handed"


def _check_due(svc: HandoverService) -> ColumnElement[bool]:
    """A vacant room not checked (or handed over without a check) within the check period."""
    since = svc.today() - timedelta(days=svc.check_days())
    return and_(
        RoomHandover.state == "handed",
        or_(
            RoomHandover.last_checked_on < since,
            and_(RoomHandover.last_checked_on.is_(None), RoomHandover.handed_at < day_bounds(since)[0]),
        ),
    )


def _json(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cleaned rows as JSON: amounts as text ("1200.00"), dates ISO, None dropped."""
    out = []
    for r in rows:
        out.append(
            {
                k: (f"{v:.2f}" if isinstance(v, Decimal) else v.isoformat() if isinstance(v, date) else v)
                for k, v in r.items()
                if v is not None
            }
        )
    return out


class HandoverService(RecordService[RoomHandover, HandoverRow]):
    _entity = "room_handover"
    model = RoomHandover
    kind = HANDOVER_IN
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "booked"
    text_columns = ("room_code", "buyer_name")
    flags = (
        Flag("tomorrow", _tomorrow, severity="info"),
        Flag("missed", _missed, severity="warning"),
        Flag("vacant", _vacant, counted=False, handover=False),
        Flag("check_due", _check_due, severity="warning"),
    )
    final_states = frozenset({"handed", "moved_in", "cancelled"})

    #: set by the feature's wire(): the registry (room status, occupants) and the work orders
    registry: Any = None
    orders: Any = None

    # --- rows and details ----------------------------------------------------------------------

    def to_row(self, user: CurrentUser, m: RoomHandover) -> HandoverRow:
        defects = list(m.defects or [])
        prints = {"keys"} if m.keys else set()
        if m.move_in:
            prints.add("move_in")
        checks = list(m.checks or [])
        last = f"{checks[-1]['checked_on']} {checks[-1]['result']}" if checks else ""
        return HandoverRow(
            m.id,
            m.number,
            m.state,
            m.room_code,
            m.buyer_name,
            phone_for(user, m.phone),
            m.appt_date,
            m.slot,
            len(defects),
            sum(1 for d in defects if d.get("order_number")),
            self.keys_held(m),
            last,
            m.batch.name if m.batch else "",
            m.version,
            MACHINE.allowed(user, m.state),
            frozenset(prints),
        )

    @staticmethod
    def keys_held(m: RoomHandover) -> str:
        """The keys the centre keeps for the room: 入户门钥匙×1、门禁卡×1"""
        return "、".join(f"{k['kind']}×{k['held']}" for k in (m.keys or []) if int(k.get("held") or 0) > 0)

    def title_of(self, m: RoomHandover) -> str:
        return f"{m.room_code} {m.buyer_name}（{m.appt_date:%m-%d} {m.slot}）"

    def detail_lines(self, user: CurrentUser, m: RoomHandover) -> list[tuple[str, str]]:
        lines = [
            ("房号", m.room_code),
            ("业主", m.buyer_name),
            ("电话", phone_for(user, m.phone)),
            ("身份证号", (m.id_number or "") if user.can(Action.PII_VIEW) else mask_id_number(m.id_number)),
            ("预约", f"{m.appt_date} {m.slot}（{m.channel}）"),
        ]
        if m.papers or m.fees or m.documents:
            lines.append(("证件核验", "、".join(m.papers or []) or "未核验"))
            lines.append(
                ("已缴费用", "；".join(f"{f['item']} 收据 {f['receipt']} ￥{f['amount']}" for f in m.fees or []) or "无")
            )
            lines.append(("已签署文件", "、".join(m.documents or []) or "无"))
        if m.water is not None:
            gas = f"，燃气 {m.gas}" if m.gas is not None else ""
            lines.append(("表读数", f"水 {m.water}，电 {m.electricity}{gas}"))
        if m.occupants:
            consent = "已同意登记" if m.consent else "未同意登记"
            lines.append(("入住人员", "、".join(f"{o['name']}（{o['relation']}）" for o in m.occupants) + f"；{consent}"))
        if m.keys:
            lines.append(
                (
                    "钥匙",
                    "；".join(
                        f"{k['kind']} 交业主 {k.get('handed', 0)}，留存 {k.get('held', 0)}"
                        + (f"（{k['numbers']}）" if k.get("numbers") else "")
                        for k in m.keys
                    ),
                )
            )
        for i, d in enumerate(m.defects or [], start=1):
            order = f" → 工单 {d['order_number']}" if d.get("order_number") else "（未转工单）"
            lines.append(("验房缺陷", f"{i}. {d['part']} · {d['category']}：{d['description']}{order}"))
        if m.reinspect_result:
            lines.append(("复验", f"{m.reinspect_result} {m.reinspect_note or ''}（{self.local(m.reinspected_at)}）"))
        if m.defer_reason:
            lines.append(("暂缓原因", m.defer_reason))
        if m.move_in:
            lines.append(("入住", f"{m.moved_in_on}；门禁卡 {m.move_in.get('cards') or '无'}"))
        for c in m.checks or []:
            lines.append(("空置巡查", f"{c['checked_on']} {c['result']} {c.get('note', '')}（{c.get('by', '')}）"))
        return lines

    def history(self, user: CurrentUser, m: RoomHandover) -> list[str]:
        out = [f"{self.local(m.created_at)} {m.created_by_name} 预约"]
        if m.started_at:
            out.append(f"{self.local(m.started_at)} {m.handled_by_name or ''} 开始办理")
        if m.deferred_at:
            out.append(f"{self.local(m.deferred_at)} 暂缓")
        if m.handed_at:
            out.append(f"{self.local(m.handed_at)} 交房完成")
        if m.moved_in_on:
            out.append(f"{m.moved_in_on} 入住")
        return out

    def view_conditions(self, view: str) -> list[ColumnElement[bool]]:
        if view == "open":
            return [RoomHandover.state.in_(HOLDS_SLOT)]
        return super().view_conditions(view)

    def reveal_phone(self, user: CurrentUser, record_id: int) -> str:
        """The buyer's full number, to ring about an appointment: audited."""
        return reveal_phone(self._db, self._clock, user, RoomHandover, record_id, view=VIEW, audit_kind="room_handover")

    # --- booking ---------------------------------------------------------------------------------

    def check_days(self) -> int:
        return int(self._setting("handover_in.vacant_check_days") or 30)

    def capacity(self) -> int:
        return int(self._setting("handover_in.slot_capacity") or 6)

    def slots(self, user: CurrentUser, day: date) -> dict[str, int]:
        """How many rooms are booked into each half-day of ``day``."""
        require(user, VIEW)
        with self._db.read() as s:
            q = (
                select(RoomHandover.slot, func.count())
                .where(RoomHandover.appt_date == day, RoomHandover.state.in_(HOLDS_SLOT))
                .group_by(RoomHandover.slot)
            )
            return {str(k): int(v) for k, v in s.execute(q).all()}

    def fill(self, s: Session, user: CurrentUser, m: RoomHandover, values: dict[str, Any], *, new: bool) -> None:
        project_id, text = values["room"]
        try:
            room = resolve_room(s, text, project_id)
        except ValidationError as exc:
            raise ValidationError({"room": exc.errors.get("room", "room_unknown")}, room=text) from None
        if new or room.id != m.room_id:
            buyer = s.scalars(
                select(DeliveryBuyer)
                .join(DeliveryBatch, DeliveryBatch.id == DeliveryBuyer.batch_id)
                .where(DeliveryBuyer.room_id == room.id, DeliveryBatch.state == "open")
                .order_by(DeliveryBuyer.id.desc())
            ).first()
            if buyer is None:
                raise ValidationError({"room": "handover_not_in_batch"}, room=room.code)
            live = s.scalar(
                select(RoomHandover.number).where(
                    RoomHandover.room_id == room.id, RoomHandover.state.in_(LIVE), RoomHandover.id != (m.id or 0)
                )
            )
            if live:
                raise ValidationError({"room": "handover_exists"}, number=live)
            m.batch_id, m.room_id, m.room_code = buyer.batch_id, room.id, room.code
            m.buyer_name, m.phone, m.id_number = buyer.buyer_name, buyer.phone, buyer.id_number
        day, slot = values["appt_date"], values["slot"]
        if day < self.today() and (new or day != m.appt_date):
            raise ValidationError({"appt_date": "date_in_past"})
        if new or day != m.appt_date or slot != m.slot:
            taken = s.scalar(
                select(func.count())
                .select_from(RoomHandover)
                .where(
                    RoomHandover.appt_date == day,
                    RoomHandover.slot == slot,
                    RoomHandover.state.in_(HOLDS_SLOT),
                    RoomHandover.id != (m.id or 0),
                )
            )
            if int(taken or 0) >= self.capacity():
                raise ValidationError({"slot": "handover_slot_full"}, capacity=self.capacity())
        m.appt_date, m.slot, m.channel = day, slot, values["channel"]
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            room = s.get(Room, m.room_id)
            return {
                "room": (room.project_id if room else None, m.room_code),
                "appt_date": m.appt_date,
                "slot": m.slot,
                "channel": m.channel,
            }

    # --- the checklist ---------------------------------------------------------------------------

    def action_values(self, user: CurrentUser, record_id: int, action: str) -> dict[str, Any]:
        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            if action == "papers":
                return {"papers": m.papers, "fees": m.fees, "documents": m.documents}
            if action == "people":
                return {
                    "occupants": self._shown(user, m.occupants or [self._buyer_as_occupant(m)]),
                    "consent": m.consent,
                    "water": m.water,
                    "electricity": m.electricity,
                    "gas": m.gas,
                }
            if action == "keys":
                kinds = self._setting("handover_in.key_kinds") or []
                return {"keys": m.keys or [{"kind": k, "handed": "", "held": ""} for k in kinds]}
            if action == "inspect":
                return {"defects": m.defects}
            if action == "move_in":
                return {"occupants": self._shown(user, m.occupants), "consent": m.consent}
        return {}

    @staticmethod
    def _buyer_as_occupant(m: RoomHandover) -> dict[str, Any]:
        return {"name": m.buyer_name, "relation": "本人", "phone": m.phone or "", "id_number": m.id_number or ""}

    @staticmethod
    def _shown(user: CurrentUser, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """People as this user may see them: phones and ID numbers masked without pii.view."""
        if user.can(Action.PII_VIEW):
            return [dict(p) for p in people]
        return [{**p, "phone": mask_phone(p.get("phone")), "id_number": mask_id_number(p.get("id_number"))} for p in people]

    def _restore(self, record_id: int, values: dict[str, Any]) -> dict[str, Any]:
        """A masked phone or ID number sent back unchanged means "keep the stored one"."""
        with self._db.read() as s:
            m = self._get(s, record_id)
            known = {p["name"]: p for p in [self._buyer_as_occupant(m), *(m.occupants or [])]}
        rows = []
        for typed in values.get("occupants") or []:
            p = dict(typed)
            stored = known.get(str(p.get("name", "")).strip(), {})
            if stored.get("phone") and p.get("phone") == mask_phone(stored["phone"]):
                p["phone"] = stored["phone"]
            if stored.get("id_number") and p.get("id_number") == mask_id_number(stored["id_number"]):
                p["id_number"] = stored["id_number"]
            rows.append(p)
        return {**values, "occupants": rows}

    def on_action(self, s: Session, user: CurrentUser, m: RoomHandover, action: str, values: dict[str, Any]) -> None:
        now = self.now()
        if action == "start":
            m.started_at, m.handled_by_name = now, user.name
        elif action == "papers":
            m.papers, m.fees, m.documents = values["papers"], _json(values["fees"]), values["documents"]
        elif action == "people":
            if values["occupants"] and not values["consent"]:
                raise ValidationError({"consent": "handover_consent"})
            m.occupants, m.consent = _json(values["occupants"]), values["consent"]
            m.water, m.electricity, m.gas = values["water"], values["electricity"], values["gas"]
        elif action == "keys":
            for i, k in enumerate(values["keys"]):
                if not (k["handed"] or 0) + (k["held"] or 0):
                    raise ValidationError({f"keys.{i}.handed": "handover_key_count"})
            m.keys = [{**k, "handed": k["handed"] or 0, "held": k["held"] or 0} for k in _json(values["keys"])]
        elif action == "inspect":
            m.defects = self._merge_defects(m, _json(values["defects"]))
        elif action == "reinspect":
            if not m.defects:
                raise ServiceError("handover_no_defects")
            if any(not d.get("order_number") for d in m.defects):
                raise ServiceError("handover_defects_not_ordered")
            m.reinspect_result, m.reinspect_note, m.reinspected_at = values["result"], values["note"], now
        elif action == "complete":
            self._complete(s, user, m)
        elif action == "defer":
            m.defer_reason = values["reason"] + (f"：{values['note']}" if values["note"] else "")
            m.deferred_at = now
        elif action == "move_in":
            self._move_in(s, user, m, values)
        elif action == "check":
            by = user.name
            m.checks = [*(m.checks or []), {**_json([values])[0], "by": by}]
            m.last_checked_on = max(values["checked_on"], m.last_checked_on or values["checked_on"])

    @staticmethod
    def _merge_defects(m: RoomHandover, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The typed defects, keeping the repair order of each one already converted; a
        converted defect cannot be taken off the list (its order exists)."""
        before = {(d["part"], d["category"], d["description"]): d for d in m.defects or []}
        out = [before.get((d["part"], d["category"], d["description"]), d) for d in rows]
        kept = {id(d) for d in out}
        if any(d.get("order_number") and id(d) not in kept for d in before.values()):
            raise ServiceError("handover_defect_has_order")
        if out != list(m.defects or []) and m.reinspect_result:
            m.reinspect_result = None  # a new defect needs a new re-inspection
        return [dict(d) for d in out]

    def _complete(self, s: Session, user: CurrentUser, m: RoomHandover) -> None:
        missing = [p for p in self._setting("handover_in.papers") or [] if p not in (m.papers or [])]
        missing += [d for d in self._setting("handover_in.documents") or [] if d not in (m.documents or [])]
        if missing:
            raise ServiceError("handover_checklist_missing", items="、".join(missing))
        if not m.fees:
            raise ServiceError("handover_fees_missing")
        if m.water is None or m.electricity is None:
            raise ServiceError("handover_meters_missing")
        if not m.keys:
            raise ServiceError("handover_keys_missing")
        if m.defects:
            if any(not d.get("order_number") for d in m.defects):
                raise ServiceError("handover_defects_not_ordered")
            if m.reinspect_result != "已整改":
                raise ServiceError("handover_not_reinspected")
        room = s.get(Room, m.room_id)
        assert room is not None
        self.registry.set_status_in(s, user, room, "已交房")
        self._put_people(s, user, room, m.occupants if m.consent else [])
        m.handed_at, m.handled_by_name = self.now(), user.name

    def _put_people(self, s: Session, user: CurrentUser, room: Room, people: list[dict[str, Any]]) -> None:
        """The occupants into the registry (consent given): one already there (same name,
        active) gets the plates and phone typed now; a new one is added."""
        for p in people:
            kind = "owner" if p.get("relation") == "本人" else ("tenant" if p.get("relation") == "租户" else "family")
            data = OccupantInput(
                kind=kind,
                name=p["name"],
                phone=p.get("phone") or "",
                id_number=p.get("id_number") or "",
                plates=p.get("plates") or "",
                notes=f"交房登记（{self.today()}，本人同意登记）",
            )
            self.registry.put_occupant_in(s, user, room, data)

    def _move_in(self, s: Session, user: CurrentUser, m: RoomHandover, values: dict[str, Any]) -> None:
        if not values["consent"]:
            raise ValidationError({"consent": "handover_consent"})
        room = s.get(Room, m.room_id)
        assert room is not None
        people = _json(values["occupants"])
        self._put_people(s, user, room, people)
        self.registry.set_status_in(s, user, room, "已入住")
        m.moved_in_on = values["moved_in_on"]
        m.move_in = {"occupants": people, "cards": values["cards"] or "", "by": user.name}

    # --- defects → repair orders ----------------------------------------------------------------

    def act(
        self, user: CurrentUser, record_id: int, version: int, action: str, values: Mapping[str, Any] | None = None
    ) -> HandoverRow:
        if action in ("people", "move_in") and isinstance(values, Mapping):
            values = self._restore(record_id, dict(values))
        if action != "to_orders":
            return super().act(user, record_id, version, action, values)
        return self.defects_to_orders(user, record_id, version)

    def defects_to_orders(self, user: CurrentUser, record_id: int, version: int) -> HandoverRow:
        """Each defect not yet converted becomes a repair order (工程部 works them; source
        交房验房), in one step: every order links back to its defect in the order's own
        transaction, so a failure leaves the converted ones converted and the rest to retry."""
        from frontdesk.services.work_orders.rows import WorkOrderInput

        note(self.kind)
        with self._db.read() as s:
            m = load_for_change(s, RoomHandover, record_id, version)
            MACHINE.check(user, m.state, "to_orders")
            pending = [d for d in m.defects or [] if not d.get("order_number")]
            if not pending:
                raise ServiceError("handover_no_defects")
            room = s.get(Room, m.room_id)
            project_id = room.project_id if room else None
            code, name, phone = m.room_code, m.buyer_name, m.phone or ""
        for d in pending:
            data = WorkOrderInput(
                room=code,
                project_id=project_id,
                location=d["part"],
                reporter=name,
                phone=phone,
                category=d["category"],
                description=f"【交房验房】{d['part']}：{d['description']}",
                paid=False,
            )
            self.orders.create_from(user, "handover_in", record_id, data)
        return self.row(user, record_id)

    # --- month figures ---------------------------------------------------------------------------

    def month_counts(self, user: CurrentUser, year: int, month: int) -> list[tuple[str, int]]:
        from frontdesk.services.handovers_in.figures import month_figures

        require(user, VIEW)
        with self._db.read() as s:
            return month_figures(s, year, month)

    def export_statistics(self, user: CurrentUser, path: Path, year: int, month: int) -> int:
        """The 交房入住统计表 (per batch, the month, defects by category) as xlsx."""
        from frontdesk.services.handovers_in.figures import write_statistics

        require(user, VIEW)
        with self._db.read() as s:
            n = write_statistics(s, Path(path), year, month, str(self._setting("centre.name") or ""))
        self._audit_export(user, n)
        return n

    def printable(self, user: CurrentUser, record_id: int) -> Any:
        from frontdesk.services.handovers_in.prints import acceptance_form

        return acceptance_form(self, user, record_id)

    def print_form(self, user: CurrentUser, record_id: int, code: str) -> Any:
        from frontdesk.services.handovers_in import prints

        if code == "keys":
            return prints.keys_list(self, user, record_id)
        if code == "move_in":
            return prints.move_in_form(self, user, record_id)
        return super().print_form(user, record_id, code)
