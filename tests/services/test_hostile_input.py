"""Hostile input over every public service call that takes text.

The entry points are enumerated from the service classes (the core services and every
registered feature's), so a new method is covered without editing this file. Each is called
with hostile text in every text parameter (and in every text field of an input dataclass):
a lone surrogate, a search pattern too complex for LIKE, ``1e309``, control characters,
non-ASCII digits, huge and empty strings, plus what hypothesis makes up. The call must return
or raise a ``ServiceError``; whatever it stored must be within limits (no control characters,
no surrogates, no longer than its column).
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import shutil
import types
import typing
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import String, Text, event, select
from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.models import Base
from frontdesk.services.clock import FixedClock
from frontdesk.services.container import Services, build_services
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import CurrentUser, Role
from tests.conftest import START, make_user
from tests.support.estate import Estate, make_estate

HOSTILE = [
    "\ud800",
    "漏水 " * 7200,
    "1e309",
    "-1e309",
    "NaN",
    "a\x00b",
    "单位\x07\x1b[31m",
    "\u202e\u200b",
    "١٢٣٤٥",  # Arabic-Indic digits
    "１２３",
    "%_\\[",
    "' OR 1=1 --",
    '=HYPERLINK("http://x")',
    "x" * 20_000,
    "",
    "   ",
    "🙂",
    "\r\n\t",
]

hostile_text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))

#: calls that take no text from a person: hooks the services wire between themselves, the
#: demo loader, declarations made at start, and the file exports (a path chosen in a dialog)
NOT_ENTRY_POINTS = {
    "register_hook",
    "register_source",
    "declare",
    "on_alert_acknowledged",
    "on_callback_recorded",
    "load",
    "today",
}


#: parameters that name something in the program, never typed by a person: a settings key (an
#: unknown one is a typo in code, ``UnknownOption``); they get a real value
PROGRAM_CODES = {("settings", "get", "key"): "centre.name", ("settings", "set", "key"): "centre.name"}


def _services_of(services: Services) -> dict[str, Any]:
    out = {k: getattr(services, k) for k in ("staff", "registry", "settings", "audit", "alerts", "registry_io")}
    out.update(services._by_key)
    return out


def _entry_points(services: Services) -> list[tuple[str, str]]:
    points = []
    for key, svc in _services_of(services).items():
        for name, fn in inspect.getmembers(type(svc), inspect.isfunction):
            if name.startswith("_") or name in NOT_ENTRY_POINTS:
                continue
            hints = _hints(fn)
            if any(h is Session for h in hints.values()):
                continue  # runs inside another service's transaction, never called from a form
            if any(_takes_text(h) for n, h in hints.items() if n != "return"):
                points.append((key, name))
    return sorted(points)


def _hints(fn: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(fn)
    except Exception:  # noqa: BLE001 - a forward reference only a type checker resolves
        return {}


def _args(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp)


def _is_optional(tp: Any) -> bool:
    return type(None) in _args(tp)


def _base(tp: Any) -> Any:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        rest = [a for a in _args(tp) if a is not type(None)]
        return rest[0] if len(rest) == 1 else tp
    return tp


def _takes_text(tp: Any, depth: int = 0) -> bool:
    tp = _base(tp)
    if tp is str:
        return True
    origin = typing.get_origin(tp)
    if origin in (list, tuple, typing.Sequence) and depth < 3:
        return any(_takes_text(a, depth + 1) for a in _args(tp) if a is not Ellipsis)
    if _is_input(tp) and depth < 3:
        return any(_takes_text(h, depth + 1) for n, h in _hints(tp).items())
    return False


#: dataclasses a person fills in (forms, filters); the rows a service hands out (…Row, …Detail,
#: an import preview) are its own output, handed back, not typed text
_INPUT_SUFFIXES = ("Input", "Filter", "Query", "Notes", "Window", "Line", "Item")


def _is_input(tp: Any) -> bool:
    return dataclasses.is_dataclass(tp) and isinstance(tp, type) and tp.__name__.endswith(_INPUT_SUFFIXES)


# --- the world the calls act on ---------------------------------------------------------------------


@dataclasses.dataclass
class World:
    services: Services
    user: CurrentUser
    estate: Estate
    clock: FixedClock
    db: Database
    #: INSERT / UPDATE statements run so far: the stored text is checked only after a call wrote
    writes: list[int]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, _template_db: Path) -> Iterator[World]:
    from tests.support.login import cheap_passwords

    path = tmp_path_factory.mktemp("hostile") / "frontdesk.db"
    shutil.copyfile(_template_db, path)
    db = Database(f"sqlite:///{path.as_posix()}")

    @event.listens_for(db.engine, "connect")
    def _no_sync(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous = OFF")

    writes = [0]

    @event.listens_for(db.engine, "after_cursor_execute")
    def _count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            writes[0] += 1

    mp = pytest.MonkeyPatch()
    cheap_passwords(mp)
    clock = FixedClock(START)
    services = build_services(db, clock)
    boss = make_user(services, Role.SUPERVISOR, "boss", "王主管")
    estate = make_estate(db, clock)
    yield World(services, boss, estate, clock, db, writes)
    mp.undo()
    db.dispose()


def _value(tp: Any, name: str, w: World, draw: Any, depth: int = 0) -> Any:
    """A value for a parameter: hostile when it is text, plausible otherwise."""
    optional = _is_optional(tp)
    tp = _base(tp)
    if tp is str or tp is Any or tp is object:
        return draw(hostile_text)
    if tp is CurrentUser:
        return w.user
    if tp is bool:
        return False
    if tp is int:
        if "version" in name:
            return 1
        if "room" in name:
            return w.estate.room_3_2_1502
        if "occupant" in name:
            return w.estate.owner_id
        if "project" in name:
            return w.estate.project_id
        if name in ("limit", "days"):
            return 5
        return 1
    if tp is Decimal:
        return Decimal("1")
    if tp is datetime:
        return w.clock.now()
    if tp is time:
        return time(8, 0) if "from" in name or "start" in name else time(20, 0)
    if tp is date:
        return w.clock.now().date() + timedelta(days=1)
    if tp is Path or tp == (str | Path):
        return Path("/nonexistent/hostile.xlsx")
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp))
    origin = typing.get_origin(tp)
    if origin in (list, typing.Sequence, Sequence_):
        (inner,) = _args(tp) or (str,)
        if dataclasses.is_dataclass(_base(inner)) and not _is_input(_base(inner)):
            return []  # rows the service handed out: none
        return [_value(inner, name, w, draw, depth + 1)]
    if origin is dict:
        k, v = _args(tp)
        return {_value(k, name, w, draw, depth + 1): _value(v, name, w, draw, depth + 1)}
    if origin is tuple:
        return tuple(_value(a, name, w, draw, depth + 1) for a in _args(tp) if a is not Ellipsis)
    if _is_input(tp) and depth < 3:
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if not f.init:
                continue
            kwargs[f.name] = _value(hints.get(f.name, str), f.name, w, draw, depth + 1)
        return tp(**kwargs)
    if optional:
        return None
    return None


Sequence_ = typing.get_origin(typing.Sequence[int])


def _call(w: World, key: str, name: str, draw: Any) -> Any:
    svc = _services_of(w.services)[key]
    fn = getattr(svc, name)
    hints = _hints(getattr(type(svc), name))
    kwargs = {}
    for p in inspect.signature(fn).parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if (key, name, p.name) in PROGRAM_CODES:
            kwargs[p.name] = PROGRAM_CODES[key, name, p.name]
            continue
        tp = hints.get(p.name, str if p.default is inspect.Parameter.empty else type(p.default))
        kwargs[p.name] = _value(tp, p.name, w, draw)
    return fn(**kwargs)


# --- what may be stored ----------------------------------------------------------------------------


def _bad_text(value: str, multiline: bool) -> str | None:
    for ch in value:
        cat = unicodedata.category(ch)
        if cat == "Cs":
            return "surrogate"
        if cat == "Cc" and not (multiline and ch in "\n\t"):
            return f"control {ch!r}"
    return None


def _stored_problems(db: Database) -> list[str]:
    problems = []
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not cols:
                continue
            for row in s.execute(select(*cols)):
                for col, value in zip(cols, row, strict=True):
                    if not isinstance(value, str):
                        continue
                    length = getattr(col.type, "length", None)
                    if length and len(value) > length:
                        problems.append(f"{table.name}.{col.name}: {len(value)} > {length}")
                    why = _bad_text(value, multiline=isinstance(col.type, Text) or (length or 0) > 200)
                    if why and col.name not in ("payload", "before", "after"):  # audit JSON escapes its text
                        problems.append(f"{table.name}.{col.name}: {why} in {value[:40]!r}")
    return problems


def _all_points() -> list[tuple[str, str]]:
    services = build_services(Database("sqlite://"))
    return _entry_points(services)


POINTS = _all_points()


def test_the_entry_points_are_found() -> None:
    names = {f"{k}.{n}" for k, n in POINTS}
    # a few that must be among them; the rest come from the service classes themselves
    assert {"staff.login", "work_orders.search", "release_passes.check", "handover.acknowledge"} <= names
    assert len(POINTS) > 60


@pytest.mark.parametrize(("key", "name"), POINTS, ids=[f"{k}.{n}" for k, n in POINTS])
def test_hostile_text_is_refused_or_stored_within_limits(world: World, key: str, name: str) -> None:
    failures: list[str] = []
    writes = world.writes[0]

    @settings(
        max_examples=4,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        try:
            _call(world, key, name, data.draw)
        except ServiceError:
            pass
        except Exception as exc:  # noqa: BLE001 - the point of the test
            failures.append(f"{type(exc).__name__}: {str(exc)[:200]}")
            raise

    try:
        run()
    except Exception:  # noqa: BLE001 - reported below with the first failure
        pass
    assert not failures, f"{key}.{name}: {failures[0]}"
    if world.writes[0] != writes:  # it stored something: within limits?
        assert _stored_problems(world.db)[:3] == []


def test_each_hostile_value_alone_in_every_text_parameter(world: World) -> None:
    """Every fixed hostile value, deterministically, in every entry point (hypothesis may not
    draw each of them for each call)."""
    failures = []
    for key, name in POINTS:
        for value in HOSTILE:
            writes = world.writes[0]
            try:
                _call(world, key, name, lambda strategy, v=value: v)
            except ServiceError:
                continue
            except Exception as exc:  # noqa: BLE001 - the point of the test
                failures.append(f"{key}.{name}({value[:12]!r}): {type(exc).__name__}: {str(exc)[:120]}")
                continue
            if world.writes[0] == writes:
                continue
            stored = set(_stored_problems(world.db))
            if stored:
                failures.append(f"{key}.{name}({value[:12]!r}): stored: {sorted(stored)[0][:80]}")
    assert not failures, "\n".join(sorted({f.split("(")[0] + " " + f.split("): ")[1][:60] for f in failures}))


# --- the cases measured in the issue, one by one ---------------------------------------------------


def test_a_lone_surrogate_in_a_login_is_a_wrong_password(world: World) -> None:
    from frontdesk.services.errors import AuthError

    staff = world.services.staff
    for username, password in [("\ud800", "secret-boss"), ("boss", "\ud800"), ("bo\ud800ss", "x")]:
        with pytest.raises(AuthError):
            staff.login(username, password)
        with pytest.raises(AuthError):
            staff.verify(username, password)


def test_a_huge_search_is_cut_not_refused(world: World) -> None:
    from frontdesk.services.work_orders.rows import OrderFilter

    text = "漏水 " * 7200
    assert world.services.work_orders.search(world.user, text, 5) == []
    assert world.services.work_orders.list_orders(world.user, OrderFilter(text=text)) is not None
    assert world.services.search(world.user, "\ud800" + text) == []


@pytest.mark.parametrize("typed", ["1e309", "-1e309", "NaN", "Infinity", "1e3", "١٢", "99999999999"])
def test_an_impossible_number_in_a_charge_line_is_a_field_error(typed: str) -> None:
    from frontdesk.services.validation import FieldError
    from frontdesk.services.work_orders.charges import ChargeError, price_lines
    from frontdesk.services.work_orders.rows import ChargeLine

    for line in (ChargeLine("水管", typed, "米", "2"), ChargeLine("水管", "1", "米", typed)):
        with pytest.raises((ChargeError, FieldError, ServiceError)):
            price_lines([line], paid=True, max_lines=20)


@pytest.mark.parametrize("unit", ["米\x00", "个\x07", "\x1b[31m", "\ud800"])
def test_control_characters_in_a_charge_line_unit_are_refused(unit: str) -> None:
    from frontdesk.services.validation import FieldError
    from frontdesk.services.work_orders.charges import ChargeError, price_lines
    from frontdesk.services.work_orders.rows import ChargeLine

    with pytest.raises((ChargeError, FieldError, ServiceError)):
        price_lines([ChargeLine("水管", "1", unit, "2")], paid=True, max_lines=20)


def test_a_pass_qr_with_foreign_digits_is_not_a_pass(world: World) -> None:
    serial = "FX" + "٢٠٢٦١١٢٧٠٠١"  # Arabic-Indic digits
    text = f"FX1:{serial}:3-2-1502:202611270800:202611272000:ABCD:" + "A" * 24
    result = world.services.release_passes.check(world.user, text)
    assert result.outcome == "altered"  # shaped like a payload, not one of ours: refused at the gate
    assert world.services.release_passes.check(world.user, "٢٠٢٦١١٢٧٠٠١").outcome == "unreadable"
