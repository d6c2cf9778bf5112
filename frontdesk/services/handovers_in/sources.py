"""交房验房 as the source of repair orders (``services.work_orders`` ContactSource): each defect
of a room's inspection becomes an order, and the order's number is written on the defect in the
order's own transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from frontdesk.models.handovers_in import RoomHandover
from frontdesk.services.core.versioning import load_record
from frontdesk.services.errors import InvalidTransition
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.registry.service import phone_for
from frontdesk.services.validation import mask_phone
from frontdesk.services.work_orders.rows import WorkOrderInput


class DefectSource:
    """The next defect not yet converted, as the order form; the link marks it converted."""

    def draft(self, session: Session, user: CurrentUser, source_id: int) -> WorkOrderInput:
        m = load_record(session, RoomHandover, source_id)
        pending = [d for d in m.defects or [] if not d.get("order_number")]
        if not pending:
            raise InvalidTransition("handover_no_defects")
        d = pending[0]
        return WorkOrderInput(
            room=m.room_code,
            location=d["part"],
            reporter=m.buyer_name,
            phone=phone_for(user, m.phone),
            category=d["category"],
            description=f"【交房验房】{d['part']}：{d['description']}",
            paid=False,
        )

    def title(self, session: Session, source_id: int) -> str:
        """The 交房 record the order came from: 交房验房 FW20261127001（8-1-101 赵晓明）"""
        m = load_record(session, RoomHandover, source_id)
        return f"交房验房 {m.number}（{m.room_code} {m.buyer_name}）"

    def restore_phone(self, session: Session, source_id: int, phone: str) -> str:
        m = load_record(session, RoomHandover, source_id)
        if m.phone and phone.strip() == mask_phone(m.phone):
            return m.phone
        return phone

    def link(self, session: Session, user: CurrentUser, source_id: int, kind: str, record_id: int, number: str) -> None:
        if kind != "order":
            raise ValueError(kind)
        m = load_record(session, RoomHandover, source_id)
        defects = [dict(d) for d in m.defects or []]
        for d in defects:
            if not d.get("order_number"):
                d["order_id"], d["order_number"] = record_id, number
                break
        else:
            raise InvalidTransition("handover_no_defects")
        m.defects = defects
        session.flush()
