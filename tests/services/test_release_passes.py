"""Release passes: validation, signing, the gate check, void, reprint, permissions, contracts."""

from __future__ import annotations

import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from frontdesk.services.container import Services, build_services
from frontdesk.services.errors import InvalidTransition, PermissionDenied, ValidationError
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.release_passes.rows import ItemInput, PassInput
from frontdesk.services.release_passes.signing import PassClaims, PassKeyError, PassSigner, parse_payload
from frontdesk.services.validation import id_check_digit
from tests.conftest import make_user
from tests.support.estate import add_room

ID_17 = "11010519800101123"
CARRIER_ID = ID_17 + id_check_digit(ID_17)


def pass_input(**kw) -> PassInput:  # type: ignore[no-untyped-def]
    base = dict(
        room="3栋2单元1502",
        carrier_name="刘师傅",
        carrier_phone="13900001111",
        carrier_id_number=CARRIER_ID,
        items=[ItemInput("双人床", 1, "拆开"), ItemInput("纸箱", 12, "")],
        reason="搬家",
        plate="粤B12345",
        confirm_method="phone",
        confirm_note="业主本人接听 138****5678",
    )
    base.update(kw)
    return PassInput(**base)


pytestmark = pytest.mark.usefixtures("cheap_hashing")


@pytest.fixture
def room_id(services: Services) -> int:
    return add_room(services, "3-2-1502", "张伟", "13812345678")


@pytest.fixture
def guard(services: Services, supervisor: CurrentUser) -> CurrentUser:
    return make_user(services, Role.GUARD, "gate1", "陈门岗")


def test_domain_layers_import_without_qt() -> None:
    import subprocess

    code = (
        "import sys, frontdesk.services.release_passes, frontdesk.services.notices, "
        "frontdesk.services.release_passes.signing; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "False"


# --- issuing -------------------------------------------------------------------------------------------


def test_issue_numbers_signs_prefills_owner_and_audits(
    services: Services, receptionist: CurrentUser, room_id: int, supervisor: CurrentUser
) -> None:
    pp = services.release_passes.issue(receptionist, pass_input())
    d = pp.detail
    assert d.number == "FX20261127001"
    assert d.room_code == "3-2-1502" and d.room_id == room_id and d.project == "翠湖花园"
    assert d.owner_name == "张伟"  # from the registry
    assert d.carrier_phone == "139****1111"  # masked for a receptionist
    assert pp.carrier_phone == "13900001111"  # the counterfoil has it in full
    assert d.carrier_id_masked == "110105********" + CARRIER_ID[-4:]
    assert [(i.name, i.quantity, i.note) for i in d.items] == [("双人床", 1, "拆开"), ("纸箱", 12, "")]
    assert d.state == "issued" and d.issued_by == "李前台" and d.confirm_by == "李前台"
    assert d.valid_from.astimezone(timezone(timedelta(hours=8))).time() == time(8, 0)
    assert pp.payload.startswith("FX1:FX20261127001:3-2-1502:202611270800:202611272000:")
    second = services.release_passes.issue(receptionist, pass_input())
    assert second.detail.number == "FX20261127002"
    hist = services.audit.history(supervisor, "release_pass", d.id)
    assert [h.action for h in hist] == ["issue"]
    assert hist[0].after["items"] == [["双人床", 1, "拆开"], ["纸箱", 12, ""]]


def test_supervisor_sees_phone_in_full(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, room_id: int
) -> None:
    d = services.release_passes.issue(receptionist, pass_input()).detail
    assert services.release_passes.get(supervisor, d.id).carrier_phone == "13900001111"


def test_validation_names_every_bad_field_and_saves_nothing(services: Services, receptionist: CurrentUser, room_id: int) -> None:
    bad = pass_input(
        room="9-9-9999",
        carrier_name="刘师傅1",
        carrier_phone="139000",
        carrier_id_number=ID_17 + "0",
        items=[ItemInput("", 2, "x"), ItemInput("床", "两", "")],
        reason="其他",
        reason_note="",
        plate="B12345",
        confirm_method="",
    )
    if bad.carrier_id_number == CARRIER_ID:  # pragma: no cover - the check digit happens to be 0
        bad.carrier_id_number = ID_17 + "1"
    with pytest.raises(ValidationError) as ei:
        services.release_passes.issue(receptionist, bad)
    assert ei.value.errors == {
        "room": "room_unknown",
        "carrier_name": "bad_name",
        "carrier_phone": "bad_phone",
        "carrier_id_number": "bad_id_check",
        "items.0.name": "required",
        "items.1.quantity": "bad_quantity",
        "reason_note": "required",
        "plate": "bad_plate",
        "confirm_method": "confirm_required",
        "owner_name": "required",
    }
    assert services.release_passes.list_passes(receptionist) == []


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"items": []}, "items", "items_required"),
        ({"items": [ItemInput("", 1, "")]}, "items", "items_required"),
        ({"items": [ItemInput(f"物品{i}", 1) for i in range(9)]}, "items", "too_many_items"),
        ({"items": [ItemInput("柜子", 0)]}, "items.0.quantity", "bad_quantity"),
        ({"items": [ItemInput("柜" * 31, 1)]}, "items.0.name", "too_long"),
        ({"carrier_id_number": ""}, "carrier_id_number", "id_required_for_carrier"),
        ({"carrier_id_number": "12345"}, "carrier_id_number", "bad_id_format"),
        ({"plate": "粤B12345 粤B54321"}, "plate", "one_plate"),
        ({"valid_from": time(18, 0), "valid_until": time(9, 0)}, "validity", "date_order"),
        ({"valid_from": time(6, 0), "valid_until": time(9, 0)}, "validity", "validity_past"),
        ({"valid_date": date(2027, 3, 1)}, "validity", "validity_too_far"),
        (
            {"confirm_at": datetime(2026, 11, 27, 12, 0, tzinfo=timezone.utc)},
            "confirm_at",
            "confirm_in_future",
        ),
        ({"room": "1502", "carrier_name": "刘师傅"}, "room", None),
        ({"reason": "偷运"}, "reason", "invalid"),
        ({"reason": ""}, "reason", "pass_reason_not_chosen"),  # the form starts with none
    ],
)
def test_validation_cases(services: Services, receptionist: CurrentUser, room_id: int, change, field, code) -> None:  # type: ignore[no-untyped-def]
    add_room(services, "5-1-1502", "周敏", "13700000000")  # makes a bare "1502" ambiguous
    with pytest.raises(ValidationError) as ei:
        services.release_passes.issue(receptionist, pass_input(**change))
    assert field in ei.value.errors
    if code is not None:
        assert ei.value.errors[field] == code
    else:
        assert ei.value.errors[field] in ("room_ambiguous", "room_unknown")


def test_owner_carrying_needs_no_id_or_confirmation_and_uses_phone_on_file(
    services: Services, receptionist: CurrentUser, room_id: int
) -> None:
    d = services.release_passes.issue(
        receptionist,
        pass_input(carrier_is_owner=True, carrier_name="", carrier_phone="", carrier_id_number="", confirm_method=""),
    )
    assert d.detail.carrier_name == "张伟" and d.detail.carrier_is_owner
    assert d.carrier_phone == "13812345678"
    assert d.detail.confirm_method == "self" and d.detail.confirm_by == ""


def test_room_without_owner_on_file_needs_the_owner_typed(services: Services, receptionist: CurrentUser) -> None:
    add_room(services, "7-1-301", owner=None)
    with pytest.raises(ValidationError) as ei:
        services.release_passes.issue(receptionist, pass_input(room="7-1-301"))
    assert ei.value.errors == {"owner_name": "required"}
    d = services.release_passes.issue(receptionist, pass_input(room="7-1-301", owner_name="孙丽")).detail
    assert d.owner_name == "孙丽"


def test_default_window_moves_to_tomorrow_after_closing(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    assert services.release_passes.default_window(["08:00", "20:00"]) == (
        date(2026, 11, 27),
        time(8),
        time(20),
    )
    clock.set(datetime(2026, 11, 27, 12, 30, tzinfo=timezone.utc))  # 20:30 local
    assert services.release_passes.default_window(["08:00", "20:00"])[0] == date(2026, 11, 28)


# --- signature ----------------------------------------------------------------------------------------


def test_signature_detects_any_change_and_other_keys(tmp_path: Path) -> None:
    signer = PassSigner(tmp_path / "k.key")
    tz = timezone(timedelta(hours=8))
    claims = PassClaims(
        "FX20261127001",
        "3-2-1502",
        datetime(2026, 11, 27, 8, tzinfo=tz),
        datetime(2026, 11, 27, 20, tzinfo=tz),
    )
    payload = signer.payload(claims)
    parsed = parse_payload(payload)
    assert parsed is not None and signer.verify(parsed) and parsed.claims == claims
    # every single-character change that still parses fails verification
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-"
    tried = 0
    for i, ch in enumerate(payload):
        for repl in (alphabet[(alphabet.index(ch) + 1) % len(alphabet)] if ch in alphabet else "A",):
            changed = payload[:i] + repl + payload[i + 1 :]
            p = parse_payload(changed)
            if p is not None:
                tried += 1
                assert not signer.verify(p), changed
    assert tried > 40
    # the same key file gives the same signature in another process; another key does not verify
    assert PassSigner(tmp_path / "k.key").payload(claims) == payload
    other = PassSigner(tmp_path / "other.key")
    assert not other.is_ours(parsed) and not other.verify(parsed)
    assert (tmp_path / "k.key").read_text().startswith("# FrontDesk")
    # scanners typing through a Chinese input method: full-width, lower case, trailing newline
    import unicodedata

    wide = "".join(unicodedata.lookup("FULLWIDTH " + unicodedata.name(c)) if c.isalnum() else c for c in payload)
    assert parse_payload(wide.lower() + "\r\n") == parsed


def test_unreadable_key_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "k.key"
    bad.write_text("not a key")
    with pytest.raises(PassKeyError):
        PassSigner(bad).key_id()
    with pytest.raises(PassKeyError):
        PassSigner(None).key_id()


def test_key_lives_next_to_the_database_not_in_it(
    services: Services, receptionist: CurrentUser, room_id: int, db_path: Path
) -> None:
    services.release_passes.issue(receptionist, pass_input())
    key = db_path.parent / "pass-signing.key"
    assert key.exists()
    secret = [ln for ln in key.read_text().splitlines() if not ln.startswith("#")][0]
    assert secret.encode() not in db_path.read_bytes()
    assert key.stat().st_mode & 0o077 == 0


def test_key_env_variable_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frontdesk.services.release_passes.signing import default_key_path

    monkeypatch.setenv("FRONTDESK_PASS_KEY", str(tmp_path / "shared.key"))
    assert default_key_path(tmp_path / "x.db", None) == tmp_path / "shared.key"
    monkeypatch.delenv("FRONTDESK_PASS_KEY")
    assert default_key_path(None, tmp_path) == tmp_path / "pass-signing.key"
    assert default_key_path(None, None) is None


# --- the gate -------------------------------------------------------------------------------------------


def test_gate_lets_a_genuine_pass_through_once(
    services: Services,
    receptionist: CurrentUser,
    guard: CurrentUser,
    clock,
    room_id: int,
    supervisor: CurrentUser,
) -> None:  # type: ignore[no-untyped-def]
    rp = services.release_passes
    pp = rp.issue(receptionist, pass_input())
    clock.advance(minutes=20)
    first = rp.check(guard, pp.payload + "\n")
    assert first.outcome == "valid" and first.may_pass and first.method == "scan"
    assert first.detail is not None and first.detail.items_summary == "双人床×1、纸箱×12"
    assert rp.get(guard, pp.detail.id).state == "issued"  # a check alone changes nothing
    done = rp.release(guard, pp.detail.id)
    assert done.outcome == "released" and done.detail.state == "used"
    assert done.detail.used_by == "陈门岗" and done.detail.used_at == clock.now()
    clock.advance(minutes=5)
    again = rp.check(guard, pp.payload)
    assert again.outcome == "used" and not again.may_pass
    assert again.detail.used_by == "陈门岗" and again.detail.used_at == done.checked_at
    # a second gate that had the check open a moment ago cannot let it through again
    assert rp.release(guard, pp.detail.id).outcome == "used"
    actions = [h.action for h in services.audit.history(supervisor, "release_pass", pp.detail.id)]
    assert actions == ["issue", "gate_check", "release", "gate_check", "release_refused"]


def test_gate_refuses_altered_invented_and_foreign_passes(
    services: Services, receptionist: CurrentUser, guard: CurrentUser, room_id: int, tmp_path: Path
) -> None:
    rp = services.release_passes
    pp = rp.issue(receptionist, pass_input())
    serial, room = pp.detail.number, pp.detail.room_code
    # another room, or a longer window, written into a copied payload
    assert rp.check(guard, pp.payload.replace(room, "3-2-1501")).outcome == "altered"
    assert rp.check(guard, pp.payload.replace("202611272000", "202611282000")).outcome == "altered"
    # one character of the signature
    sig_char = pp.payload[-1]
    assert rp.check(guard, pp.payload[:-1] + ("A" if sig_char != "A" else "B")).outcome == "altered"
    # a character lost, or a letter where a digit belongs: no longer parses but still looks like a pass
    assert rp.check(guard, pp.payload[:-1]).outcome == "altered"
    # a pass invented with another key, or signed correctly for a serial this database never issued
    other = PassSigner(tmp_path / "forger.key").payload(PassClaims(serial, room, pp.detail.valid_from, pp.detail.valid_until))
    assert rp.check(guard, other).outcome == "foreign_key"
    invented = rp.signer.payload(PassClaims("FX20261127099", room, pp.detail.valid_from, pp.detail.valid_until))
    assert rp.check(guard, invented).outcome == "unknown"
    assert rp.check(guard, "hello world").outcome == "unreadable"
    assert rp.get(guard, pp.detail.id).state == "issued"


def test_gate_accepts_a_typed_serial(services: Services, receptionist: CurrentUser, guard: CurrentUser, room_id: int) -> None:
    rp = services.release_passes
    pp = rp.issue(receptionist, pass_input())
    for typed in ("FX20261127001", "fx20261127001", " 20261127001 ", "ＦＸ２０２６１１２７００１"):
        res = rp.check(guard, typed)
        assert (res.outcome, res.method, res.detail.id) == ("valid", "manual", pp.detail.id)
    assert rp.check(guard, "FX20261127077").outcome == "unknown"
    assert rp.release(guard, pp.detail.id, method="manual").outcome == "released"


def test_expiry_and_not_yet_valid(
    services: Services,
    receptionist: CurrentUser,
    guard: CurrentUser,
    clock,  # type: ignore[no-untyped-def]
    room_id: int,
) -> None:
    rp = services.release_passes
    tomorrow = rp.issue(receptionist, pass_input(valid_date=date(2026, 11, 28)))
    assert rp.check(guard, tomorrow.payload).outcome == "not_yet"
    assert rp.release(guard, tomorrow.detail.id).outcome == "not_yet"
    today = rp.issue(receptionist, pass_input())
    clock.set(datetime(2026, 11, 27, 12, 1, tzinfo=timezone.utc))  # 20:01 local: window closed at 20:00
    res = rp.check(guard, today.payload)
    assert res.outcome == "expired" and res.detail.state == "expired"
    assert rp.release(guard, today.detail.id).outcome == "expired"
    assert [d.number for d in rp.list_passes(receptionist, state="expired")] == [today.detail.number]
    with pytest.raises(InvalidTransition):
        rp.reprint(receptionist, today.detail.id)
    clock.set(datetime(2026, 11, 28, 1, 0, tzinfo=timezone.utc))  # next morning 09:00
    assert rp.check(guard, tomorrow.payload).outcome == "valid"


def test_void(
    services: Services,
    receptionist: CurrentUser,
    supervisor: CurrentUser,
    guard: CurrentUser,
    clock,
    room_id: int,
) -> None:  # type: ignore[no-untyped-def]
    rp = services.release_passes
    pp = rp.issue(receptionist, pass_input())
    with pytest.raises(ValidationError) as ei:
        rp.void(receptionist, pp.detail.id, "  ", expected_version=pp.detail.version)
    assert ei.value.errors == {"void_reason": "required"}
    v = rp.void(receptionist, pp.detail.id, "物品填错，重新开具", expected_version=pp.detail.version)
    assert v.state == "void" and v.void_by == "李前台" and v.void_reason == "物品填错，重新开具"
    res = rp.check(guard, pp.payload)
    assert res.outcome == "void" and res.detail.void_reason == "物品填错，重新开具"
    assert rp.release(guard, pp.detail.id).outcome == "void"
    with pytest.raises(InvalidTransition):
        rp.void(supervisor, pp.detail.id, "再次作废", expected_version=v.version)
    with pytest.raises(InvalidTransition):
        rp.reprint(receptionist, pp.detail.id)


def test_who_may_void(
    services: Services,
    receptionist: CurrentUser,
    supervisor: CurrentUser,
    butler: CurrentUser,
    guard: CurrentUser,
    clock,
    room_id: int,
) -> None:  # type: ignore[no-untyped-def]
    rp = services.release_passes
    mine = rp.issue(receptionist, pass_input()).detail
    theirs = rp.issue(butler, pass_input()).detail
    with pytest.raises(PermissionDenied):  # another colleague's pass
        rp.void(receptionist, theirs.id, "错了", expected_version=theirs.version)
    with pytest.raises(PermissionDenied):
        rp.void(guard, mine.id, "错了", expected_version=mine.version)
    assert rp.may_void(receptionist, mine) and not rp.may_void(receptionist, theirs)
    clock.advance(days=1)  # yesterday's own pass: only a supervisor
    with pytest.raises(PermissionDenied):
        rp.void(receptionist, mine.id, "错了", expected_version=mine.version)
    assert rp.void(supervisor, mine.id, "业主取消搬家", expected_version=mine.version).state == "void"


def test_reprint_keeps_serial_and_payload(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, guard: CurrentUser, room_id: int
) -> None:
    rp = services.release_passes
    pp = rp.issue(receptionist, pass_input())
    r1 = rp.reprint(receptionist, pp.detail.id)
    r2 = rp.reprint(receptionist, pp.detail.id)
    assert (r1.reprint_no, r2.reprint_no) == (1, 2)
    assert r1.detail.number == pp.detail.number and r1.payload == pp.payload
    assert rp.get(receptionist, pp.detail.id).reprint_count == 2
    # the copy and the original are one pass: once through, both are refused
    rp.check(guard, r2.payload)
    rp.release(guard, pp.detail.id)
    assert rp.check(guard, pp.payload).outcome == "used"
    with pytest.raises(InvalidTransition):
        rp.reprint(receptionist, pp.detail.id)
    actions = [h.action for h in services.audit.history(supervisor, "release_pass", pp.detail.id)]
    assert actions.count("reprint") == 2


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.RECEPTIONIST, {"issue", "reprint", "check", "list", "export"}),
        (Role.BUTLER, {"issue", "reprint", "check", "list", "export"}),
        (Role.SUPERVISOR, {"issue", "reprint", "check", "list", "export", "void_other"}),
        (Role.GUARD, {"check", "list"}),
    ],
)
def test_permissions_per_role(
    services: Services,
    supervisor: CurrentUser,
    receptionist: CurrentUser,
    room_id: int,
    tmp_path: Path,
    role: Role,
    allowed: set[str],
) -> None:
    user = supervisor if role == Role.SUPERVISOR else make_user(services, role, f"u_{role.value}", "测试员")
    rp = services.release_passes
    other = rp.issue(receptionist, pass_input()).detail
    attempts = {
        "issue": lambda: rp.issue(user, pass_input()),
        "reprint": lambda: rp.reprint(user, other.id),
        "check": lambda: rp.check(user, other.number),
        "list": lambda: rp.list_passes(user),
        "export": lambda: rp.export_xlsx(user, tmp_path / "x.xlsx", []),
        "void_other": lambda: rp.void(user, other.id, "测试", expected_version=rp.get(user, other.id).version),
    }
    for name, fn in attempts.items():
        if name in allowed:
            fn()
        else:
            with pytest.raises(PermissionDenied):
                fn()
    if role == Role.GUARD:
        with pytest.raises(PermissionDenied):
            rp.release(make_user(services, Role.TECHNICIAN, "tech", "维修工"), other.id)


# --- lists, export, contracts ---------------------------------------------------------------------------


def test_list_of_the_day_states_search_and_export(
    services: Services,
    receptionist: CurrentUser,
    supervisor: CurrentUser,
    guard: CurrentUser,
    clock,  # type: ignore[no-untyped-def]
    room_id: int,
    tmp_path: Path,
) -> None:
    rp = services.release_passes
    add_room(services, "1-1-101", "吴芳", "13600000000")
    a = rp.issue(receptionist, pass_input()).detail
    b = rp.issue(receptionist, pass_input(room="1-1-101", carrier_name="马强")).detail
    c = rp.issue(receptionist, pass_input()).detail
    rp.release(guard, a.id)
    rp.void(receptionist, c.id, "重复开具", expected_version=c.version)
    day = date(2026, 11, 27)
    assert [d.number for d in rp.list_passes(receptionist, day=day)] == [c.number, b.number, a.number]
    assert [d.state for d in rp.list_passes(receptionist, day=day)] == ["void", "issued", "used"]
    assert [d.number for d in rp.list_passes(receptionist, day=day, state="used")] == [a.number]
    assert [d.number for d in rp.list_passes(receptionist, day=day, text="1-1-101")] == [b.number]
    assert [d.number for d in rp.list_passes(receptionist, text="马强")] == [b.number]
    assert rp.list_passes(receptionist, day=date(2026, 11, 26)) == []
    assert [d.number for d in rp.gate_log(guard)] == [a.number]
    hits = services.search(receptionist, "FX20261127002")
    assert [(h.kind, h.id) for h in hits if h.kind == "pass"] == [("pass", b.id)]
    counts = {c.code: c.count for c in services.status_counts(receptionist)}
    assert counts["pass.issued_today"] == 3
    shift = (clock.now() - timedelta(hours=8), clock.now() + timedelta(minutes=1))
    items = [i for i in services.handover_items(receptionist, *shift) if i.section == "pass.issued"]
    assert [(i.ref_number, i.state) for i in items] == [
        (a.number, "used"),
        (b.number, "issued"),
        (c.number, "void"),
    ]
    assert {i.section for i in services.handover_items(guard, *shift)} == {"pass.issued"}

    from openpyxl import load_workbook

    path = tmp_path / "passes.xlsx"
    assert rp.export_xlsx(receptionist, path, rp.list_passes(receptionist, day=day)) == 3
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("编号", "项目", "房号")
    assert rows[1][0] == c.number and rows[1][15] == "已作废" and rows[3][15] == "已放行"
    assert rows[3][16] == "陈门岗"
    assert CARRIER_ID not in str(rows) and "13900001111" not in str(rows)


def test_build_services_without_a_key_location_fails_only_when_signing(db, clock) -> None:  # type: ignore[no-untyped-def]
    services = build_services(db, clock)
    assert services.release_passes.signer.key_path is not None  # SQLite: next to the file


def test_two_gates_scanning_at_once_let_the_goods_through_once(
    services: Services, receptionist: CurrentUser, guard: CurrentUser, db_path: Path, clock
) -> None:  # type: ignore[no-untyped-def]
    """Two gate PCs (two connections to one database) release the same pass at the same moment."""
    import threading

    from frontdesk.db import Database

    add_room(services, "3-2-1502", "张伟", "13812345678")
    pp = services.release_passes.issue(receptionist, pass_input())
    gates = [build_services(Database(f"sqlite:///{db_path.as_posix()}"), clock) for _ in range(2)]
    for g in gates:
        assert g.release_passes.check(guard, pp.payload).outcome == "valid"
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def let_through(g: Services) -> None:
        start.wait()
        outcomes.append(g.release_passes.release(guard, pp.detail.id).outcome)

    threads = [threading.Thread(target=let_through, args=(g,)) for g in gates]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    for g in gates:
        g.db.dispose()
    assert sorted(outcomes) == ["released", "used"]


# --- the shared machinery: change sets, allowed actions, pages, the registered export --------------


def test_change_sets_allowed_actions_pages_and_feature_export(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, guard: CurrentUser, room_id: int, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from frontdesk.services.core.changes import call_op
    from frontdesk.services.errors import ConflictError
    from frontdesk.services.release_passes.feature import FEATURE
    from frontdesk.services.release_passes.rules import PASS

    rp = services.release_passes
    printed, changed = call_op(rp.issue, receptionist, pass_input())
    assert changed == {PASS}
    d = printed.detail
    # whoever issued may void it the same day (the counter also checks at the gate); a guard may
    # only let it through
    assert d.allowed == {"reprint", "void", "release"}
    assert rp.get(guard, d.id).allowed == {"release"}
    assert rp.get(supervisor, d.id).allowed == {"reprint", "void", "release"}
    _r, changed = call_op(rp.check, guard, printed.payload)
    assert changed == frozenset()  # a check changes nothing but the audit trail
    with pytest.raises(ConflictError):
        rp.void(supervisor, d.id, "填错了", expected_version=d.version - 1)
    voided, changed = call_op(rp.void, supervisor, d.id, "填错了", expected_version=d.version)
    assert changed == {PASS} and voided.allowed == frozenset()

    more = [rp.issue(receptionist, pass_input()).detail.id for _ in range(4)]
    first = rp.page_passes(receptionist, limit=2)
    second = rp.page_passes(receptionist, cursor=first.next_cursor, limit=2)
    third = rp.page_passes(receptionist, cursor=second.next_cursor, limit=2)
    ids = [p.id for p in first.rows + second.rows + third.rows]
    assert ids == [*reversed(more), d.id] and third.next_cursor is None
    assert [p.id for p in rp.list_passes(receptionist)] == ids

    path = tmp_path / "all.xlsx"
    assert FEATURE.export is not None and FEATURE.export(rp, receptionist, path) == 5
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][15] == "状态" and rows[-1][15] == "已作废"
    assert isinstance(rows[1][14], datetime)  # 开具时间 stays a date-time cell
