"""The printed forms of a 交房 record as documents (the layouts: printing/handovers_in)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontdesk.models.deliveries import DeliveryBatch
from frontdesk.printing.handovers_in import HandoverPrint, render_acceptance, render_keys, render_move_in
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.clock import to_local
from frontdesk.services.handovers_in.forms import VIEW
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import phone_for
from frontdesk.services.validation import mask_id_number, mask_phone

if TYPE_CHECKING:
    from frontdesk.services.handovers_in.service import HandoverService


def _data(svc: HandoverService, user: CurrentUser, record_id: int) -> HandoverPrint:
    require(user, VIEW)
    with svc._db.read() as s:
        m = svc._get(s, record_id)
        batch = s.get(DeliveryBatch, m.batch_id) if m.batch_id else None
        papers = [str(p) for p in svc._setting("handover_in.papers") or []]
        documents = [str(d) for d in svc._setting("handover_in.documents") or []]
        meters = [("水表读数", m.water), ("电表读数", m.electricity), ("燃气表读数", m.gas)]
        move_in = m.move_in or {}
        return HandoverPrint(
            centre=str(svc._setting("centre.name") or ""),
            number=m.number,
            room=m.room_code,
            buyer=m.buyer_name,
            phone=phone_for(user, m.phone),
            id_number=mask_id_number(m.id_number),
            batch=f"{batch.number} {batch.name}" if batch else "",
            appointment=f"{m.appt_date} {m.slot}",
            papers=[(p, p in (m.papers or [])) for p in papers],
            documents=[(d, d in (m.documents or [])) for d in documents],
            fees=[(f["item"], f["receipt"], f["amount"]) for f in m.fees or []],
            meters=[(n, "" if v is None else f"{v}") for n, v in meters],
            keys=[(k["kind"], str(k.get("handed", 0)), str(k.get("held", 0)), k.get("numbers", "")) for k in m.keys or []],
            defects=[(d["part"], d["category"], d["description"], d.get("order_number", "")) for d in m.defects or []],
            reinspection=f"{m.reinspect_result} {m.reinspect_note or ''}".strip() if m.reinspect_result else "",
            occupants=[(o["name"], o["relation"], o.get("phone", "")) for o in m.occupants or []],
            handled_by=m.handled_by_name or user.name,
            handed_on=to_local(m.handed_at).date() if m.handed_at else None,
            moved_in_on=m.moved_in_on,
            cards=str(move_in.get("cards", "")),
            people_in=[
                (
                    str(o.get("name", "")),
                    str(o.get("relation", "")),
                    o.get("phone", "") if user.can(Action.PII_VIEW) else mask_phone(o.get("phone")),
                    str(o.get("plates", "")),
                )
                for o in move_in.get("occupants", [])
            ],
        )


def acceptance_form(svc: HandoverService, user: CurrentUser, record_id: int) -> PdfDocument:
    p = _data(svc, user, record_id)
    return PdfDocument(f"交房验收单 {p.number}", f"交房验收单_{p.number}.pdf", lambda: render_acceptance(p))


def keys_list(svc: HandoverService, user: CurrentUser, record_id: int) -> PdfDocument:
    p = _data(svc, user, record_id)
    return PdfDocument(f"钥匙移交清单 {p.number}", f"钥匙移交清单_{p.number}.pdf", lambda: render_keys(p))


def move_in_form(svc: HandoverService, user: CurrentUser, record_id: int) -> PdfDocument:
    p = _data(svc, user, record_id)
    return PdfDocument(f"入住登记表 {p.number}", f"入住登记表_{p.number}.pdf", lambda: render_move_in(p))
