"""What the notice form sends, and the frozen rows that come back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


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
    #: what this user may do to the notice now (rules.MACHINE)
    allowed: frozenset[str] = frozenset()


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
