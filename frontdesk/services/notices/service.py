"""Issuing rectification notices and following them up: each change in one transaction, checked
against the state machine (rules.MACHINE), audited, and reported as a change set."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.models import RectificationNotice, Room
from frontdesk.services import audit
from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import changes
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.errors import InvalidTransition, ValidationError
from frontdesk.services.notices.export import write_notices
from frontdesk.services.notices.queries import NoticeQueries
from frontdesk.services.notices.rows import Clause, NoticeDetail, NoticeInput, NoticePrint
from frontdesk.services.notices.rules import (
    _AUDIT_FIELDS,
    ADDRESSEE_KINDS,
    MACHINE,
    MAX_DEADLINE_DAYS,
    MAX_FOUND_AGE_DAYS,
    NOTICE,
    PREFIX,
    RESULTS,
    TEXT_MAX,
)
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import _owner, resolve_room
from frontdesk.services.validation import Collector, checked, clean_name, clean_phone, clean_text


class RectificationService(NoticeQueries):
    def clauses(self) -> list[Clause]:
        """The clauses of the 装修管理规定 a notice may quote (settings ``notice.clauses``)."""
        raw = self._setting("notice.clauses") or []
        return [Clause(str(c["no"]), str(c["text"])) for c in raw if c.get("no") and c.get("text")]

    def regulation(self) -> str:
        return str(self._setting("notice.regulation") or "装修管理规定")

    def default_deadline(self) -> date:
        days = int(self._setting("notice.deadline_days") or 3)
        return self.today() + timedelta(days=max(1, days))

    def addressee_for_room(self, user: CurrentUser, room_text: str, project_id: int | None = None) -> tuple[str, str]:
        """The room's canonical code and its owner's name, to pre-fill the form."""
        require(user, Action.NOTICE_ISSUE)
        with self._db.read() as s:
            room = resolve_room(s, room_text, project_id)
            owner = _owner(room)
            return room.code, owner.name if owner else ""

    @changes(NOTICE)
    def issue(self, user: CurrentUser, data: NoticeInput) -> NoticePrint:
        """Issue a notice (or, with ``previous_id``, the next notice after 未整改)."""
        require(user, Action.NOTICE_ISSUE)
        now = self._clock.now()
        today = self.today()
        clauses = {c.no: c for c in self.clauses()}
        with self._db.write() as s:
            c = Collector()
            room: Room | None = None
            project_id = data.project_id
            if project_id is None and data.previous_id is not None:
                prev_room = s.scalar(
                    select(Room)
                    .join(RectificationNotice, RectificationNotice.room_id == Room.id)
                    .where(RectificationNotice.id == data.previous_id)
                )
                if prev_room is not None and (data.room or "").strip() == prev_room.code:
                    project_id = prev_room.project_id  # the next notice: the previous one's room
            try:
                room = resolve_room(s, data.room, project_id)
            except ValidationError as exc:
                c.add("room", exc.errors["room"], **exc.params)
            if data.addressee_kind not in ADDRESSEE_KINDS:
                c.add("addressee_kind", "invalid")
            if data.addressee_kind == "owner":
                name = c.check("addressee_name", clean_name, data.addressee_name)
            else:
                name = c.check(
                    "addressee_name",
                    clean_text,
                    data.addressee_name,
                    max_len=100,
                    required=True,
                    multiline=False,
                )
            phone = c.check("addressee_phone", clean_phone, data.addressee_phone)
            found_on = data.found_on or today
            if found_on > today:
                c.add("found_on", "day_in_future")
            elif found_on < today - timedelta(days=MAX_FOUND_AGE_DAYS):
                c.add("found_on", "found_too_old", days=MAX_FOUND_AGE_DAYS)
            findings = c.check("findings", clean_text, data.findings, max_len=TEXT_MAX, required=True)
            chosen: list[Clause] = []
            for no in dict.fromkeys(data.clause_nos):
                if no not in clauses:
                    c.add("clauses", "clause_unknown", clause=no)
                else:
                    chosen.append(clauses[no])
            if not chosen and "clauses" not in c.errors:
                c.add("clauses", "clause_required")
            requirement = c.check("requirement", clean_text, data.requirement, max_len=TEXT_MAX, required=True)
            deadline = data.deadline
            if deadline is None:
                c.add("deadline", "required")
            elif deadline < today:
                c.add("deadline", "date_in_past")
            elif deadline > today + timedelta(days=MAX_DEADLINE_DAYS):
                c.add("deadline", "deadline_too_far", days=MAX_DEADLINE_DAYS)
            previous: RectificationNotice | None = None
            if data.previous_id is not None:
                previous = load_for_change(s, RectificationNotice, data.previous_id, None, lock=True)
                if room is not None and previous.room_id != room.id:
                    c.add("room", "followup_other_room", room=previous.room_code)
            c.raise_if_any()
            assert room is not None and deadline is not None
            if previous is not None and (previous.state not in MACHINE.sources("followup") or previous.followup_id is not None):
                raise InvalidTransition("followup_not_allowed", state=previous.state)
            n = RectificationNotice(
                number=next_serial(s, PREFIX, now),
                room_id=room.id,
                room_code=room.code,
                addressee_kind=data.addressee_kind,
                addressee_name=name,
                addressee_phone=phone,
                found_on=found_on,
                findings=findings,
                clauses=[{"no": x.no, "text": x.text} for x in chosen],
                requirement=requirement,
                deadline=deadline,
                issued_by_id=user.id,
                issued_by_name=user.name,
                issued_at=now,
                round=previous.round + 1 if previous else 1,
                previous_id=previous.id if previous else None,
                state="open",
            )
            s.add(n)
            s.flush()
            self._audit(s, user, n.id, "issue", after=audit.snapshot(n, _AUDIT_FIELDS), at=now)
            if previous is not None:
                previous.followup_id = n.id
                s.flush()
                self._audit(s, user, previous.id, "followup", after={"followup_id": n.id, "followup_number": n.number}, at=now)
            return self._print(s, user, n)

    def _print(self, s: Session, user: CurrentUser, n: RectificationNotice) -> NoticePrint:
        prev = s.get(RectificationNotice, n.previous_id) if n.previous_id else None
        return NoticePrint(
            detail=self._detail(s, user, n),
            centre=str(self._setting("centre.name") or ""),
            regulation=self.regulation(),
            consequence=str(self._setting("notice.consequence") or ""),
            addressee_phone=n.addressee_phone or "",
            previous_found_on=prev.found_on if prev else None,
            previous_deadline=prev.deadline if prev else None,
            previous_reinspect_note=(prev.reinspect_note or "") if prev else "",
        )

    def print_data(self, user: CurrentUser, notice_id: int) -> NoticePrint:
        """A notice to print again (both copies): the text is the one issued, unchanged."""
        require(user, Action.NOTICE_ISSUE)
        with self._db.write() as s:
            n = load_record(s, RectificationNotice, notice_id)
            self._audit(s, user, n.id, "print", at=self._clock.now())
            return self._print(s, user, n)

    @changes(NOTICE)
    def reinspect(self, user: CurrentUser, notice_id: int, result: str, note: str, *, expected_version: int) -> NoticeDetail:
        """Record the re-inspection. 未整改 only from the deadline on, and with what is still wrong."""
        require(user, Action.NOTICE_REINSPECT)
        c = Collector()
        if not result:  # the dialog starts with neither: 已整改 or 未整改 is the inspector's to pick
            c.add("result", "reinspect_result_not_chosen")
        elif result not in RESULTS:
            c.add("result", "invalid")
        note_v = c.check("reinspect_note", clean_text, note, max_len=TEXT_MAX, required=result == "not_rectified")
        c.raise_if_any()
        now = self._clock.now()
        with self._db.write() as s:
            n = load_for_change(s, RectificationNotice, notice_id, expected_version, lock=True)
            if n.state not in MACHINE.sources("reinspect"):
                raise InvalidTransition("already_reinspected", state=n.state)
            if result == "not_rectified" and to_local(now).date() < n.deadline:
                raise InvalidTransition("deadline_not_reached", deadline=n.deadline.isoformat())
            before = audit.snapshot(n, ("state",))
            n.state = result
            n.reinspected_at = now
            n.reinspected_by_id = user.id
            n.reinspected_by_name = user.name
            n.reinspect_note = note_v
            s.flush()
            self._audit(s, user, n.id, "reinspect", before=before, after={"state": result, "note": note_v}, at=now)
            return self._detail(s, user, n)

    @changes(NOTICE)
    def record_receipt(
        self,
        user: CurrentUser,
        notice_id: int,
        received_by: str,
        received_on: date | None,
        *,
        expected_version: int,
    ) -> NoticeDetail:
        """Who signed for the notice, and when (copied from the signed 存根联)."""
        require(user, Action.NOTICE_ISSUE)
        name = checked("received_by", clean_text, received_by, max_len=50, required=True, multiline=False)
        now = self._clock.now()
        with self._db.write() as s:
            n = load_for_change(s, RectificationNotice, notice_id, expected_version, lock=True)
            day = received_on or to_local(now).date()
            if day > to_local(now).date():
                raise ValidationError({"received_on": "day_in_future"})
            if day < to_local(n.issued_at).date():
                raise ValidationError({"received_on": "received_before_issue"})
            before = {"received_by": n.received_by, "received_on": n.received_on}
            n.received_by = name
            n.received_on = day
            s.flush()
            self._audit(s, user, n.id, "receipt", before=before, after={"received_by": name, "received_on": day}, at=now)
            return self._detail(s, user, n)

    def export_xlsx(self, user: CurrentUser, path: Path, view: str = "all") -> int:
        """Every notice of a list to xlsx (Feature.export), audited after the file is written."""
        require(user, Action.NOTICE_VIEW)
        n = write_notices(path, self.list_notices(user, view=view, limit=100_000))
        with self._db.write() as s:
            self._audit(s, user, 0, "export", after={"rows": n, "file": path.name})
        return n
