"""What a counter and a person have waiting; lists, global search and status counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from frontdesk.models import Handover, HandoverEntryItem, HandoverMessage
from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.contracts import SearchHit, SearchMatch, StatusCount
from frontdesk.services.core import search
from frontdesk.services.core.counting import count_rows
from frontdesk.services.core.paging import DEFAULT_PAGE_SIZE, Page, decode_cursor, page_of
from frontdesk.services.errors import (
    PermissionDenied,
)
from frontdesk.services.handover.base import (
    HandoverBase,
)
from frontdesk.services.handover.rows import (
    CounterStatus,
    HandoverQuery,
    HandoverRow,
    MessageForMe,
)
from frontdesk.services.handover.rules import (
    COUNT_PREFIX,
    _like,
)
from frontdesk.services.permissions import Action, CurrentUser

#: what the global search looks at: the entry's own fields, its items and its messages
_OWN = (
    search.Field(search.NUMBER, Handover.number, "number"),
    search.Field(search.AUTHOR, Handover.author_name),
    search.Field(search.ACK_BY, Handover.ack_by_name),
    search.Field(search.NOTES, Handover.keys_lent, "mention"),
    search.Field(search.NOTES, Handover.receipts, "mention"),
    search.Field(search.NOTES, Handover.watch_notes, "mention"),
    search.Field(search.NOTES, Handover.ack_note, "mention"),
    search.Field(search.NOTES, Handover.correction_reason, "mention"),
)
_ITEM = (
    search.Field(search.ITEMS, HandoverEntryItem.ref_number, "number"),
    search.Field(search.ITEMS, HandoverEntryItem.summary, "coded"),
    search.Field(search.ITEMS, HandoverEntryItem.remark, "mention"),
)
_MESSAGE = (
    search.Field(search.MESSAGE, HandoverMessage.recipient_name),
    search.Field(search.MESSAGE, HandoverMessage.text, "mention"),
)


def _matched(user: CurrentUser, words: Sequence[search.Word], h: Handover) -> tuple[SearchMatch, ...]:
    """Which part of the entry each word matched: its own fields, else an item or a message."""
    out: dict[str, SearchMatch] = {}
    for w in words:
        found = search.matched(user, _OWN, [w], h)
        for part, fields in ((h.items, _ITEM), (h.messages, _MESSAGE)):
            for record in part if not found else ():
                found = search.matched(user, fields, [w], record)
                if found:
                    break
        for m in found:
            out.setdefault(m.label, m)
    return tuple(out.values())


class HandoverQueries(HandoverBase):
    # --- what a counter and a person have waiting --------------------------------------------------

    def counter_status(self, user: CurrentUser, counter: str) -> CounterStatus:
        if not (user.can(Action.HANDOVER_ACK) or user.can(Action.HANDOVER_WRITE)):
            return CounterStatus((), None, ())
        with self._db.read() as s:
            pending = s.scalars(
                select(Handover)
                .where(Handover.counter == counter, Handover.state == "submitted", Handover.author_id != user.id)
                .order_by(Handover.submitted_at, Handover.id)
            ).all()
            own = s.scalar(
                select(Handover.id)
                .where(
                    Handover.counter == counter,
                    Handover.state == "draft",
                    Handover.author_id == user.id,
                    Handover.corrects_id.is_(None),
                )
                .order_by(Handover.id.desc())
                .limit(1)
            )
            others = s.scalars(
                select(Handover)
                .where(Handover.counter == counter, Handover.state == "draft", Handover.author_id != user.id)
                .order_by(Handover.id)
            ).all()
            return CounterStatus(tuple(self._rows(s, pending)), own, tuple(self._rows(s, others)))

    def messages_for(self, user: CurrentUser, days: int = 7) -> list[MessageForMe]:
        """Messages addressed to this person in handovers of the last ``days`` days, newest first."""
        since = self._clock.now() - timedelta(days=days)
        with self._db.read() as s:
            rows = s.execute(
                select(Handover, HandoverMessage)
                .join(HandoverMessage, HandoverMessage.handover_id == Handover.id)
                .where(
                    HandoverMessage.recipient_id == user.id,
                    Handover.state != "draft",
                    Handover.submitted_at >= since,
                )
                .order_by(Handover.submitted_at.desc(), HandoverMessage.position)
            ).all()
            return [
                MessageForMe(h.id, h.number, h.author_name, h.shift_name, h.submitted_at or h.created_at, m.text) for h, m in rows
            ]

    # --- lists, search, counts ------------------------------------------------------------------------

    def _ack_due(self) -> timedelta:
        return timedelta(minutes=self._int_setting("handover.ack_due_minutes", 120))

    def _rows(self, s: Session, hs: Sequence[Handover]) -> list[HandoverRow]:
        if not hs:
            return []
        ids = [h.id for h in hs]
        counts = dict(
            s.execute(
                select(HandoverEntryItem.handover_id, func.count())
                .where(
                    HandoverEntryItem.handover_id.in_(ids),
                    ~HandoverEntryItem.section.startswith(COUNT_PREFIX),
                    or_(HandoverEntryItem.ref_id != 0, HandoverEntryItem.ref_number != ""),
                )
                .group_by(HandoverEntryItem.handover_id)
            ).all()
        )
        corrections = dict(
            s.execute(
                select(Handover.corrects_id, func.count())
                .where(Handover.corrects_id.in_(ids), Handover.state != "draft")
                .group_by(Handover.corrects_id)
            ).all()
        )
        ref_ids = {h.corrects_id for h in hs if h.corrects_id is not None}
        numbers = dict(s.execute(select(Handover.id, Handover.number).where(Handover.id.in_(ref_ids))).all()) if ref_ids else {}
        due = self._clock.now() - self._ack_due()
        return [
            HandoverRow(
                h.id,
                h.number,
                h.state,
                h.counter,
                h.shift_name,
                h.shift_start,
                h.shift_end,
                h.author_id,
                h.author_name,
                h.submitted_at,
                h.acknowledged_at,
                h.ack_by_name,
                counts.get(h.id, 0),
                h.corrects_id,
                numbers.get(h.corrects_id) if h.corrects_id else None,
                corrections.get(h.id, 0),
                h.state == "submitted" and h.submitted_at is not None and h.submitted_at < due,
            )
            for h in hs
        ]

    def _visible(self, user: CurrentUser, counter: str) -> ColumnElement[bool] | None:
        """The WHERE clause for what this user may list."""
        if user.can(Action.HANDOVER_VIEW_ALL):
            return None
        if not (user.can(Action.HANDOVER_WRITE) or user.can(Action.HANDOVER_ACK)):
            raise PermissionDenied("forbidden", action=Action.HANDOVER_VIEW_ALL.value, role=user.role.value)
        mine = or_(Handover.author_id == user.id, Handover.ack_by_id == user.id)
        at_counter = and_(Handover.counter == counter, Handover.state != "draft")
        return or_(mine, at_counter) if counter else mine

    def find(
        self,
        user: CurrentUser,
        query: HandoverQuery | None = None,
        *,
        before_id: int | None = None,
        limit: int = 100,
    ) -> list[HandoverRow]:
        """Newest first, by keyset (``before_id``). A supervisor sees every handover; others see
        their own and the submitted ones of the counter named in the query."""
        q = query or HandoverQuery()
        stmt = select(Handover).order_by(Handover.id.desc()).limit(limit)
        visible = self._visible(user, q.counter)
        if visible is not None:
            stmt = stmt.where(visible)
            stmt = stmt.where(or_(Handover.state != "draft", Handover.author_id == user.id))
        elif q.counter:
            stmt = stmt.where(Handover.counter == q.counter)
        if before_id is not None:
            stmt = stmt.where(Handover.id < before_id)
        if q.date_from is not None:
            stmt = stmt.where(Handover.shift_start >= _local_midnight(q.date_from))
        if q.date_to is not None:
            stmt = stmt.where(Handover.shift_start < _local_midnight(q.date_to + timedelta(days=1)))
        person = " ".join((q.person or "").split())
        if person:
            stmt = stmt.where(
                or_(
                    Handover.author_name.like(_like(person), escape="\\"),
                    Handover.ack_by_name.like(_like(person), escape="\\"),
                )
            )
        text = (q.text or "").strip()
        if text:
            stmt = stmt.where(_text_clause(text))
        if q.state in ("draft", "submitted", "acknowledged"):
            stmt = stmt.where(Handover.state == q.state)
        elif q.state == "unacked":
            stmt = stmt.where(Handover.state == "submitted")
        elif q.state == "overdue":
            stmt = stmt.where(Handover.state == "submitted", Handover.submitted_at < self._clock.now() - self._ack_due())
        with self._db.read() as s:
            return self._rows(s, s.scalars(stmt).all())

    def page(
        self, user: CurrentUser, query: HandoverQuery | None = None, cursor: str | None = None, limit: int = DEFAULT_PAGE_SIZE
    ) -> Page[HandoverRow]:
        """:meth:`find` as a page with a keyset cursor (the list's ``fetch``)."""
        after = decode_cursor(cursor)
        rows = self.find(user, query, before_id=int(after[0]) if after else None, limit=limit + 1)
        return page_of(rows, limit, lambda r: (r.id,))

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        """Global search (kind "handover"): entries holding every word in the number, people,
        notes, messages or items; a room in any spelling finds it however the entry wrote it."""
        if not user.can(Action.HANDOVER_VIEW_ALL) and not (user.can(Action.HANDOVER_WRITE) or user.can(Action.HANDOVER_ACK)):
            return []
        from frontdesk.services.clock import to_local

        with self._db.read() as s:
            words = search.read_words(s, text)
            if not words:
                return []
            conds = [
                or_(
                    search.word_condition(_OWN, w),
                    exists().where(HandoverEntryItem.handover_id == Handover.id, search.word_condition(_ITEM, w)),
                    exists().where(HandoverMessage.handover_id == Handover.id, search.word_condition(_MESSAGE, w)),
                )
                for w in words
            ]
            stmt = (
                select(Handover)
                .options(selectinload(Handover.items), selectinload(Handover.messages))
                .where(*conds)
                .order_by(Handover.id.desc())
                .limit(limit)
            )
            if not user.can(Action.HANDOVER_VIEW_ALL):
                stmt = stmt.where(or_(Handover.author_id == user.id, Handover.ack_by_id == user.id))
            out = []
            for h in s.scalars(stmt):
                start = to_local(h.shift_start)
                title = f"{h.number or '（草稿）'} {start:%Y-%m-%d} {h.shift_name} {h.counter}"
                who = h.author_name + (f" → {h.ack_by_name}" if h.ack_by_name else "")
                at = h.submitted_at or h.created_at
                out.append(SearchHit("handover", h.id, title, who, _matched(user, words, h), at, h.number or ""))
            return out

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        """For a supervisor: handovers submitted and still not acknowledged after the due time."""
        if not user.can(Action.HANDOVER_VIEW_ALL):
            return []
        with self._db.read() as s:
            n = count_rows(
                s, Handover, Handover.state == "submitted", Handover.submitted_at < self._clock.now() - self._ack_due()
            )
        return [StatusCount("handover.unacked", n, "warning")]

    def history_of_counters(self) -> list[str]:
        """Counter names seen so far (for the supervisor's filter)."""
        with self._db.read() as s:
            return list(s.scalars(select(Handover.counter).distinct().order_by(Handover.counter)))


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_TZ)


def _text_clause(text: str) -> ColumnElement[bool]:
    pat = _like(text)
    in_items = exists().where(
        HandoverEntryItem.handover_id == Handover.id,
        or_(
            HandoverEntryItem.summary.like(pat, escape="\\"),
            HandoverEntryItem.ref_number.like(pat, escape="\\"),
            HandoverEntryItem.remark.like(pat, escape="\\"),
        ),
    )
    in_messages = exists().where(
        HandoverMessage.handover_id == Handover.id,
        or_(HandoverMessage.text.like(pat, escape="\\"), HandoverMessage.recipient_name.like(pat, escape="\\")),
    )
    return or_(
        Handover.number.like(pat, escape="\\"),
        Handover.keys_lent.like(pat, escape="\\"),
        Handover.receipts.like(pat, escape="\\"),
        Handover.watch_notes.like(pat, escape="\\"),
        Handover.ack_note.like(pat, escape="\\"),
        Handover.correction_reason.like(pat, escape="\\"),
        in_items,
        in_messages,
    )
