"""Reading complaints: lists, counts, the printed form's data, search, status bar, handover."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, lazyload

from frontdesk.models import Callback, Complaint, Department
from frontdesk.services.callbacks import queue as callbacks
from frontdesk.services.clock import local_day_bounds
from frontdesk.services.complaints.rows import (
    CallbackRecord,
    ComplaintDetail,
    ComplaintFilter,
    ComplaintForm,
    ComplaintRow,
    _detail,
    _is_overdue,
    _room_text,
    _row,
)
from frontdesk.services.complaints.rules import (
    MAJOR,
    OPEN_STATES,
    SATISFACTIONS,
    SEVERITIES,
    STATE_GROUPS,
    State,
    _digits,
    _like_escape,
    _SessionSettings,
    _setting,
)
from frontdesk.services.complaints.stats import (
    MonthlyStats,
    _month_stats,
)
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core import search, service_clock
from frontdesk.services.core.counting import count_rows
from frontdesk.services.core.history import HistoryEntry, records_of_room
from frontdesk.services.core.paging import DEFAULT_PAGE_SIZE, Page, decode_cursor, page_of
from frontdesk.services.core.service import Service
from frontdesk.services.errors import NotFound, ValidationError
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import rooms_matching
from frontdesk.services.settings import DEFAULTS

#: what the global search looks at, in the order a hit names the field that matched
_SEARCHED = (
    search.Field(search.NUMBER, Complaint.number, "number"),
    search.Field(search.ROOM, Complaint.room_id, "room"),
    search.Field(search.PHONE, Complaint.phone, "phone"),
    search.Field(search.COMPLAINANT, Complaint.complainant),
    search.Field(search.CONTENT, Complaint.content),
)


class ComplaintQueries(Service):
    _entity = "complaint"

    # --- configuration ----------------------------------------------------------------------

    def options(self) -> dict[str, list[str]]:
        """The configurable lists the forms offer: categories and channels."""
        with self._db.read() as s:
            return {
                "categories": list(_setting(s, "complaint.categories")),
                "channels": list(_setting(s, "complaint.channels")),
                "severities": list(SEVERITIES),
                "satisfactions": list(SATISFACTIONS),
            }

    def departments(self) -> list[tuple[int, str]]:
        with self._db.read() as s:
            rows = s.scalars(select(Department).where(Department.active.is_(True)).order_by(Department.id))
            return [(d.id, d.name) for d in rows]

    def _due(self, s: Session, severity: str, state: State, start: datetime) -> datetime | None:
        if not state.is_open:
            return None
        if state == State.CALLBACK:  # the callback queue's rule (seed: 三天之内完成回访)
            return callbacks.due_from(_SessionSettings(s), start)
        key = "complaint.deadline_hours_major" if severity == MAJOR else "complaint.deadline_hours"
        hours = dict(DEFAULTS[key])
        configured = _setting(s, key)
        if isinstance(configured, dict):
            hours.update(configured)
        return start + timedelta(hours=float(hours[state.value]))

    # --- reading ------------------------------------------------------------------------------

    def get(self, user: CurrentUser, complaint_id: int) -> ComplaintDetail:
        require(user, Action.COMPLAINT_VIEW)
        with self._db.read() as s:
            return _detail(user, self._load(s, complaint_id), self._clock.now())

    def by_call(self, user: CurrentUser, call_id: int) -> ComplaintDetail | None:
        """The complaint a call-log entry became, if any."""
        require(user, Action.COMPLAINT_VIEW)
        with self._db.read() as s:
            c = s.scalar(select(Complaint).where(Complaint.call_id == call_id))
            return _detail(user, c, self._clock.now()) if c is not None else None

    def _load(self, s: Session, complaint_id: int) -> Complaint:
        c = s.scalars(select(Complaint).where(Complaint.id == complaint_id)).unique().first()
        if c is None:
            raise NotFound("not_found")
        return c

    def _filtered(self, s: Session, f: ComplaintFilter) -> Select[Any]:
        now = self._clock.now()
        stmt = select(Complaint)
        if f.state:
            states = STATE_GROUPS.get(f.state)
            if states is None:
                raise ValidationError({"state": "invalid"})
            stmt = stmt.where(Complaint.state.in_([x.value for x in states]))
        if f.category:
            stmt = stmt.where(Complaint.category == f.category)
        if f.severity:
            stmt = stmt.where(Complaint.severity == f.severity)
        if f.department_id is not None:
            stmt = stmt.where(Complaint.department_id == f.department_id)
        if f.date_from is not None:
            stmt = stmt.where(Complaint.received_at >= local_day_bounds(f.date_from)[0])
        if f.date_to is not None:
            stmt = stmt.where(Complaint.received_at < local_day_bounds(f.date_to)[1])
        if f.overdue_only:
            stmt = stmt.where(Complaint.state.in_([x.value for x in OPEN_STATES]), Complaint.due_at < now)
        text = (f.text or "").strip()
        if text:
            stmt = stmt.where(self._text_condition(s, text))
        return stmt

    def _text_condition(self, s: Session, text: str) -> Any:
        """Number, room (any spelling), phone digits, complainant or words of the content —
        two-character Chinese terms such as 噪音 included (a substring match: complaints are
        hundreds a year, not millions)."""
        norm = unicodedata.normalize("NFKC", text).strip()
        conds: list[Any] = []
        pattern = f"%{_like_escape(norm)}%"
        conds.append(Complaint.number.like(f"%{_like_escape(norm.upper())}%", escape="\\"))
        conds.append(Complaint.complainant.like(pattern, escape="\\"))
        conds.append(Complaint.content.like(pattern, escape="\\"))
        rooms = rooms_matching(s, norm)
        if rooms:
            conds.append(Complaint.room_id.in_([r.id for r in rooms]))
        digits = _digits(norm)
        if len(digits) >= 4 and len(digits) == len(re.sub(r"[\s\-]", "", norm)):
            conds.append(Complaint.phone.like(f"%{digits}%"))
        return or_(*conds)

    def list_complaints(
        self,
        user: CurrentUser,
        filters: ComplaintFilter | None = None,
        *,
        after: tuple[datetime, int] | None = None,
        limit: int = 100,
    ) -> list[ComplaintRow]:
        """A page, newest first. Keyset paging: pass (received_at, id) of the last row seen."""
        require(user, Action.COMPLAINT_VIEW)
        f = filters or ComplaintFilter()
        with self._db.read() as s:
            stmt = self._filtered(s, f)
            if after is not None:
                at, last_id = after
                stmt = stmt.where(or_(Complaint.received_at < at, and_(Complaint.received_at == at, Complaint.id < last_id)))
            stmt = stmt.order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(limit)
            now = self._clock.now()
            return service_clock.with_clocks(s, "complaint", [_row(user, c, now) for c in s.scalars(stmt).unique()], now)

    def list_page(
        self,
        user: CurrentUser,
        filters: ComplaintFilter | None = None,
        *,
        cursor: str | None = None,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> Page[ComplaintRow]:
        """A page of the list, newest first, and the cursor of the next (keyset: no row repeated
        or skipped when complaints are registered meanwhile)."""
        key = decode_cursor(cursor)
        after = None
        if key is not None:
            if len(key) != 2 or not isinstance(key[0], datetime) or not isinstance(key[1], int):
                raise ValidationError({"cursor": "bad_cursor"})
            after = (key[0], key[1])
        rows = self.list_complaints(user, filters, after=after, limit=limit + 1)
        return page_of(rows, limit, lambda r: (r.received_at, r.id))

    def export_details(
        self, user: CurrentUser, filters: ComplaintFilter | None = None, *, limit: int = 20_000
    ) -> list[ComplaintDetail]:
        """Every complaint the filter finds, with all its steps, newest first (for the xlsx export).
        Phones as this user may see them."""
        require(user, Action.COMPLAINT_EXPORT)
        f = filters or ComplaintFilter()
        with self._db.read() as s:
            stmt = self._filtered(s, f)
            stmt = stmt.order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(limit)
            now = self._clock.now()
            rows = [_detail(user, c, now) for c in s.scalars(stmt).unique()]
        with self._db.write() as s:  # personal data leaves the app: note who took what
            self._audit(s, user, "*", "export", after={"count": len(rows), "filters": vars(f)})
        return rows

    def count(self, user: CurrentUser, filters: ComplaintFilter | None = None) -> int:
        require(user, Action.COMPLAINT_VIEW)
        with self._db.read() as s:
            sub = self._filtered(s, filters or ComplaintFilter()).with_only_columns(Complaint.id).subquery()
            return int(s.scalar(select(func.count()).select_from(sub)) or 0)

    def state_counts(self, user: CurrentUser) -> dict[str, int]:
        """How many complaints wait in each state, and how many are overdue (for the tab's filter)."""
        require(user, Action.COMPLAINT_VIEW)
        now = self._clock.now()
        with self._db.read() as s:
            rows = s.execute(select(Complaint.state, func.count()).group_by(Complaint.state)).all()
            out = {st: int(n) for st, n in rows}
            out["overdue"] = count_rows(s, Complaint, Complaint.state.in_([x.value for x in OPEN_STATES]), Complaint.due_at < now)
            return out

    # --- the registration form --------------------------------------------------------------------

    def print_data(self, user: CurrentUser, complaint_id: int) -> ComplaintForm:
        """What the 顾客投诉登记表 prints, numbered as the next printing: every printing after the
        first is a reprint and says so. Nothing is recorded until :meth:`record_print` (the form
        may be previewed and closed without printing)."""
        require(user, Action.COMPLAINT_VIEW)
        with self._db.read() as s:
            comp = self._load(s, complaint_id)
            now = self._clock.now()
            prints = [e for e in comp.events if e.action in ("print", "reprint")]
            rounds = s.scalars(
                select(Callback).where(Callback.ref_kind == "complaint", Callback.ref_id == comp.id)
                .order_by(Callback.round)
            ).all()  # fmt: skip
            cbs = tuple(
                CallbackRecord(
                    cb.round,
                    cb.due_at,
                    cb.done_at,
                    cb.done_by_name or "",
                    cb.method or "",
                    cb.satisfaction or "",
                    cb.comments or "",
                )  # fmt: skip
                for cb in rounds
            )
            detail = _detail(user, comp, now)
            return ComplaintForm(
                complaint=replace(detail, phone=comp.phone or "", phone_masked=False), callbacks=cbs,
                centre=str(_setting(s, "centre.name") or ""), copy_no=len(prints) + 1, printed_at=now,
                printed_by=user.name, first_printed_at=prints[0].at if prints else None,
            )  # fmt: skip

    # --- the monthly table -------------------------------------------------------------------------

    def monthly_stats(self, user: CurrentUser, year: int, month: int) -> MonthlyStats:
        """The month's complaints (by local date of reception) counted by category, validity,
        responsible department, severity and satisfaction, with the mean days to close and how
        many ran over a step's deadline (seed: 由客服主管填写《顾客投诉分类统计表》)."""
        require(user, Action.COMPLAINT_STATS)
        if not (1 <= month <= 12) or not (2000 <= year <= 2100):
            raise ValidationError({"month": "invalid"})
        with self._db.read() as s:
            return _month_stats(s, year, month, self._clock.now())

    # --- the status bar, global search and the shift handover -----------------------------------

    def room_records(self, user: CurrentUser, room_id: int) -> list[HistoryEntry]:
        """The room's complaints for its card (services/core/history.py)."""
        if not user.can(Action.COMPLAINT_VIEW):
            return []
        return records_of_room(
            self._db, Complaint, room_id, kind="complaint", at=Complaint.received_at,
            summary=lambda r: f"{r.category}：{r.content}",
        )  # fmt: skip

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        """Ctrl+K: complaints holding every word (number, room, phone, complainant, content)."""
        require(user, Action.COMPLAINT_VIEW)
        with self._db.read() as s:
            words = search.read_words(s, text)
            if not words:
                return []
            stmt = (
                select(Complaint)
                .options(lazyload(Complaint.events))
                .where(search.where(_SEARCHED, words))
                .order_by(Complaint.id.desc())
                .limit(limit)
            )
            out = []
            for c in s.scalars(stmt).unique():
                room = c.room.code if c.room else ""
                out.append(
                    SearchHit(
                        "complaint",
                        c.id,
                        f"{c.number} {room or c.complainant}".strip(),
                        f"{c.category} · {c.content[:40]}",
                        search.matched(user, _SEARCHED, words, c, room),
                        c.received_at,
                        c.number,
                        room,
                    )
                )
            return out

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.COMPLAINT_VIEW)
        counts = self.state_counts(user)
        out = [StatusCount("complaint.overdue", counts.get("overdue", 0), "danger")]
        if user.can(Action.COMPLAINT_APPROVE):
            out.append(StatusCount("complaint.to_approve", counts.get(State.APPROVE.value, 0), "warning"))
        return out

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        """Complaints in progress, and the 重大 complaints received during the shift."""
        if not user.can(Action.COMPLAINT_VIEW):
            return []
        now = self._clock.now()

        def item(code: str, c: Complaint) -> HandoverItem:
            summary = f"{_room_text(c) or c.complainant} {c.category}：{_clip(c.content, 40)}"
            extra = {"severity": c.severity}
            return HandoverItem(code, "complaint", c.id, c.number, summary, c.state, c.due_at, _is_overdue(c, now), extra)

        with self._db.read() as s:
            open_rows = s.scalars(
                select(Complaint)
                .where(Complaint.state.in_([x.value for x in OPEN_STATES]))
                .order_by(Complaint.due_at, Complaint.id)
            ).unique()
            items = [item("complaint.open", c) for c in open_rows]
            majors = s.scalars(
                select(Complaint)
                .where(
                    Complaint.severity == MAJOR,
                    Complaint.received_at >= shift_start,
                    Complaint.received_at < shift_end,
                )
                .order_by(Complaint.received_at)
            ).unique()
            items.extend(item("complaint.major", c) for c in majors)
        return items


def _clip(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters; a longer one is cut after its last full phrase (a
    punctuation mark in the second half) and says so with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    stop = max(head.rfind(p) for p in "，。；;,.！？!?、")
    if stop >= limit // 2:
        head = head[:stop]
    return head.rstrip("，。；;,.！？!?、 ") + "…"
