"""Issuing, voiding and reprinting release passes, and the gate: each change in one transaction,
checked against the state machine (rules.MACHINE), audited, and reported as a change set."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.models import ReleasePass, ReleasePassItem, Room
from frontdesk.services import audit
from frontdesk.services.clock import LOCAL_TZ, Clock
from frontdesk.services.core.changes import changes
from frontdesk.services.core.versioning import load_for_change
from frontdesk.services.errors import InvalidTransition, PermissionDenied, ValidationError
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import _owner, resolve_room
from frontdesk.services.release_passes.export import write_passes
from frontdesk.services.release_passes.queries import PassQueries
from frontdesk.services.release_passes.rows import GateCheck, PassDetail, PassInput, PassItem, PassPrint, to_detail
from frontdesk.services.release_passes.rules import (
    _AUDIT_FIELDS,
    CONFIRM_METHODS,
    ITEM_NAME_MAX,
    ITEM_NOTE_MAX,
    MACHINE,
    MAX_DAYS_AHEAD,
    MAX_ITEMS,
    MAX_WINDOW,
    PASS,
    PREFIX,
    REASONS,
    clean_plate,
    clean_quantity,
    effective_state,
    gate_state,
    may_void,
    own_today,
)
from frontdesk.services.release_passes.signing import SERIAL_RE, PassClaims, PassSigner, normalise_scan, parse_payload
from frontdesk.services.validation import (
    Collector,
    checked,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_text,
    mask_phone,
)


class ReleasePassService(PassQueries):
    def __init__(self, db: Database, clock: Clock, signer: PassSigner) -> None:
        super().__init__(db, clock)
        self._signer = signer

    @property
    def signer(self) -> PassSigner:
        return self._signer

    def default_window(self, window: list[str] | None = None) -> tuple[date, time, time]:
        """Today's default validity window, or tomorrow's once today's has ended."""
        try:
            start_s, end_s = (window or ["08:00", "20:00"])[:2]
            start = time.fromisoformat(start_s)
            end = time.fromisoformat(end_s)
        except (ValueError, TypeError):  # a setting spoilt by hand: the usual window
            start, end = time(8, 0), time(20, 0)
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
        out["carrier_phone"] = c.check(
            "carrier_phone", clean_phone, phone, required=True, area_code=self._setting("centre.area_code")
        )
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
            qty = c.check(f"items.{i}.quantity", clean_quantity, it.quantity)
            note = c.check(f"items.{i}.note", clean_text, it.note, max_len=ITEM_NOTE_MAX, multiline=False)
            if name is not None and qty is not None:
                items.append(PassItem(name, qty, note or ""))

        if not data.reason:  # the form starts with none: the reason is the receptionist's to pick
            c.add("reason", "pass_reason_not_chosen")
        elif data.reason not in REASONS:
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
        out["plate"] = c.check("plate", clean_plate, data.plate)

        today = self.today()
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

    @changes(PASS)
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
            self._audit(s, user, p.id, "issue", after=after, at=now)
            return self._print(user, p, room.project.name, p.carrier_phone, 0, now)

    def _print(self, user: CurrentUser, p: ReleasePass, project: str, phone: str, n: int, now: datetime) -> PassPrint:
        claims = PassClaims(p.number, p.room_code, p.valid_from, p.valid_until)
        return PassPrint(to_detail(user, p, project, now), self._signer.payload(claims), phone, n, now)

    def may_void(self, user: CurrentUser, detail: PassDetail | None = None) -> bool:
        """A supervisor voids any pass; whoever issued a pass may void it the same day (a typo
        noticed at the counter), as long as it has not been used."""
        if detail is None:
            return user.can(Action.PASS_VOID)
        return may_void(user, detail.state, detail.issued_by_id, detail.issued_at, self._clock.now())

    @changes(PASS)
    def void(self, user: CurrentUser, pass_id: int, reason: str, *, expected_version: int) -> PassDetail:
        if not (user.can(Action.PASS_VOID) or user.can(Action.PASS_ISSUE)):
            require(user, Action.PASS_VOID)
        reason_v = checked("void_reason", clean_text, reason, max_len=100, required=True, multiline=False)
        now = self._clock.now()
        with self._db.write() as s:
            p = load_for_change(s, ReleasePass, pass_id, None, lock=True)
            if not user.can(Action.PASS_VOID) and not own_today(user, p.issued_by_id, p.issued_at, now):
                raise PermissionDenied("forbidden", action=Action.PASS_VOID.value, role=user.role.value)
            load_for_change(s, ReleasePass, pass_id, expected_version)
            if p.state not in MACHINE.sources("void"):
                raise InvalidTransition("pass_not_voidable", state=p.state)
            before = audit.snapshot(p, ("state",))
            p.state = "void"
            p.void_at = now
            p.void_by_name = user.name
            p.void_reason = reason_v
            s.flush()
            self._audit(s, user, p.id, "void", before=before, after={"state": "void", "reason": reason_v}, at=now)
            return to_detail(user, p, self._project(s, p), now)

    @changes(PASS)
    def reprint(self, user: CurrentUser, pass_id: int) -> PassPrint:
        """A copy of a pass still usable: same serial and QR, marked 副本, counted and audited."""
        require(user, Action.PASS_REPRINT)
        now = self._clock.now()
        with self._db.write() as s:
            p = load_for_change(s, ReleasePass, pass_id, None, lock=True)
            state = effective_state(p, now)
            if state not in MACHINE.sources("reprint"):
                raise InvalidTransition("pass_not_reprintable", state=state)
            p.reprint_count += 1
            s.flush()
            self._audit(s, user, p.id, "reprint", after={"reprint_no": p.reprint_count}, at=now)
            return self._print(user, p, self._project(s, p), p.carrier_phone, p.reprint_count, now)

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
                        outcome = gate_state(p, now)
            elif m := SERIAL_RE.match(raw):
                method = "manual"
                serial = PREFIX + m["digits"]
                p = s.scalar(select(ReleasePass).where(ReleasePass.number == serial))
                outcome = "unknown" if p is None else gate_state(p, now)
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
            self._audit(
                s,
                user,
                target.id if target is not None else (serial or "?"),
                "gate_check",
                after={"outcome": outcome, "method": method, "input": raw[:120]},
                at=now,
            )
            detail = to_detail(user, p, self._project(s, p), now) if p is not None else None
            return GateCheck(outcome, method, now, detail, serial)

    @changes(PASS)
    def release(self, user: CurrentUser, pass_id: int, *, method: str = "scan") -> GateCheck:
        """Let the goods through: the pass becomes 已放行 with who and when. Checked again inside
        the transaction, so two gates scanning one pass at once let it through only once."""
        require(user, Action.PASS_VERIFY)
        now = self._clock.now()
        with self._db.write() as s:
            p = load_for_change(s, ReleasePass, pass_id, None, lock=True)
            outcome = gate_state(p, now)
            if outcome == "valid":
                p.state = "used"  # MACHINE: release
                p.used_at = now
                p.used_by_id = user.id
                p.used_by_name = user.name
                s.flush()
                self._audit(
                    s, user, p.id, "release", before={"state": "issued"}, after={"state": "used", "method": method}, at=now
                )
                outcome = "released"
            else:
                self._audit(s, user, p.id, "release_refused", after={"outcome": outcome, "method": method}, at=now)
            return GateCheck(outcome, method, now, to_detail(user, p, self._project(s, p), now), p.number)

    # --- export -----------------------------------------------------------

    def export_xlsx(self, user: CurrentUser, path: Path, rows: list[PassDetail], headers: Sequence[str] | None = None) -> int:
        """Write the listed passes to an xlsx file (ID numbers masked, phones as this user may see
        them, whatever rows it is handed); returns the row count."""
        require(user, Action.PASS_EXPORT)
        if not user.can(Action.PII_VIEW):
            rows = [replace(r, carrier_phone=mask_phone(r.carrier_phone)) for r in rows]
        n = write_passes(path, rows, headers)  # first: a file that could not be written is not recorded as exported
        with self._db.write() as s:
            self._audit(s, user, 0, "export", after={"rows": n, "file": path.name})
        return n

    def export_default(self, user: CurrentUser, path: Path) -> int:
        """Feature.export: today's list, as the tab opens."""
        return self.export_xlsx(user, path, self.list_passes(user, day=self.today(), limit=100_000))
