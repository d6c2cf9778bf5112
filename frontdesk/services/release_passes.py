"""大件物品放行条: issuing release passes at the counter and checking them at the gate.

A pass is immutable once issued (it is printed and signed); only its state moves:
issued → used (let through at the gate) / void; an issued pass past its window is expired.
Every issue, void, reprint, gate check and release is written to the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.models import ReleasePass, ReleasePassItem, Room
from frontdesk.services import audit
from frontdesk.services.clock import LOCAL_TZ, Clock, to_local
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core.changes import Kind  # noqa: E402 - the kind goes with the feature
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from frontdesk.services.numbering import next_serial
from frontdesk.services.pass_signing import (
    SERIAL_RE,
    PassClaims,
    PassSigner,
    default_key_path,
    normalise_scan,
    parse_payload,
)
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry import _owner, phone_for, resolve_room, rooms_matching
from frontdesk.services.validation import (
    Collector,
    FieldError,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_plates,
    clean_text,
    mask_id_number,
)

#: the record kind this feature registers (frontdesk.features)
PASS = Kind("pass")

PREFIX = "FX"
REASONS = ("搬家", "装修", "维修", "其他")
#: how the owner agreed when someone else carries the goods out
CONFIRM_METHODS = ("self", "signed", "phone", "written")
STATES = ("issued", "used", "void", "expired")
MAX_ITEMS = 8  # what fits the printed item table of one copy
ITEM_NAME_MAX = 30
ITEM_NOTE_MAX = 40
MAX_QUANTITY = 9999
MAX_DAYS_AHEAD = 30
MAX_WINDOW = timedelta(days=3)

#: outcomes of a gate check; only "valid" may be let through
GATE_OUTCOMES = (
    "valid", "released", "used", "void", "expired", "not_yet",
    "altered", "foreign_key", "unknown", "unreadable",
)  # fmt: skip

_AUDIT_FIELDS = (
    "number", "room_code", "owner_name", "carrier_name", "carrier_is_owner", "reason", "reason_note",
    "plate", "valid_from", "valid_until", "confirm_method", "confirm_by", "confirm_at", "confirm_note",
    "state",
)  # fmt: skip


# --- what the form sends, and what comes back ---------------------------------------------------


@dataclass
class ItemInput:
    name: str = ""
    quantity: int | str = 1
    note: str = ""

    def is_blank(self) -> bool:
        return not (self.name or "").strip() and not (self.note or "").strip()


@dataclass
class PassInput:
    """The issue form, as typed. Dates and times are local (the counter's wall clock)."""

    room: str = ""
    project_id: int | None = None  # the room's project when known (a code may exist in several)
    owner_name: str = ""
    carrier_is_owner: bool = False
    carrier_name: str = ""
    carrier_phone: str = ""
    carrier_id_number: str = ""
    items: list[ItemInput] = field(default_factory=list)
    reason: str = "搬家"
    reason_note: str = ""
    plate: str = ""
    valid_date: date | None = None
    valid_from: time = time(8, 0)
    valid_until: time = time(20, 0)
    confirm_method: str = ""
    confirm_by: str = ""
    confirm_at: datetime | None = None
    confirm_note: str = ""


@dataclass(frozen=True)
class PassItem:
    name: str
    quantity: int
    note: str


@dataclass(frozen=True)
class PassDetail:
    id: int
    number: str
    room_id: int
    room_code: str
    project: str
    owner_name: str
    carrier_name: str
    carrier_phone: str  # as this user may see it
    carrier_id_masked: str
    carrier_is_owner: bool
    items: tuple[PassItem, ...]
    reason: str
    reason_note: str
    plate: str
    valid_from: datetime
    valid_until: datetime
    confirm_method: str
    confirm_by: str
    confirm_at: datetime | None
    confirm_note: str
    issued_by: str
    issued_by_id: int | None
    issued_at: datetime
    state: str  # issued / used / void / expired (effective, at the time of reading)
    used_by: str
    used_at: datetime | None
    void_by: str
    void_at: datetime | None
    void_reason: str
    reprint_count: int
    version: int

    @property
    def items_summary(self) -> str:
        return "、".join(f"{i.name}×{i.quantity}" for i in self.items)


@dataclass(frozen=True)
class PassPrint:
    """Everything the printed pass shows. ``reprint_no`` 0 is the original; 1, 2 … are 副本."""

    detail: PassDetail
    payload: str
    carrier_phone: str  # in full: the counterfoil stays at the counter
    reprint_no: int
    printed_at: datetime


@dataclass(frozen=True)
class GateCheck:
    """The answer the gate screen shows. ``method`` is "scan" (signed QR) or "manual" (typed serial)."""

    outcome: str
    method: str
    checked_at: datetime
    detail: PassDetail | None = None
    serial: str = ""

    @property
    def may_pass(self) -> bool:
        return self.outcome == "valid"


# --- helpers ---------------------------------------------------------------------------------------


def effective_state(p: ReleasePass, now: datetime) -> str:
    if p.state == "issued" and now > p.valid_until:
        return "expired"
    return p.state


def _detail(user: CurrentUser, p: ReleasePass, project: str, now: datetime) -> PassDetail:
    return PassDetail(
        id=p.id,
        number=p.number,
        room_id=p.room_id,
        room_code=p.room_code,
        project=project,
        owner_name=p.owner_name,
        carrier_name=p.carrier_name,
        carrier_phone=phone_for(user, p.carrier_phone),
        carrier_id_masked=mask_id_number(p.carrier_id_number),
        carrier_is_owner=p.carrier_is_owner,
        items=tuple(PassItem(i.name, i.quantity, i.note or "") for i in p.items),
        reason=p.reason,
        reason_note=p.reason_note or "",
        plate=p.plate or "",
        valid_from=p.valid_from,
        valid_until=p.valid_until,
        confirm_method=p.confirm_method,
        confirm_by=p.confirm_by or "",
        confirm_at=p.confirm_at,
        confirm_note=p.confirm_note or "",
        issued_by=p.issued_by_name,
        issued_by_id=p.issued_by_id,
        issued_at=p.issued_at,
        state=effective_state(p, now),
        used_by=p.used_by_name or "",
        used_at=p.used_at,
        void_by=p.void_by_name or "",
        void_at=p.void_at,
        void_reason=p.void_reason or "",
        reprint_count=p.reprint_count,
        version=p.version,
    )


def _local_day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0, 0), LOCAL_TZ)
    return start, start + timedelta(days=1)


def _clean_quantity(value: int | str) -> int:
    if isinstance(value, int):
        q = value
    else:
        import unicodedata

        text = unicodedata.normalize("NFKC", str(value or "")).strip()
        if not text:
            raise FieldError("required")
        if not text.isdigit():
            raise FieldError("bad_quantity", max=MAX_QUANTITY)
        q = int(text)
    if not 1 <= q <= MAX_QUANTITY:
        raise FieldError("bad_quantity", max=MAX_QUANTITY)
    return q


def _clean_plate(value: str | None) -> str | None:
    plates = clean_plates(value)
    if plates and "," in plates:
        raise FieldError("one_plate")
    return plates


# --- the service --------------------------------------------------------------------------------------


class ReleasePassService:
    def __init__(self, db: Database, clock: Clock, signer: PassSigner) -> None:
        self._db = db
        self._clock = clock
        self._signer = signer

    @property
    def signer(self) -> PassSigner:
        return self._signer

    # --- the issue form -----------------------------------------------------------

    def default_window(self, window: list[str] | None = None) -> tuple[date, time, time]:
        """Today's default validity window, or tomorrow's once today's has ended."""
        start_s, end_s = (window or ["08:00", "20:00"])[:2]
        start = time.fromisoformat(start_s)
        end = time.fromisoformat(end_s)
        now = self._clock.local_now()
        day = now.date()
        if now.time() >= end:
            day += timedelta(days=1)
        return day, start, end

    def _clean(self, s: Session, user: CurrentUser, data: PassInput) -> tuple[dict[str, object], list[PassItem], Room]:
        c = Collector()
        now = self._clock.now()
        room: Room | None = None
        try:
            room = resolve_room(s, data.room, data.project_id)
        except ValidationError as exc:
            c.add("room", exc.errors["room"], **exc.params)
        out: dict[str, object] = {}
        owner = _owner(room) if room is not None else None
        owner_name = (data.owner_name or "").strip() or (owner.name if owner else "")
        out["owner_name"] = c.check("owner_name", clean_name, owner_name)
        carrier_name = (data.carrier_name or "").strip()
        if data.carrier_is_owner and not carrier_name:
            carrier_name = owner_name
        out["carrier_name"] = c.check("carrier_name", clean_name, carrier_name)
        is_owner = bool(data.carrier_is_owner) or (bool(out["carrier_name"]) and out["carrier_name"] == out["owner_name"])
        out["carrier_is_owner"] = is_owner
        phone = data.carrier_phone
        if is_owner and not (phone or "").strip() and owner is not None and owner.name == out["owner_name"]:
            phone = owner.phone or ""  # the owner's number on file
        out["carrier_phone"] = c.check("carrier_phone", clean_phone, phone, required=True)
        out["carrier_id_number"] = c.check("carrier_id_number", clean_id_number, data.carrier_id_number)
        if not is_owner and "carrier_id_number" not in c.errors and not out["carrier_id_number"]:
            c.add("carrier_id_number", "id_required_for_carrier")

        items: list[PassItem] = []
        lines = [(i, it) for i, it in enumerate(data.items) if not it.is_blank()]
        if not lines:
            c.add("items", "items_required")
        elif len(lines) > MAX_ITEMS:
            c.add("items", "too_many_items", max=MAX_ITEMS)
        for i, it in lines:
            name = c.check(f"items.{i}.name", clean_text, it.name, max_len=ITEM_NAME_MAX, required=True, multiline=False)
            qty = c.check(f"items.{i}.quantity", _clean_quantity, it.quantity)
            note = c.check(f"items.{i}.note", clean_text, it.note, max_len=ITEM_NOTE_MAX, multiline=False)
            if name is not None and qty is not None:
                items.append(PassItem(name, qty, note or ""))

        if data.reason not in REASONS:
            c.add("reason", "invalid")
        out["reason"] = data.reason
        out["reason_note"] = c.check(
            "reason_note",
            clean_text,
            data.reason_note,
            max_len=100,
            multiline=False,
            required=data.reason == "其他",
        )
        out["plate"] = c.check("plate", _clean_plate, data.plate)

        today = self._clock.local_now().date()
        day = data.valid_date or today
        start = datetime.combine(day, data.valid_from, LOCAL_TZ)
        end = datetime.combine(day, data.valid_until, LOCAL_TZ)
        if end <= start:
            c.add("validity", "date_order")
        elif end - start > MAX_WINDOW:
            c.add("validity", "window_too_long")
        elif end <= now:
            c.add("validity", "validity_past")
        elif day > today + timedelta(days=MAX_DAYS_AHEAD):
            c.add("validity", "validity_too_far", days=MAX_DAYS_AHEAD)
        out["valid_from"] = start
        out["valid_until"] = end

        method = "self" if is_owner else (data.confirm_method or "")
        if method not in CONFIRM_METHODS or (method == "self" and not is_owner):
            c.add("confirm_method", "confirm_required")
        out["confirm_method"] = method
        out["confirm_by"] = out["confirm_at"] = None
        out["confirm_note"] = c.check("confirm_note", clean_text, data.confirm_note, max_len=100, multiline=False)
        if method == "phone":
            out["confirm_by"] = c.check("confirm_by", clean_name, data.confirm_by or user.name)
            at = data.confirm_at or now
            if at > now + timedelta(minutes=5):
                c.add("confirm_at", "confirm_in_future")
            elif at < now - timedelta(days=7):
                c.add("confirm_at", "confirm_too_old")
            out["confirm_at"] = at
        elif method in ("signed", "written"):
            out["confirm_by"] = user.name  # who saw the signature or the letter
            out["confirm_at"] = now
        c.raise_if_any()
        assert room is not None
        return out, items, room

    def issue(self, user: CurrentUser, data: PassInput) -> PassPrint:
        """Issue a pass: validated, numbered, signed, audited. Returns what to print (the original)."""
        require(user, Action.PASS_ISSUE)
        now = self._clock.now()
        with self._db.write() as s:
            values, items, room = self._clean(s, user, data)
            p = ReleasePass(
                number=next_serial(s, PREFIX, now),
                room_id=room.id,
                room_code=room.code,
                issued_by_id=user.id,
                issued_by_name=user.name,
                issued_at=now,
                state="issued",
                reprint_count=0,
                **values,
            )
            p.items = [
                ReleasePassItem(position=n, name=it.name, quantity=it.quantity, note=it.note or None)
                for n, it in enumerate(items, start=1)
            ]
            s.add(p)
            s.flush()
            after = audit.snapshot(p, _AUDIT_FIELDS)
            after["items"] = [[it.name, it.quantity, it.note] for it in items]
            audit.record(s, user, "release_pass", p.id, "issue", after=after, at=now)
            return self._print(user, p, room.project.name, p.carrier_phone, 0, now)

    def _print(self, user: CurrentUser, p: ReleasePass, project: str, phone: str, n: int, now: datetime) -> PassPrint:
        claims = PassClaims(p.number, p.room_code, p.valid_from, p.valid_until)
        return PassPrint(_detail(user, p, project, now), self._signer.payload(claims), phone, n, now)

    # --- reading -----------------------------------------------------------

    def get(self, user: CurrentUser, pass_id: int) -> PassDetail:
        require(user, Action.PASS_VIEW)
        with self._db.read() as s:
            p = s.get(ReleasePass, pass_id)
            if p is None:
                raise NotFound("not_found")
            return _detail(user, p, self._project(s, p), self._clock.now())

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
        require(user, Action.PASS_VIEW)
        now = self._clock.now()
        with self._db.read() as s:
            stmt = select(ReleasePass).order_by(ReleasePass.issued_at.desc(), ReleasePass.id.desc()).limit(limit)
            if day is not None:
                start, end = _local_day_bounds(day)
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
            return [_detail(user, p, projects.get(p.room_id, ""), now) for p in rows]

    def _projects(self, s: Session, rows: list[ReleasePass]) -> dict[int, str]:
        ids = {p.room_id for p in rows}
        if not ids:
            return {}
        return {r.id: r.project.name for r in s.scalars(select(Room).where(Room.id.in_(ids))).unique()}

    def _text_condition(self, s: Session, text: str):  # type: ignore[no-untyped-def]
        text = (text or "").strip()
        if not text:
            return None
        norm = normalise_scan(text)
        conds = [
            ReleasePass.number.like(f"%{norm}%"),
            ReleasePass.carrier_name.like(f"%{text}%"),
            ReleasePass.owner_name.like(f"%{text}%"),
        ]
        room_ids = [r.id for r in rooms_matching(s, text)]
        if room_ids:
            conds.append(ReleasePass.room_id.in_(room_ids))
        return or_(*conds)

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
            return [_detail(user, p, projects.get(p.room_id, ""), now) for p in rows]

    # --- after issuing -----------------------------------------------------------

    def _load_for_update(self, s: Session, pass_id: int) -> ReleasePass:
        p = s.scalars(select(ReleasePass).where(ReleasePass.id == pass_id).with_for_update()).one_or_none()
        if p is None:
            raise NotFound("not_found")
        return p

    def may_void(self, user: CurrentUser, detail: PassDetail | None = None) -> bool:
        """A supervisor voids any pass; whoever issued a pass may void it the same day (a typo
        noticed at the counter), as long as it has not been used."""
        if user.can(Action.PASS_VOID):
            return True
        if detail is None or not user.can(Action.PASS_ISSUE):
            return False
        return self._own_today(user, detail.issued_by_id, detail.issued_at) and detail.state == "issued"

    def _own_today(self, user: CurrentUser, issued_by_id: int | None, issued_at: datetime) -> bool:
        return issued_by_id == user.id and to_local(issued_at).date() == self._clock.local_now().date()

    def void(self, user: CurrentUser, pass_id: int, reason: str, *, expected_version: int) -> PassDetail:
        if not (user.can(Action.PASS_VOID) or user.can(Action.PASS_ISSUE)):
            require(user, Action.PASS_VOID)
        c = Collector()
        reason_v = c.check("void_reason", clean_text, reason, max_len=100, required=True, multiline=False)
        c.raise_if_any()
        now = self._clock.now()
        with self._db.write() as s:
            p = self._load_for_update(s, pass_id)
            if not user.can(Action.PASS_VOID) and not self._own_today(user, p.issued_by_id, p.issued_at):
                raise PermissionDenied("forbidden", action=Action.PASS_VOID.value, role=user.role.value)
            if p.version != expected_version:
                raise ConflictError("conflict")
            if p.state != "issued":
                raise InvalidTransition("pass_not_voidable", state=p.state)
            before = audit.snapshot(p, ("state",))
            p.state = "void"
            p.void_at = now
            p.void_by_name = user.name
            p.void_reason = reason_v
            s.flush()
            audit.record(
                s,
                user,
                "release_pass",
                p.id,
                "void",
                before=before,
                after={"state": "void", "reason": reason_v},
                at=now,
            )
            return _detail(user, p, self._project(s, p), now)

    def reprint(self, user: CurrentUser, pass_id: int) -> PassPrint:
        """A copy of a pass still usable: same serial and QR, marked 副本, counted and audited."""
        require(user, Action.PASS_REPRINT)
        now = self._clock.now()
        with self._db.write() as s:
            p = self._load_for_update(s, pass_id)
            state = effective_state(p, now)
            if state != "issued":
                raise InvalidTransition("pass_not_reprintable", state=state)
            p.reprint_count += 1
            s.flush()
            audit.record(s, user, "release_pass", p.id, "reprint", after={"reprint_no": p.reprint_count}, at=now)
            return self._print(user, p, self._project(s, p), p.carrier_phone, p.reprint_count, now)

    # --- the gate -----------------------------------------------------------

    def check(self, user: CurrentUser, text: str) -> GateCheck:
        """What the guard scanned (the QR payload) or typed (the serial): is this pass good now?
        Nothing changes state here; the attempt itself is audited, whatever its outcome."""
        require(user, Action.PASS_VERIFY)
        now = self._clock.now()
        raw = normalise_scan(text)
        parsed = parse_payload(raw)
        with self._db.write() as s:
            p: ReleasePass | None = None
            serial = ""
            if parsed is not None:
                method = "scan"
                serial = parsed.claims.serial
                if not self._signer.is_ours(parsed):
                    outcome = "foreign_key"
                elif not self._signer.verify(parsed):
                    outcome = "altered"
                else:
                    p = s.scalar(select(ReleasePass).where(ReleasePass.number == serial))
                    if p is None:
                        outcome = "unknown"
                    elif (p.room_code.upper(), p.valid_from, p.valid_until) != (
                        parsed.claims.room_code,
                        parsed.claims.valid_from,
                        parsed.claims.valid_until,
                    ):
                        outcome = "altered"
                    else:
                        outcome = self._gate_state(p, now)
            elif m := SERIAL_RE.match(raw):
                method = "manual"
                serial = PREFIX + m["digits"]
                p = s.scalar(select(ReleasePass).where(ReleasePass.number == serial))
                outcome = "unknown" if p is None else self._gate_state(p, now)
            else:
                method = "scan"
                # a payload with a character changed or lost no longer parses: say "altered",
                # not "unreadable", when it still has the shape of one
                outcome = "altered" if raw.startswith("FX") and raw.count(":") >= 5 else "unreadable"
            # an altered or foreign copy of a real pass goes on that pass's own history (its details
            # are not shown: the paper is not to be trusted); anything else under what was read
            target = p
            if target is None and serial:
                target = s.scalar(select(ReleasePass).where(ReleasePass.number == serial))
            audit.record(
                s,
                user,
                "release_pass",
                target.id if target is not None else (serial or "?"),
                "gate_check",
                after={"outcome": outcome, "method": method, "input": raw[:120]},
                at=now,
            )
            detail = _detail(user, p, self._project(s, p), now) if p is not None else None
            return GateCheck(outcome, method, now, detail, serial)

    @staticmethod
    def _gate_state(p: ReleasePass, now: datetime) -> str:
        if p.state == "void":
            return "void"
        if p.state == "used":
            return "used"
        if now < p.valid_from:
            return "not_yet"
        if now > p.valid_until:
            return "expired"
        return "valid"

    def release(self, user: CurrentUser, pass_id: int, *, method: str = "scan") -> GateCheck:
        """Let the goods through: the pass becomes 已放行 with who and when. Checked again inside
        the transaction, so two gates scanning one pass at once let it through only once."""
        require(user, Action.PASS_VERIFY)
        now = self._clock.now()
        with self._db.write() as s:
            p = self._load_for_update(s, pass_id)
            outcome = self._gate_state(p, now)
            if outcome == "valid":
                p.state = "used"
                p.used_at = now
                p.used_by_id = user.id
                p.used_by_name = user.name
                s.flush()
                audit.record(
                    s,
                    user,
                    "release_pass",
                    p.id,
                    "release",
                    before={"state": "issued"},
                    after={"state": "used", "method": method},
                    at=now,
                )
                outcome = "released"
            else:
                audit.record(
                    s,
                    user,
                    "release_pass",
                    p.id,
                    "release_refused",
                    after={"outcome": outcome, "method": method},
                    at=now,
                )
            return GateCheck(outcome, method, now, _detail(user, p, self._project(s, p), now), p.number)

    def gate_log(self, user: CurrentUser, day: date | None = None, limit: int = 200) -> list[PassDetail]:
        """Passes let through on a day (the gate screen's list), latest first."""
        require(user, Action.PASS_VERIFY)
        now = self._clock.now()
        start, end = _local_day_bounds(day or self._clock.local_now().date())
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
            return [_detail(user, p, projects.get(p.room_id, ""), now) for p in rows]

    # --- export -----------------------------------------------------------

    def export_xlsx(self, user: CurrentUser, path: Path, rows: list[PassDetail]) -> int:
        """Write the listed passes to an xlsx file (ID numbers masked); returns the row count."""
        require(user, Action.PASS_EXPORT)
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        headers = [
            "编号",
            "项目",
            "房号",
            "业主",
            "携物人",
            "电话",
            "证件号",
            "物品",
            "原因",
            "车牌",
            "有效期自",
            "有效期至",
            "业主确认",
            "经办人",
            "开具时间",
            "状态",
            "放行人",
            "放行时间",
            "作废原因",
            "补打次数",
        ]
        confirm = {"self": "本人", "signed": "业主签字", "phone": "电话确认", "written": "书面委托"}
        states = {"issued": "已开具", "used": "已放行", "void": "已作废", "expired": "已过期"}

        def ts(v: datetime | None) -> str:
            return to_local(v).strftime("%Y-%m-%d %H:%M") if v else ""

        wb = Workbook()
        ws = wb.active
        ws.title = "放行条"
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for d in rows:
            reason = d.reason + (f"（{d.reason_note}）" if d.reason_note else "")
            ws.append(
                [
                    d.number,
                    d.project,
                    d.room_code,
                    d.owner_name,
                    d.carrier_name,
                    d.carrier_phone,
                    d.carrier_id_masked,
                    d.items_summary,
                    reason,
                    d.plate,
                    ts(d.valid_from),
                    ts(d.valid_until),
                    confirm.get(d.confirm_method, d.confirm_method),
                    d.issued_by,
                    ts(d.issued_at),
                    states.get(d.state, d.state),
                    d.used_by,
                    ts(d.used_at),
                    d.void_reason,
                    d.reprint_count,
                ]
            )
        widths = [16, 12, 12, 10, 10, 14, 22, 40, 12, 11, 17, 17, 10, 10, 17, 8, 10, 17, 20, 8]
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A2"
        wb.save(path)  # first: a file that could not be written is not recorded as exported
        with self._db.write() as s:
            audit.record(s, user, "release_pass", 0, "export", after={"rows": len(rows), "file": path.name})
        return len(rows)

    # --- contracts: search, status bar, handover -----------------------------------------------------------

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        require(user, Action.PASS_VIEW)
        text = (text or "").strip()
        if len(text) < 2:
            return []
        rows = self.list_passes(user, text=text, limit=limit)
        return [
            SearchHit(
                "pass",
                d.id,
                f"{d.number}  {d.room_code}",
                f"{d.carrier_name}  {d.items_summary}  {to_local(d.issued_at):%Y-%m-%d}",
            )
            for d in rows
        ]

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.PASS_VIEW)
        start, end = _local_day_bounds(self._clock.local_now().date())
        with self._db.read() as s:
            n = s.scalar(
                select(func.count()).select_from(ReleasePass).where(ReleasePass.issued_at >= start, ReleasePass.issued_at < end)
            )
        return [StatusCount("pass.issued_today", int(n or 0))]

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


# --- the registration (frontdesk.features) -------------------------------------------------------


def _build(env: FeatureEnv) -> ReleasePassService:
    return ReleasePassService(env.db, env.clock, PassSigner(default_key_path(env.db.sqlite_path, env.data_dir)))


FEATURE = Feature(
    kind=PASS,
    key="release_passes",
    build=_build,
    vocabulary=Vocabulary("ReleasePasses", "放行条"),
    tabs=(
        TabSpec("frontdesk.ui.release_pass_tab:ReleasePassTab", 60, Action.PASS_ISSUE),
        TabSpec("frontdesk.ui.gate_check_tab:GateCheckTab", 70, Action.PASS_VERIFY),
    ),
    prefix="FX",
)
