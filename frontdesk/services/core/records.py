"""A record kind's service, written once: numbering, the form's checks, edits of drafts, actions
through the state machine, the list by view and text, the detail, global search, the status
counts, the handover items, the month's figures and the xlsx export.

A kind subclasses :class:`RecordService`, names its table (a model with ``id``, ``number``,
``state``, ``version`` and ``created_at``), its :class:`RecordForm` (the fields, the list's columns
and views, the actions), its state machine and its :class:`Flag` s (the conditions that are
counted in the status bar and listed in the handover, e.g. "past its reply date"), and writes
only what is its own: how a cleaned form fills a record (:meth:`RecordService.fill`), what an
action does besides changing the state (:meth:`RecordService.on_action`), its row and its detail
lines. ``ui/common/kind_tab.KindTab`` shows any such kind: form beside list, actions from the
row's ``allowed``, print and export.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from frontdesk.services.clock import month_bounds, to_local
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core import search
from frontdesk.services.core.changes import Kind, note
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import Feature, TabSpec, Vocabulary, service_of
from frontdesk.services.core.fields import FormField, choice_keys, read_values
from frontdesk.services.core.history import HistoryEntry, records_of_room
from frontdesk.services.core.options import Option
from frontdesk.services.core.paging import Page, decode_cursor, page_of
from frontdesk.services.core.service import Service
from frontdesk.services.core.states import StateMachine
from frontdesk.services.core.versioning import load_for_change
from frontdesk.services.errors import InvalidTransition, NotFound, ValidationError
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import CurrentUser, Role, require

R = TypeVar("R")


M = TypeVar("M", bound=Any)


@dataclass(frozen=True)
class KindAction:
    """An action on a listed record, offered as a button when the row's ``allowed`` has it.
    ``fields`` are asked in a small dialog first (their values reach
    :meth:`RecordService.on_action`); ``confirm`` is a yes/no question instead; ``edits``
    loads the record into the form (its save is the service's ``update``); ``prints`` opens the
    print preview after the action. ``label`` is Chinese source text (context ``RecordKind``)."""

    name: str
    label: str
    fields: tuple[FormField, ...] = ()
    confirm: str = ""
    shortcut: str = ""
    prints: bool = False
    edits: bool = False


@dataclass(frozen=True)
class View:
    """A list filter: ``code`` is handed to :meth:`RecordService.view_conditions`."""

    code: str
    label: str


@dataclass(frozen=True)
class RecordForm:
    """What the generic record tab shows of a kind: the form (``fields``, ``title``), the list
    (``columns``, ``views``: the first is the default), the actions on a listed record, and
    whether records print. ``templates`` names a settings option holding ready texts
    (``[{"name": …, <field>: value, …}]``) the form offers to start from."""

    title: str
    fields: tuple[FormField, ...]
    columns: Sequence[Column[Any]]
    views: tuple[View, ...]
    actions: tuple[KindAction, ...] = ()
    create_permission: str = ""
    view_permission: str = ""
    templates: str = ""
    printable: bool = False
    print_label: str = "打印"
    #: what the kind's tab is for, in one sentence (帮助 → 使用指南)
    summary: str = ""
    #: the record prints as a slip or label cut from a sheet (a parcel label, a visitor slip),
    #: not as a paged form: no page headers to look for
    slip: bool = False
    #: further printed forms of a record, ``(code, label)``: the tab offers a button for each,
    #: enabled when the row's ``prints`` (if it has one) names the code; the service's
    #: :meth:`RecordService.print_form` makes the document
    prints: tuple[tuple[str, str], ...] = ()
    #: show only the actions the selected row allows (a kind with many steps), instead of
    #: showing every action and disabling those it does not allow
    hide_unavailable: bool = False


@dataclass(frozen=True)
class Flag:
    """A condition on records worth attention (overdue, uncollected…): ``where(service)`` is its
    SQL condition. Counted in the status bar when ``counted`` (code ``<kind>.<code>``, words from
    the vocabulary's ``counts``), listed in the handover when ``handover`` (section
    ``<kind>.<code>``), and a list view of the same code shows exactly these records."""

    code: str
    where: Callable[[Any], ColumnElement[bool]]
    severity: str = "warning"
    counted: bool = True
    handover: bool = True


@dataclass(frozen=True)
class Detail(Generic[R]):
    """A record for the detail view: its row (``allowed`` actions, version), its fields as
    (label, value) lines (labels Chinese source text, context ``RecordKind``) and its history
    (newest last)."""

    row: R
    lines: list[tuple[str, str]]
    history: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RoomPlace:
    """Where a room is, as a record's scope names places: its project, building and unit numbers
    (``3``, ``2``) and its code (``3-2-1502``)."""

    room_id: int
    project_id: int
    building: str
    unit: str
    code: str


@dataclass(frozen=True)
class Concern:
    """A record that concerns a room at a moment (a notice in force for its building, an outage
    affecting it), shown where a contact from that room is logged; the contact may be linked to
    it as (``kind``, ``id``). ``title`` and ``note`` are ready to show (Chinese)."""

    kind: str
    id: int
    number: str
    title: str
    note: str = ""


def room_place(s: Session, room_id: int) -> RoomPlace | None:
    """The :class:`RoomPlace` of a room (None: no such room)."""
    from frontdesk.models.registry import Building, Room, Unit

    found = s.execute(
        select(Room.id, Room.project_id, Building.number, Unit.number, Room.code)
        .join(Unit, Unit.id == Room.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .where(Room.id == room_id)
    ).first()
    return RoomPlace(*found) if found else None


@dataclass(frozen=True)
class ValuesRow:
    """A list row that carries its shown values by name (``cells``), for kinds whose list needs
    nothing but their fields: columns read ``r.cells[...]``; ``flagged`` names the flag codes
    the record meets now (an overdue loan, an overstaying visitor)."""

    id: int
    number: str
    state: str
    version: int
    allowed: frozenset[str]
    cells: Mapping[str, Any]
    flagged: frozenset[str] = frozenset()


class RecordService(Service, Generic[M, R]):
    """The generic part of a record kind's service (see the module docstring). Class attributes
    a kind sets: ``model``, ``kind``, ``prefix``, ``machine``, ``form``, ``initial_state``,
    ``text_columns`` (model attributes searched by the list and global search), ``flags``,
    ``search_kind`` (the SearchHit kind: the kind's token value by default)."""

    model: ClassVar[Any]
    kind: ClassVar[Kind]
    vocabulary: ClassVar[Vocabulary]
    prefix: ClassVar[str]
    machine: ClassVar[StateMachine[str, str]]
    form: ClassVar[RecordForm]
    initial_state: ClassVar[str]
    text_columns: ClassVar[tuple[str, ...]] = ()
    flags: ClassVar[tuple[Flag, ...]] = ()
    #: the states a closed record is in (not counted in the month's "open" figure)
    final_states: ClassVar[frozenset[str]] = frozenset()

    # --- what a kind writes ---------------------------------------------------------------------

    def to_row(self, user: CurrentUser, m: M) -> R:
        raise NotImplementedError

    def fill(self, s: Session, user: CurrentUser, m: M, values: dict[str, Any], *, new: bool) -> None:
        """Copy the cleaned form into the record (on create and on an edit). The default sets
        each field's attribute of the same name; a kind overrides it for rooms, items, etc."""
        for f in self.form.fields:
            setattr(m, f.name, values[f.name])

    def on_action(self, s: Session, user: CurrentUser, m: M, action: str, values: dict[str, Any]) -> None:
        """What an action does besides moving the state (record a reply, a time, a person)."""

    def prepare_action(self, user: CurrentUser, action: str, values: dict[str, Any]) -> dict[str, Any]:
        """Checks an action needs before its transaction opens, e.g. a second person's password
        (verified, audited and throttled in transactions of their own, which must not wait on
        this one's write lock); returns the values :meth:`on_action` gets."""
        return values

    def detail_lines(self, user: CurrentUser, m: M) -> list[tuple[str, str]]:
        raise NotImplementedError

    def history(self, user: CurrentUser, m: M) -> list[str]:
        return []

    def action_values(self, user: CurrentUser, record_id: int, action: str) -> dict[str, Any]:
        """What an action's dialog starts with (a checklist ticked so far, the rows already
        recorded), so an action taken again edits what it recorded instead of starting empty."""
        return {}

    def print_form(self, user: CurrentUser, record_id: int, code: str) -> Any:
        """One of the further printed forms (``RecordForm.prints``) as a ``PdfDocument``; a
        kind without such a form has none to print."""
        raise NotFound("not_found")

    def title_of(self, m: M) -> str:
        """The record in one line, for search hits and the handover."""
        return str(m.number)

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        """The record as the form shows it, to edit it (a draft)."""
        require(user, self.form.view_permission)
        with self._db.read() as s:
            m = self._get(s, record_id)
            return {f.name: getattr(m, f.name, None) for f in self.form.fields}

    def concerning(self, user: CurrentUser, place: RoomPlace, at: datetime) -> list[Concern]:
        """The records of this kind that concern a room at ``at`` (a hook gathered for every
        registered kind by ``Services.concerning`` and shown where a contact is logged). None
        by default; a kind with a scope of rooms (notices, outages) overrides it."""
        return []

    def user_view_conditions(self, user: CurrentUser, view: str) -> list[ColumnElement[bool]]:
        """The list's filter for ``view`` as ``user`` asks for it: a kind overrides this for a
        view that depends on who asks ("my actions"); the default is :meth:`view_conditions`."""
        return self.view_conditions(view)

    def view_conditions(self, view: str) -> list[ColumnElement[bool]]:
        """The list's filter for ``view``: a flag's condition, a state (``state:<code>``), or
        nothing ("all" and unknown codes)."""
        for flag in self.flags:
            if flag.code == view:
                return [flag.where(self)]
        if view.startswith("state:"):
            return [self.model.state.in_(view[6:].split(","))]
        if view == "open" and self.final_states:
            return [self.model.state.not_in(self.final_states)]
        return []

    # --- provided -------------------------------------------------------------------------------

    def masked_fields(self) -> list[FormField]:
        """The fields (the form's and the actions') shown masked to roles without ``pii.view``."""
        fields = [*self.form.fields, *(f for a in self.form.actions for f in a.fields)]
        return [f for f in fields if f.masked]

    def reveal(self, user: CurrentUser, record_id: int) -> list[tuple[str, str]]:
        """A record's masked fields in full, (label, value) for those that hold one, for a user
        who may see the record and either sees owners' numbers or may unmask them; every
        unmasking is audited."""
        from frontdesk.services.permissions import Action

        require(user, self.form.view_permission)
        if not user.can(Action.PII_VIEW):
            require(user, Action.PII_UNMASK)
        fields = self.masked_fields()
        with self._db.write() as s:
            m = self._get(s, record_id)
            shown = [(f.label, str(getattr(m, f.name, None) or "")) for f in fields]
            self._audit(s, user, m.id, "unmask", after={"fields": [f.name for f in fields]})
        return [(label, value) for label, value in shown if value]

    def room_of(self, s: Session, value: tuple[int | None, str] | None) -> tuple[int | None, str]:
        """A ``room`` field's cleaned value resolved through the registry: (room id, its canonical
        code), or (None, "") when empty. An unknown or ambiguous room is an error on the field
        ``room`` (name the field ``room`` so the message lands beside it)."""
        from frontdesk.services.registry.service import resolve_room

        if value is None:
            return None, ""
        project, text = value
        room = resolve_room(s, text, project)
        return room.id, room.code

    def shown(self, user: CurrentUser, value: str | None, what: str = "phone") -> str:
        """An owner's phone (``what="phone"``) or ID number (``"id"``) as this user may see it:
        in full with ``pii.view``, masked otherwise."""
        from frontdesk.services.permissions import Action
        from frontdesk.services.validation import mask_id_number, mask_phone

        if not value:
            return ""
        if user.can(Action.PII_VIEW):
            return value
        return mask_id_number(value) if what == "id" else mask_phone(value)

    def now(self) -> datetime:
        return self._clock.now()

    def _choices(self, fields: Sequence[FormField]) -> dict[str, Sequence[str]]:
        return {key: list(self._setting(key) or []) for key in choice_keys(fields)}

    def choices(self, key: str) -> list[str]:
        """A settings list the form offers (``FormField.choices_from``); nothing for a key the
        form and its actions do not declare."""
        declared = choice_keys([*self.form.fields, *(f for a in self.form.actions for f in a.fields)])
        return [str(v) for v in (self._setting(key) or [])] if key in declared else []

    def templates(self) -> list[dict[str, Any]]:
        """The ready texts the form offers to start from (``RecordForm.templates``)."""
        if not self.form.templates:
            return []
        return [dict(t) for t in (self._setting(self.form.templates) or []) if isinstance(t, dict)]

    def _get(self, s: Session, record_id: int) -> M:
        m = s.get(self.model, record_id)
        if m is None:
            raise NotFound("not_found")
        return m  # type: ignore[no-any-return]

    def _clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        return read_values(self.form.fields, values, self._choices(self.form.fields))

    def create(self, user: CurrentUser, values: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> R:
        """A new record from the form, numbered ``<prefix><date><seq>``. ``extra`` are values a
        caller adds beyond the form (another feature's service API: what the record is for); they
        reach :meth:`fill` beside the cleaned fields, unchecked."""
        require(user, self.form.create_permission)
        clean = {**self._clean(values), **(extra or {})}
        note(self.kind)
        with self._db.write() as s:
            now = self.now()
            m = self.model(number=next_serial(s, self.prefix, now), state=self.initial_state, created_at=now)
            self.fill(s, user, m, clean, new=True)
            s.add(m)
            s.flush()
            self._audit(s, user, m.id, "create", after={"number": m.number})
            return self.to_row(user, m)

    def update(self, user: CurrentUser, record_id: int, version: int, values: Mapping[str, Any]) -> R:
        """An edit of a record whose state allows the ``edit`` action (a draft)."""
        clean = self._clean(values)
        note(self.kind)
        with self._db.write() as s:
            m = load_for_change(s, self.model, record_id, version)
            self.machine.check(user, m.state, "edit")
            self.fill(s, user, m, clean, new=False)
            s.flush()
            self._audit(s, user, m.id, "edit")
            return self.to_row(user, m)

    def act(self, user: CurrentUser, record_id: int, version: int, action: str, values: Mapping[str, Any] | None = None) -> R:
        """Take ``action`` on a record: the state machine checks the permission and the state,
        the action's fields are checked like the form's, then :meth:`on_action` and the move."""
        if action not in self.machine.actions:
            raise InvalidTransition("invalid_transition", action=str(action)[:40], state="")
        if values is not None and not isinstance(values, Mapping):
            raise ValidationError({"action": "invalid"})
        spec = next((a for a in self.form.actions if a.name == action), None)
        clean = read_values(spec.fields, values or {}, self._choices(spec.fields)) if spec else dict(values or {})
        clean = self.prepare_action(user, action, clean)
        note(self.kind)
        with self._db.write() as s:
            m = load_for_change(s, self.model, record_id, version)
            before = m.state
            t = self.machine.check(user, m.state, action)
            self.on_action(s, user, m, action, clean)
            if t.target is not None:
                m.state = t.target
            s.flush()
            self._audit(s, user, m.id, action, before={"state": before}, after={"state": m.state})
            return self.to_row(user, m)

    def detail(self, user: CurrentUser, record_id: int) -> Detail[R]:
        require(user, self.form.view_permission)
        with self._db.read() as s:
            m = self._get(s, record_id)
            return Detail(self.to_row(user, m), self.detail_lines(user, m), self.history(user, m))

    def row(self, user: CurrentUser, record_id: int) -> R:
        require(user, self.form.view_permission)
        with self._db.read() as s:
            return self.to_row(user, self._get(s, record_id))

    def searched(self) -> tuple[search.Field, ...]:
        """What the list's text and the global search look at, in the order a hit names the
        field that matched: the number, the room (any spelling) when the model has one, its
        phones (the form's phone fields, and a ``phone`` column), then ``text_columns``."""
        declared = {f.name: f for f in [*self.form.fields, *(f for a in self.form.actions for f in a.fields)]}
        fields = [search.Field(search.NUMBER, self.model.number, "number")]
        if hasattr(self.model, "room_id"):
            fields.append(search.Field(search.ROOM, self.model.room_id, "room"))
        phones = [f for f in declared.values() if f.type == "phone" and hasattr(self.model, f.name)]
        for f in phones:
            fields.append(search.Field(f.label, getattr(self.model, f.name), "phone", f.masked, "RecordKind"))
        if hasattr(self.model, "phone") and "phone" not in {f.name for f in phones}:
            fields.append(search.Field(search.PHONE, self.model.phone, "phone"))
        for name in self.text_columns:
            spec = declared.get(name)
            label, context = (spec.label, "RecordKind") if spec is not None else (search.label_of(name), search.CONTEXT)
            fields.append(search.Field(label, getattr(self.model, name), "text", True, context))
        return tuple(fields)

    def page(self, user: CurrentUser, view: str, text: str, cursor: str | None, limit: int) -> Page[R]:
        """The list: newest first, filtered by ``view`` and every word of ``text`` (each word in
        any searched field, a room in any spelling, a phone whole or by its last digits), one
        page after ``cursor``."""
        require(user, self.form.view_permission)
        conditions = self.user_view_conditions(user, view)
        after = decode_cursor(cursor)
        if after is not None:
            conditions.append(self.model.id < after[0])
        with self._db.read() as s:
            words = search.read_words(s, text)
            if words:
                conditions.append(search.where(self.searched(), words))
            q = select(self.model).where(*conditions).order_by(self.model.id.desc()).limit(limit + 1)
            rows = [self.to_row(user, m) for m in s.scalars(q)]
        return page_of(rows, limit, lambda r: (r.id,))

    def search(self, user: CurrentUser, text: str, limit: int = 20) -> list[SearchHit]:
        """Ctrl+K: the kind's records holding every word, each hit with the fields it matched."""
        if not user.can(self.form.view_permission):
            return []
        fields = self.searched()
        with self._db.read() as s:
            words = search.read_words(s, text)
            if not words:
                return []
            q = select(self.model).where(search.where(fields, words)).order_by(self.model.id.desc()).limit(limit)
            out = []
            for m in s.scalars(q):
                room = str(getattr(m, "room_code", "") or "")
                reasons = search.matched(user, fields, words, m, room)
                at = getattr(m, "created_at", None)
                out.append(SearchHit(self.kind.name, m.id, str(m.number), self.title_of(m), reasons, at, str(m.number), room))
            return out

    def room_records(self, user: CurrentUser, room_id: int) -> list[HistoryEntry]:
        """This kind's records for a room's card (services/core/history.py), when its model has a
        ``room_id``: newest first, each with its number, state and one line (``title_of``)."""
        if not hasattr(self.model, "room_id") or not user.can(self.form.view_permission):
            return []
        return records_of_room(
            self._db, self.model, room_id, kind=self.kind.name, at=self.model.created_at, summary=self.title_of
        )

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        if not user.can(self.form.view_permission):
            return []
        out = []
        with self._db.read() as s:
            for flag in self.flags:
                if flag.counted:
                    n = s.scalar(select(func.count()).select_from(self.model).where(flag.where(self))) or 0
                    out.append(StatusCount(f"{self.kind.name}.{flag.code}", int(n), flag.severity))
        return out

    def handover_items(self, user: CurrentUser, start: datetime, end: datetime) -> list[HandoverItem]:
        """Every flagged record, in the flag's section (the shift's window does not narrow a
        flag: an overdue letter is worth handing over until it is answered)."""
        if not user.can(self.form.view_permission):
            return []
        out = []
        with self._db.read() as s:
            for flag in self.flags:
                if not flag.handover:
                    continue
                q = select(self.model).where(flag.where(self)).order_by(self.model.id).limit(200)
                for m in s.scalars(q):
                    out.append(
                        HandoverItem(
                            f"{self.kind.name}.{flag.code}",
                            self.kind.name,
                            m.id,
                            str(m.number),
                            self.title_of(m),
                            state=str(m.state),
                            overdue=flag.severity == "danger",
                        )
                    )
        return out

    def month_counts(self, user: CurrentUser, year: int, month: int) -> list[tuple[str, int]]:
        """The month's figures: records made, then how many of them are in each state now
        (labels in the vocabulary's words), then each flag's count today."""
        require(user, self.form.view_permission)
        start, end = month_bounds(year, month)
        with self._db.read() as s:
            made = self.model.created_at >= start, self.model.created_at < end
            total = s.scalar(select(func.count()).select_from(self.model).where(*made)) or 0
            by_state_q = select(self.model.state, func.count()).where(*made).group_by(self.model.state)
            by_state: dict[str, int] = {str(k): int(v) for k, v in s.execute(by_state_q).all()}
            flagged = [
                (self.vocabulary.counts.get(f"{self.kind.name}.{f.code}", f.code).replace("{0}", "").strip(), f.where(self))
                for f in self.flags
            ]
            flag_counts = [
                (label, int(s.scalar(select(func.count()).select_from(self.model).where(*made, where)) or 0))
                for label, where in flagged
            ]
        states = [(self.vocabulary.state(k), int(v)) for k, v in sorted(by_state.items())]
        return [(self.vocabulary.labels.get("month", {}).get("created", "新建"), int(total)), *states, *flag_counts]

    def export_xlsx(self, user: CurrentUser, path: Path) -> int:
        """Every record (newest first) to xlsx through the list's columns."""
        from frontdesk.printing.xlsx import write_columns

        require(user, self.form.view_permission)
        rows: list[R] = []
        cursor: str | None = None
        while True:
            page = self.page(user, "all", "", cursor, 500)
            rows.extend(page.rows)
            if not page.has_more:
                break
            cursor = page.next_cursor
        self._audit_export(user, len(rows))
        return write_columns(path, self.vocabulary.name, list(self.form.columns), rows)

    def _audit_export(self, user: CurrentUser, count: int) -> None:
        with self._db.write() as s:
            self._audit(s, user, None, "export", after={"rows": count})

    def local(self, at: datetime | None) -> str:
        return to_local(at).strftime("%Y-%m-%d %H:%M") if at else ""


def record_feature(
    service: type[RecordService[Any, Any]],
    key: str,
    tab: str,
    order: int,
    permissions: Mapping[str, Sequence[Role]],
    options: tuple[Option[Any], ...] = (),
    group: str = "",
    **more: Any,
) -> Feature:
    """The registration of a kind served by a :class:`RecordService`: its kind, vocabulary,
    prefix, form and flags come from the service class; ``tab`` is its tab class
    (``"module:Class"``, usually a ``KindTab``), shown to whoever has the form's view
    permission. The search, counts, handover, statistics and export are the generic ones."""
    return Feature(
        kind=service.kind,
        key=key,
        build=service_of(service, "settings"),
        vocabulary=service.vocabulary,
        tabs=(
            TabSpec(
                tab,
                order,
                service.form.view_permission,
                title=service.vocabulary.name,
                title_context=service.vocabulary.context,
                group=group,
            ),
        ),
        prefix=service.prefix,
        permissions=permissions,
        statistics=service.month_counts,
        export=service.export_xlsx,
        options=options,
        record_service=service,
        summary=service.form.summary,
        **more,
    )
