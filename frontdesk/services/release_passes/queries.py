"""Reading release passes: one pass, a day's list (keyset pages), a room's history, the gate's
log, and the contracts (global search, status bar, handover)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from frontdesk.models import ReleasePass, Room
from frontdesk.services.clock import local_day_bounds, to_local
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core import search
from frontdesk.services.core.counting import count_rows
from frontdesk.services.core.history import HistoryEntry, records_of_room
from frontdesk.services.core.paging import DEFAULT_PAGE_SIZE, Page, decode_cursor, page_of
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_record
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import text_or_rooms
from frontdesk.services.release_passes.rows import PassDetail, to_detail
from frontdesk.services.release_passes.rules import effective_state
from frontdesk.services.release_passes.signing import normalise_scan

#: what the global search looks at, in the order a hit names the field that matched
_SEARCHED = (
    search.Field(search.NUMBER, ReleasePass.number, "number"),
    search.Field(search.ROOM, ReleasePass.room_id, "room"),
    search.Field(search.CARRIER_PHONE, ReleasePass.carrier_phone, "phone"),
    search.Field(search.CARRIER, ReleasePass.carrier_name),
    search.Field(search.OWNER, ReleasePass.owner_name),
)


class PassQueries(Service):
    _entity = "release_pass"

    def get(self, user: CurrentUser, pass_id: int) -> PassDetail:
        require(user, Action.PASS_VIEW)
        with self._db.read() as s:
            p = load_record(s, ReleasePass, pass_id)
            return to_detail(user, p, self._project(s, p), self._clock.now())

    def _project(self, s: Session, p: ReleasePass) -> str:
        room = s.get(Room, p.room_id)
        return room.project.name if room is not None else ""

    def list_passes(
        self,
        user: CurrentUser,
        *,
        day: date | None = None,
        state: str | None = None,
        text: str = "",
        limit: int = 500,
    ) -> list[PassDetail]:
        """Passes of a day (issued that day, or valid during it), newest first; optionally one
        effective state and a room / number / carrier filter."""
        return self.page_passes(user, day=day, state=state, text=text, limit=limit).rows

    def page_passes(
        self,
        user: CurrentUser,
        *,
        day: date | None = None,
        state: str | None = None,
        text: str = "",
        cursor: str | None = None,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> Page[PassDetail]:
        """One page of :meth:`list_passes` (newest first), continuing after ``cursor``."""
        require(user, Action.PASS_VIEW)
        now = self._clock.now()
        after = decode_cursor(cursor)
        with self._db.read() as s:
            stmt = select(ReleasePass).order_by(ReleasePass.issued_at.desc(), ReleasePass.id.desc()).limit(limit + 1)
            if after is not None:
                at, last_id = after
                stmt = stmt.where(or_(ReleasePass.issued_at < at, and_(ReleasePass.issued_at == at, ReleasePass.id < last_id)))
            if day is not None:
                start, end = local_day_bounds(day)
                stmt = stmt.where(
                    or_(
                        and_(ReleasePass.issued_at >= start, ReleasePass.issued_at < end),
                        and_(ReleasePass.valid_from < end, ReleasePass.valid_until > start),
                    )
                )
            if state == "expired":
                stmt = stmt.where(ReleasePass.state == "issued", ReleasePass.valid_until < now)
            elif state == "issued":
                stmt = stmt.where(ReleasePass.state == "issued", ReleasePass.valid_until >= now)
            elif state in ("used", "void"):
                stmt = stmt.where(ReleasePass.state == state)
            cond = self._text_condition(s, text)
            if cond is not None:
                stmt = stmt.where(cond)
            rows = list(s.scalars(stmt).unique())
            projects = self._projects(s, rows)
            details = [to_detail(user, p, projects.get(p.room_id, ""), now) for p in rows]
        return page_of(details, limit, lambda d: (d.issued_at, d.id))

    def _projects(self, s: Session, rows: list[ReleasePass]) -> dict[int, str]:
        ids = {p.room_id for p in rows}
        if not ids:
            return {}
        return {r.id: r.project.name for r in s.scalars(select(Room).where(Room.id.in_(ids))).unique()}

    def _text_condition(self, s: Session, text: str) -> Any:
        text = (text or "").strip()
        if not text:
            return None
        norm = normalise_scan(text)
        return text_or_rooms(
            s,
            text,
            ReleasePass.room_id,
            ReleasePass.number.like(f"%{norm}%"),
            ReleasePass.carrier_name.like(f"%{text}%"),
            ReleasePass.owner_name.like(f"%{text}%"),
            *search.phone_condition(ReleasePass.carrier_phone, text),
        )

    def room_history(self, user: CurrentUser, room_id: int, limit: int = 100) -> list[PassDetail]:
        require(user, Action.PASS_VIEW)
        now = self._clock.now()
        with self._db.read() as s:
            rows = list(
                s.scalars(
                    select(ReleasePass).where(ReleasePass.room_id == room_id).order_by(ReleasePass.issued_at.desc()).limit(limit)
                ).unique()
            )
            projects = self._projects(s, rows)
            return [to_detail(user, p, projects.get(p.room_id, ""), now) for p in rows]

    def gate_log(self, user: CurrentUser, day: date | None = None, limit: int = 200) -> list[PassDetail]:
        """Passes let through on a day (the gate screen's list), latest first."""
        require(user, Action.PASS_VERIFY)
        now = self._clock.now()
        start, end = local_day_bounds(day or self.today())
        with self._db.read() as s:
            rows = list(
                s.scalars(
                    select(ReleasePass)
                    .where(ReleasePass.state == "used", ReleasePass.used_at >= start, ReleasePass.used_at < end)
                    .order_by(ReleasePass.used_at.desc())
                    .limit(limit)
                ).unique()
            )
            projects = self._projects(s, rows)
            return [to_detail(user, p, projects.get(p.room_id, ""), now) for p in rows]

    def room_records(self, user: CurrentUser, room_id: int) -> list[HistoryEntry]:
        """The room's release passes for its card (services/core/history.py)."""
        if not user.can(Action.PASS_VIEW):
            return []
        return records_of_room(
            self._db, ReleasePass, room_id, kind="pass", at=ReleasePass.issued_at,
            summary=lambda r: f"{r.carrier_name}：" + "、".join(f"{i.name}×{i.quantity}" for i in r.items),
        )  # fmt: skip

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        """Ctrl+K: passes holding every word (number, room, owner, carrier, carrier's phone)."""
        require(user, Action.PASS_VIEW)
        with self._db.read() as s:
            words = search.read_words(s, text)
            if not words:
                return []
            stmt = select(ReleasePass).where(search.where(_SEARCHED, words)).order_by(ReleasePass.id.desc()).limit(limit)
            return [
                SearchHit(
                    "pass",
                    p.id,
                    f"{p.number}  {p.room_code}",
                    f"{p.carrier_name}  "
                    + "、".join(f"{i.name}×{i.quantity}" for i in p.items)
                    + f"  {to_local(p.issued_at):%Y-%m-%d}",
                    search.matched(user, _SEARCHED, words, p, p.room_code),
                    p.issued_at,
                    p.number,
                    p.room_code,
                )
                for p in s.scalars(stmt).unique()
            ]

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.PASS_VIEW)
        start, end = local_day_bounds(self.today())
        with self._db.read() as s:
            n = count_rows(s, ReleasePass, ReleasePass.issued_at >= start, ReleasePass.issued_at < end)
        return [StatusCount("pass.issued_today", n)]

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        """Passes issued during the shift, with where each stands now."""
        if not user.can(Action.PASS_VIEW):
            return []
        now = self._clock.now()
        with self._db.read() as s:
            rows = list(
                s.scalars(
                    select(ReleasePass)
                    .where(ReleasePass.issued_at >= shift_start, ReleasePass.issued_at < shift_end)
                    .order_by(ReleasePass.issued_at)
                ).unique()
            )
            out = []
            for p in rows:
                items = "、".join(f"{i.name}×{i.quantity}" for i in p.items)
                out.append(
                    HandoverItem(
                        section="pass.issued",
                        ref_kind="pass",
                        ref_id=p.id,
                        ref_number=p.number,
                        summary=f"{p.room_code} {p.carrier_name} {items}",
                        state=effective_state(p, now),
                        due_at=p.valid_until,
                        extra={"issued_by": p.issued_by_name},
                    )
                )
            return out
