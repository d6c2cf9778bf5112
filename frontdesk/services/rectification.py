"""整改通知单: rectification notices to a room's owner or renovation contractor, and their follow-up.

A notice quotes clauses of the 装修管理规定 (configurable, snapshotted into the notice so the
printed text never changes afterwards) and sets a deadline. At the deadline it is due for
re-inspection: 已整改 closes it; 未整改 calls for a second notice that refers to the first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.models import RectificationNotice, Room
from frontdesk.services import audit
from frontdesk.services.clock import LOCAL_TZ, Clock, to_local
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core.changes import Kind  # noqa: E402 - the kind goes with the feature
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.errors import ConflictError, InvalidTransition, NotFound, ValidationError
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry import _owner, phone_for, resolve_room, rooms_matching
from frontdesk.services.settings import SettingsService
from frontdesk.services.validation import Collector, clean_name, clean_phone, clean_text

#: the record kind this feature registers (frontdesk.features)
NOTICE = Kind("notice")

PREFIX = "ZG"
ADDRESSEE_KINDS = ("owner", "contractor")
RESULTS = ("rectified", "not_rectified")
TEXT_MAX = 1000
MAX_DEADLINE_DAYS = 90
MAX_FOUND_AGE_DAYS = 30
#: list views of the notices tab
VIEWS = ("due", "open", "followup", "all")

_AUDIT_FIELDS = (
    "number", "room_code", "addressee_kind", "addressee_name", "found_on", "findings", "clauses",
    "requirement", "deadline", "round", "previous_id", "state",
)  # fmt: skip


@dataclass(frozen=True)
class Clause:
    no: str  # 第八条
    text: str


@dataclass
class NoticeInput:
    """The notice form, as typed."""

    room: str = ""
    project_id: int | None = None  # the room's project when known (a code may exist in several)
    addressee_kind: str = "owner"
    addressee_name: str = ""
    addressee_phone: str = ""
    found_on: date | None = None
    findings: str = ""
    clause_nos: list[str] = field(default_factory=list)
    requirement: str = ""
    deadline: date | None = None
    previous_id: int | None = None


@dataclass(frozen=True)
class NoticeDetail:
    id: int
    number: str
    room_id: int
    room_code: str
    project: str
    addressee_kind: str
    addressee_name: str
    addressee_phone: str  # as this user may see it
    found_on: date
    findings: str
    clauses: tuple[Clause, ...]
    requirement: str
    deadline: date
    issued_by: str
    issued_at: datetime
    round: int
    previous_id: int | None
    previous_number: str
    followup_id: int | None
    followup_number: str
    #: open / rectified / not_rectified (stored)
    state: str
    #: what the lists show: pending / due / overdue / rectified / followup_needed / followed_up
    status: str
    received_by: str
    received_on: date | None
    reinspected_at: datetime | None
    reinspected_by: str
    reinspect_note: str
    version: int


@dataclass(frozen=True)
class NoticePrint:
    detail: NoticeDetail
    centre: str
    regulation: str
    consequence: str
    addressee_phone: str  # in full, for the counter's copy
    previous_found_on: date | None = None
    previous_deadline: date | None = None
    previous_reinspect_note: str = ""


def notice_status(n: RectificationNotice, today: date) -> str:
    if n.state == "rectified":
        return "rectified"
    if n.state == "not_rectified":
        return "followed_up" if n.followup_id else "followup_needed"
    if n.deadline < today:
        return "overdue"
    if n.deadline == today:
        return "due"
    return "pending"


class RectificationService:
    def __init__(self, db: Database, clock: Clock, settings: SettingsService) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings

    # --- configuration -----------------------------------------------------------

    def clauses(self) -> list[Clause]:
        """The clauses of the 装修管理规定 a notice may quote (settings ``notice.clauses``)."""
        raw = self._settings.get("notice.clauses") or []
        return [Clause(str(c["no"]), str(c["text"])) for c in raw if c.get("no") and c.get("text")]

    def regulation(self) -> str:
        return str(self._settings.get("notice.regulation") or "装修管理规定")

    def default_deadline(self) -> date:
        days = int(self._settings.get("notice.deadline_days") or 3)
        return self._clock.local_now().date() + timedelta(days=max(1, days))

    def addressee_for_room(self, user: CurrentUser, room_text: str, project_id: int | None = None) -> tuple[str, str]:
        """The room's canonical code and its owner's name, to pre-fill the form."""
        require(user, Action.NOTICE_ISSUE)
        with self._db.read() as s:
            room = resolve_room(s, room_text, project_id)
            owner = _owner(room)
            return room.code, owner.name if owner else ""

    # --- issuing -----------------------------------------------------------

    def _today(self) -> date:
        return self._clock.local_now().date()

    def issue(self, user: CurrentUser, data: NoticeInput) -> NoticePrint:
        """Issue a notice (or, with ``previous_id``, the next notice after 未整改)."""
        require(user, Action.NOTICE_ISSUE)
        now = self._clock.now()
        today = self._today()
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
                previous = self._load_for_update(s, data.previous_id)
                if room is not None and previous.room_id != room.id:
                    c.add("room", "followup_other_room", room=previous.room_code)
            c.raise_if_any()
            assert room is not None and deadline is not None
            if previous is not None and (previous.state != "not_rectified" or previous.followup_id is not None):
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
            audit.record(s, user, "rectification_notice", n.id, "issue", after=audit.snapshot(n, _AUDIT_FIELDS), at=now)
            if previous is not None:
                previous.followup_id = n.id
                s.flush()
                audit.record(
                    s,
                    user,
                    "rectification_notice",
                    previous.id,
                    "followup",
                    after={"followup_id": n.id, "followup_number": n.number},
                    at=now,
                )
            return self._print(s, user, n)

    def _load_for_update(self, s: Session, notice_id: int) -> RectificationNotice:
        n = s.scalars(select(RectificationNotice).where(RectificationNotice.id == notice_id).with_for_update()).one_or_none()
        if n is None:
            raise NotFound("not_found")
        return n

    def _print(self, s: Session, user: CurrentUser, n: RectificationNotice) -> NoticePrint:
        prev = s.get(RectificationNotice, n.previous_id) if n.previous_id else None
        return NoticePrint(
            detail=self._detail(s, user, n),
            centre=str(self._settings.get("centre.name") or ""),
            regulation=self.regulation(),
            consequence=str(self._settings.get("notice.consequence") or ""),
            addressee_phone=n.addressee_phone or "",
            previous_found_on=prev.found_on if prev else None,
            previous_deadline=prev.deadline if prev else None,
            previous_reinspect_note=(prev.reinspect_note or "") if prev else "",
        )

    def print_data(self, user: CurrentUser, notice_id: int) -> NoticePrint:
        """A notice to print again (both copies): the text is the one issued, unchanged."""
        require(user, Action.NOTICE_ISSUE)
        with self._db.write() as s:
            n = s.get(RectificationNotice, notice_id)
            if n is None:
                raise NotFound("not_found")
            audit.record(s, user, "rectification_notice", n.id, "print", at=self._clock.now())
            return self._print(s, user, n)

    # --- follow-up -------------------------------------------------------------------------------------

    def reinspect(self, user: CurrentUser, notice_id: int, result: str, note: str, *, expected_version: int) -> NoticeDetail:
        """Record the re-inspection. 未整改 only from the deadline on, and with what is still wrong."""
        require(user, Action.NOTICE_REINSPECT)
        c = Collector()
        if result not in RESULTS:
            c.add("result", "invalid")
        note_v = c.check("reinspect_note", clean_text, note, max_len=TEXT_MAX, required=result == "not_rectified")
        c.raise_if_any()
        now = self._clock.now()
        with self._db.write() as s:
            n = self._load_for_update(s, notice_id)
            if n.version != expected_version:
                raise ConflictError("conflict")
            if n.state != "open":
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
            audit.record(
                s,
                user,
                "rectification_notice",
                n.id,
                "reinspect",
                before=before,
                after={"state": result, "note": note_v},
                at=now,
            )
            return self._detail(s, user, n)

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
        c = Collector()
        name = c.check("received_by", clean_text, received_by, max_len=50, required=True, multiline=False)
        c.raise_if_any()
        now = self._clock.now()
        with self._db.write() as s:
            n = self._load_for_update(s, notice_id)
            if n.version != expected_version:
                raise ConflictError("conflict")
            day = received_on or to_local(now).date()
            if day > to_local(now).date():
                raise ValidationError({"received_on": "day_in_future"})
            if day < to_local(n.issued_at).date():
                raise ValidationError({"received_on": "received_before_issue"})
            before = {"received_by": n.received_by, "received_on": n.received_on}
            n.received_by = name
            n.received_on = day
            s.flush()
            audit.record(
                s,
                user,
                "rectification_notice",
                n.id,
                "receipt",
                before=before,
                after={"received_by": name, "received_on": day},
                at=now,
            )
            return self._detail(s, user, n)

    # --- reading -----------------------------------------------------------

    def _detail(self, s: Session, user: CurrentUser, n: RectificationNotice) -> NoticeDetail:
        room = s.get(Room, n.room_id)
        numbers: dict[int, str] = {}
        ids = [i for i in (n.previous_id, n.followup_id) if i]
        if ids:
            rows = s.execute(select(RectificationNotice.id, RectificationNotice.number).where(RectificationNotice.id.in_(ids)))
            numbers = {row[0]: row[1] for row in rows}
        return NoticeDetail(
            id=n.id,
            number=n.number,
            room_id=n.room_id,
            room_code=n.room_code,
            project=room.project.name if room else "",
            addressee_kind=n.addressee_kind,
            addressee_name=n.addressee_name,
            addressee_phone=phone_for(user, n.addressee_phone),
            found_on=n.found_on,
            findings=n.findings,
            clauses=tuple(Clause(c["no"], c["text"]) for c in n.clauses),
            requirement=n.requirement,
            deadline=n.deadline,
            issued_by=n.issued_by_name,
            issued_at=n.issued_at,
            round=n.round,
            previous_id=n.previous_id,
            previous_number=numbers.get(n.previous_id or 0, ""),
            followup_id=n.followup_id,
            followup_number=numbers.get(n.followup_id or 0, ""),
            state=n.state,
            status=notice_status(n, self._today()),
            received_by=n.received_by or "",
            received_on=n.received_on,
            reinspected_at=n.reinspected_at,
            reinspected_by=n.reinspected_by_name or "",
            reinspect_note=n.reinspect_note or "",
            version=n.version,
        )

    def get(self, user: CurrentUser, notice_id: int) -> NoticeDetail:
        require(user, Action.NOTICE_VIEW)
        with self._db.read() as s:
            n = s.get(RectificationNotice, notice_id)
            if n is None:
                raise NotFound("not_found")
            return self._detail(s, user, n)

    def list_notices(self, user: CurrentUser, *, view: str = "open", text: str = "", limit: int = 500) -> list[NoticeDetail]:
        """``due``: open notices whose deadline has come; ``open``: every open one; ``followup``:
        未整改 without a second notice yet; ``all``. Due ones first, by deadline."""
        require(user, Action.NOTICE_VIEW)
        today = self._today()
        with self._db.read() as s:
            stmt = select(RectificationNotice)
            if view == "due":
                stmt = stmt.where(RectificationNotice.state == "open", RectificationNotice.deadline <= today)
            elif view == "open":
                stmt = stmt.where(RectificationNotice.state == "open")
            elif view == "followup":
                stmt = stmt.where(RectificationNotice.state == "not_rectified", RectificationNotice.followup_id.is_(None))
            if view == "all":
                stmt = stmt.order_by(RectificationNotice.issued_at.desc(), RectificationNotice.id.desc())
            else:
                stmt = stmt.order_by(RectificationNotice.deadline, RectificationNotice.id)
            cond = self._text_condition(s, text)
            if cond is not None:
                stmt = stmt.where(cond)
            return [self._detail(s, user, n) for n in s.scalars(stmt.limit(limit))]

    def _text_condition(self, s: Session, text: str) -> Any:
        text = (text or "").strip()
        if not text:
            return None
        conds = [
            RectificationNotice.number.like(f"%{text.upper()}%"),
            RectificationNotice.addressee_name.like(f"%{text}%"),
            RectificationNotice.findings.like(f"%{text}%"),
        ]
        room_ids = [r.id for r in rooms_matching(s, text)]
        if room_ids:
            conds.append(RectificationNotice.room_id.in_(room_ids))
        return or_(*conds)

    def room_history(self, user: CurrentUser, room_text: str, project_id: int | None = None) -> tuple[str, list[NoticeDetail]]:
        """Every notice of one room, oldest first, so a chain reads top to bottom."""
        require(user, Action.NOTICE_VIEW)
        with self._db.read() as s:
            room = resolve_room(s, room_text, project_id)
            rows = s.scalars(
                select(RectificationNotice)
                .where(RectificationNotice.room_id == room.id)
                .order_by(RectificationNotice.issued_at, RectificationNotice.id)
            )
            return room.code, [self._detail(s, user, n) for n in rows]

    # --- contracts: search, status bar, handover -----------------------------------------------------------

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        require(user, Action.NOTICE_VIEW)
        if len((text or "").strip()) < 2:
            return []
        rows = self.list_notices(user, view="all", text=text, limit=limit)
        return [
            SearchHit(
                "notice",
                d.id,
                f"{d.number}  {d.room_code}",
                f"{d.addressee_name}  {d.findings[:30]}  {d.deadline.isoformat()}",
            )
            for d in rows
        ]

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.NOTICE_VIEW)
        today = self._today()
        with self._db.read() as s:
            due = s.scalar(
                select(func.count())
                .select_from(RectificationNotice)
                .where(RectificationNotice.state == "open", RectificationNotice.deadline <= today)
            )
            followup = s.scalar(
                select(func.count())
                .select_from(RectificationNotice)
                .where(RectificationNotice.state == "not_rectified", RectificationNotice.followup_id.is_(None))
            )
        return [
            StatusCount("notice.reinspect_due", int(due or 0), "warning"),
            StatusCount("notice.followup_needed", int(followup or 0), "danger"),
        ]

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        """Notices awaiting re-inspection (due ones flagged as overdue past their deadline), and 未整改
        ones still awaiting their second notice (state ``followup_needed``): all in "notice.reinspect"."""
        if not user.can(Action.NOTICE_VIEW):
            return []
        today = self._today()
        out: list[HandoverItem] = []
        with self._db.read() as s:
            rows = s.scalars(
                select(RectificationNotice)
                .where(
                    or_(
                        RectificationNotice.state == "open",
                        (RectificationNotice.state == "not_rectified") & RectificationNotice.followup_id.is_(None),
                    )
                )
                .order_by(RectificationNotice.deadline, RectificationNotice.id)
            )
            for n in rows:
                due_at = datetime.combine(n.deadline, time(23, 59), LOCAL_TZ)
                open_ = n.state == "open"
                out.append(
                    HandoverItem(
                        section="notice.reinspect",
                        ref_kind="notice",
                        ref_id=n.id,
                        ref_number=n.number,
                        summary=f"{n.room_code} {n.findings[:40]}",
                        state=notice_status(n, today),
                        due_at=due_at,
                        overdue=open_ and n.deadline < today,
                        extra={"deadline": n.deadline.isoformat()},
                    )
                )
        return out


# --- the registration (frontdesk.features) -------------------------------------------------------


def _build(env: FeatureEnv) -> RectificationService:
    return RectificationService(env.db, env.clock, env.get("settings"))


FEATURE = Feature(
    kind=NOTICE,
    key="notices",
    build=_build,
    vocabulary=Vocabulary("Notices", "整改通知单"),
    tabs=(TabSpec("frontdesk.ui.notice_tab:NoticeTab", 80, Action.NOTICE_VIEW),),
    prefix="ZG",
)
