"""Reading rectification notices: one notice, the lists (keyset pages), a room's history, and
the contracts (global search, status bar, handover)."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from frontdesk.models import RectificationNotice, Room
from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core import search
from frontdesk.services.core.counting import count_rows
from frontdesk.services.core.history import HistoryEntry, records_of_room
from frontdesk.services.core.paging import DEFAULT_PAGE_SIZE, Page, decode_cursor, page_of
from frontdesk.services.core.rows import row_from
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_record
from frontdesk.services.notices.rows import Clause, NoticeDetail
from frontdesk.services.notices.rules import allowed_actions, notice_status
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import phone_for, resolve_room, text_or_rooms

#: what the global search looks at, in the order a hit names the field that matched
_SEARCHED = (
    search.Field(search.NUMBER, RectificationNotice.number, "number"),
    search.Field(search.ROOM, RectificationNotice.room_id, "room"),
    search.Field(search.ADDRESSEE_PHONE, RectificationNotice.addressee_phone, "phone"),
    search.Field(search.ADDRESSEE, RectificationNotice.addressee_name),
    search.Field(search.FINDINGS, RectificationNotice.findings),
)


class NoticeQueries(Service):
    _entity = "rectification_notice"

    def _detail(self, s: Session, user: CurrentUser, n: RectificationNotice) -> NoticeDetail:
        room = s.get(Room, n.room_id)
        numbers: dict[int, str] = {}
        ids = [i for i in (n.previous_id, n.followup_id) if i]
        if ids:
            rows = s.execute(select(RectificationNotice.id, RectificationNotice.number).where(RectificationNotice.id.in_(ids)))
            numbers = {row[0]: row[1] for row in rows}
        return row_from(
            NoticeDetail,
            n,
            project=room.project.name if room else "",
            addressee_phone=phone_for(user, n.addressee_phone),
            clauses=tuple(Clause(c["no"], c["text"]) for c in n.clauses),
            issued_by=n.issued_by_name,
            previous_number=numbers.get(n.previous_id or 0, ""),
            followup_number=numbers.get(n.followup_id or 0, ""),
            status=notice_status(n, self.today()),
            reinspected_by=n.reinspected_by_name or "",
            allowed=allowed_actions(user, n),
        )

    def get(self, user: CurrentUser, notice_id: int) -> NoticeDetail:
        require(user, Action.NOTICE_VIEW)
        with self._db.read() as s:
            n = load_record(s, RectificationNotice, notice_id)
            return self._detail(s, user, n)

    def list_notices(self, user: CurrentUser, *, view: str = "open", text: str = "", limit: int = 500) -> list[NoticeDetail]:
        """``due``: open notices whose deadline has come; ``open``: every open one; ``followup``:
        未整改 without a second notice yet; ``all``. Due ones first, by deadline."""
        return self.page_notices(user, view=view, text=text, limit=limit).rows

    def page_notices(
        self,
        user: CurrentUser,
        *,
        view: str = "open",
        text: str = "",
        cursor: str | None = None,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> Page[NoticeDetail]:
        """One page of :meth:`list_notices`, continuing after ``cursor`` (keyset: the view's order)."""
        require(user, Action.NOTICE_VIEW)
        today = self.today()
        after = decode_cursor(cursor)
        newest_first = view == "all"
        with self._db.read() as s:
            stmt = select(RectificationNotice)
            if view == "due":
                stmt = stmt.where(RectificationNotice.state == "open", RectificationNotice.deadline <= today)
            elif view == "open":
                stmt = stmt.where(RectificationNotice.state == "open")
            elif view == "followup":
                stmt = stmt.where(RectificationNotice.state == "not_rectified", RectificationNotice.followup_id.is_(None))
            if newest_first:
                stmt = stmt.order_by(RectificationNotice.issued_at.desc(), RectificationNotice.id.desc())
                if after is not None:
                    at, last_id = after
                    stmt = stmt.where(
                        or_(
                            RectificationNotice.issued_at < at,
                            and_(RectificationNotice.issued_at == at, RectificationNotice.id < last_id),
                        )
                    )
            else:
                stmt = stmt.order_by(RectificationNotice.deadline, RectificationNotice.id)
                if after is not None:
                    day, last_id = after
                    stmt = stmt.where(
                        or_(
                            RectificationNotice.deadline > day,
                            and_(RectificationNotice.deadline == day, RectificationNotice.id > last_id),
                        )
                    )
            cond = self._text_condition(s, text)
            if cond is not None:
                stmt = stmt.where(cond)
            rows = [self._detail(s, user, n) for n in s.scalars(stmt.limit(limit + 1))]
        if newest_first:
            return page_of(rows, limit, lambda d: (d.issued_at, d.id))
        return page_of(rows, limit, lambda d: (d.deadline, d.id))

    def _text_condition(self, s: Session, text: str) -> Any:
        text = (text or "").strip()
        if not text:
            return None
        return text_or_rooms(
            s,
            text,
            RectificationNotice.room_id,
            RectificationNotice.number.like(f"%{text.upper()}%"),
            RectificationNotice.addressee_name.like(f"%{text}%"),
            RectificationNotice.findings.like(f"%{text}%"),
            *search.phone_condition(RectificationNotice.addressee_phone, text),
        )

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

    def room_records(self, user: CurrentUser, room_id: int) -> list[HistoryEntry]:
        """The room's rectification notices for its card (services/core/history.py)."""
        if not user.can(Action.NOTICE_VIEW):
            return []
        return records_of_room(
            self._db, RectificationNotice, room_id, kind="notice", at=RectificationNotice.created_at,
            summary=lambda r: r.findings,
        )  # fmt: skip

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        """Ctrl+K: notices holding every word (number, room, addressee and phone, findings)."""
        require(user, Action.NOTICE_VIEW)
        with self._db.read() as s:
            words = search.read_words(s, text)
            if not words:
                return []
            N = RectificationNotice
            stmt = select(N).where(search.where(_SEARCHED, words)).order_by(N.id.desc()).limit(limit)
            return [
                SearchHit(
                    "notice",
                    n.id,
                    f"{n.number}  {n.room_code}",
                    f"{n.addressee_name}  {n.findings[:30]}  {n.deadline.isoformat()}",
                    search.matched(user, _SEARCHED, words, n, n.room_code),
                    n.issued_at,
                    n.number,
                    n.room_code,
                )
                for n in s.scalars(stmt)
            ]

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.NOTICE_VIEW)
        today = self.today()
        with self._db.read() as s:
            due = count_rows(s, RectificationNotice, RectificationNotice.state == "open", RectificationNotice.deadline <= today)
            followup = count_rows(
                s,
                RectificationNotice,
                RectificationNotice.state == "not_rectified",
                RectificationNotice.followup_id.is_(None),
            )
        return [
            StatusCount("notice.reinspect_due", due, "warning"),
            StatusCount("notice.followup_needed", followup, "danger"),
        ]

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        """Notices awaiting re-inspection (due ones flagged as overdue past their deadline), and 未整改
        ones still awaiting their second notice (state ``followup_needed``): all in "notice.reinspect"."""
        if not user.can(Action.NOTICE_VIEW):
            return []
        today = self.today()
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
