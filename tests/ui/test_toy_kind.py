"""A toy record kind, registered in this file only, through the shared machinery: its table, its
service (numbering, a change set, a page of rows, search, counts, handover items), its list
(column specs), its form (ServiceForm) and its PDF (the shared layout). Registered once, it
appears as a tab, in global search, in the handover and in the status counts, with no central
list edited. This whole kind is this one file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from frontdesk.features import load_features
from frontdesk.printing.layout import Cell, Copy, Grid, Header, render_copies
from frontdesk.services.container import build_services
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core.changes import Kind, changes
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.core.paging import Page, decode_cursor, page_of
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.core.versioning import load_for_change
from frontdesk.services.errors import ValidationError
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Role, require
from frontdesk.ui.common.paged_model import PagedTableModel
from frontdesk.ui.common.service_form import ServiceForm

TOY = Kind("toy")


class ToyBase(DeclarativeBase):
    pass


class ToyRecord(ToyBase):
    __tablename__ = "toy_record"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(60))
    state: Mapped[str] = mapped_column(String(10), default="open")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


@dataclass(frozen=True)
class ToyRow:
    id: int
    number: str
    title: str
    state: str
    version: int
    allowed: frozenset[str]


MACHINE: StateMachine[str, str] = StateMachine([Transition(frozenset({"open"}), "close", "closed", "toy.edit")])


class ToyService:
    def __init__(self, env: FeatureEnv) -> None:
        self._db, self._clock = env.db, env.clock
        ToyBase.metadata.create_all(env.db.engine)

    def _row(self, user, r: ToyRecord) -> ToyRow:  # type: ignore[no-untyped-def]
        return ToyRow(r.id, r.number, r.title, r.state, r.version, MACHINE.allowed(user, r.state))

    @changes(TOY)
    def create(self, user, title: str) -> ToyRow:  # type: ignore[no-untyped-def]
        require(user, "toy.edit")
        if not title.strip():
            raise ValidationError({"title": "required"})
        with self._db.write() as s:
            now = self._clock.now()
            r = ToyRecord(number=next_serial(s, "TY", now), title=title.strip(), at=now)
            s.add(r)
            s.flush()
            return self._row(user, r)

    @changes(TOY)
    def close(self, user, record_id: int, version: int) -> ToyRow:  # type: ignore[no-untyped-def]
        with self._db.write() as s:
            r = load_for_change(s, ToyRecord, record_id, version)
            r.state = MACHINE.check(user, r.state, "close").target or r.state
            s.flush()
            return self._row(user, r)

    def page(self, user, cursor: str | None, limit: int) -> Page[ToyRow]:  # type: ignore[no-untyped-def]
        after = decode_cursor(cursor)
        with self._db.read() as s:
            q = select(ToyRecord).order_by(ToyRecord.id.desc()).limit(limit + 1)
            if after is not None:
                q = q.where(ToyRecord.id < after[0])
            rows = [self._row(user, r) for r in s.scalars(q)]
        return page_of(rows, limit, lambda r: (r.id,))

    def search(self, user, text: str, limit: int) -> list[SearchHit]:  # type: ignore[no-untyped-def]
        with self._db.read() as s:
            found = s.scalars(select(ToyRecord).where(ToyRecord.title.contains(text)).limit(limit))
            return [SearchHit("toy", r.id, r.number, r.title) for r in found]

    def status_counts(self, user) -> list[StatusCount]:  # type: ignore[no-untyped-def]
        with self._db.read() as s:
            n = len(s.scalars(select(ToyRecord.id).where(ToyRecord.state == "open")).all())
        return [StatusCount("toy.open", n, "warning")]

    def handover_items(self, user, start: datetime, end: datetime) -> list[HandoverItem]:  # type: ignore[no-untyped-def]
        with self._db.read() as s:
            found = s.scalars(select(ToyRecord).where(ToyRecord.state == "open"))
            return [HandoverItem("toy.open", "toy", r.id, r.number, r.title, state="open") for r in found]


COLUMNS: list[Column[ToyRow]] = [
    Column("number", "编号", lambda r: r.number),
    Column("title", "事项", lambda r: r.title, width=30),
    Column("state", "状态", lambda r: r.state, text=lambda r: VOCAB.state(r.state)),
]
VOCAB = Vocabulary("Toy", "玩具登记", states={"open": "待办", "closed": "已办"}, counts={"toy.open": "玩具待办 {0}"})


def toy_pdf(row: ToyRow) -> bytes:
    blocks = [Header("测试物业服务中心", "玩具登记单", row.number), Grid([[Cell("事项", row.title)]])]
    return render_copies([Copy("第一联", blocks)], title=f"玩具登记单 {row.number}")


class ToyForm(ServiceForm[ToyRow, str]):
    def __init__(self, ctx, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.title_edit = QLineEdit(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.wrap("title", self.title_edit))
        lay.addWidget(self.banner)

    def collect(self) -> str:
        return self.title_edit.text()

    def submit(self, data: str, version: int | None) -> ToyRow:
        return self.ctx.services.toys.create(self.ctx.user, data)


class ToyTab(QWidget):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("玩具登记")
        self.model: PagedTableModel[ToyRow] = PagedTableModel(
            COLUMNS, "Toy", lambda cur, n: ctx.services.toys.page(ctx.user, cur, n), page_size=2
        )
        self.form = ToyForm(ctx, self)
        QVBoxLayout(self).addWidget(self.form)
        self.model.reload()
        ctx.bus.watch({TOY}, lambda _changes: self.model.reload())
        self.opened: list[int] = []

    def open_record(self, kind: str, record_id: int) -> None:
        self.opened.append(record_id)


TOY_FEATURE = Feature(
    kind=TOY,
    key="toys",
    build=ToyService,
    vocabulary=VOCAB,
    tabs=(TabSpec(f"{__name__}:ToyTab", 15, "toy.view"),),
    prefix="TY",
    permissions={"toy.view": (Role.RECEPTIONIST,), "toy.edit": (Role.RECEPTIONIST,)},
)


@pytest.fixture
def toy_services(db, clock):  # type: ignore[no-untyped-def]
    return build_services(db, clock, features=load_features(extra=(TOY_FEATURE,)))


def test_a_toy_kind_is_a_tab_in_search_handover_and_counts(qtbot, toy_services, supervisor) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.services.permissions import CurrentUser
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.shell.main_window import MainWindow
    from frontdesk.ui.shell.search_dialog import GlobalSearchDialog
    from tests.conftest import make_user

    front: CurrentUser = make_user(toy_services, Role.RECEPTIONIST, "li", "李前台")
    window = MainWindow(UiContext(toy_services, front, EventBus(), counter="vm"), None)
    qtbot.addWidget(window)
    tab = window.tab_for_kind("toy")
    assert isinstance(tab, ToyTab)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    # order 15: after the call log (10), before work orders (20)
    assert titles.index("来电来访") < window.tabs.indexOf(tab) < titles.index("维修工单")

    # the form: a bad title stays typed with its message beside it, nothing saved
    tab.form.title_edit.setText("   ")
    assert not tab.form.save()
    assert tab.form.errors.message("title")
    assert tab.model.rowCount() == 0
    for title in ("漏水的玩具", "旧玩具", "新玩具"):
        tab.form.title_edit.setText(title)
        assert tab.form.save()
    # the change set reached the tab through the bus: its list reloaded (paged, 2 at a time)
    assert tab.model.rowCount() == 2 and tab.model.canFetchMore()
    tab.model.fetchMore()
    assert [tab.model.row_at(i).title for i in range(3)] == ["新玩具", "旧玩具", "漏水的玩具"]  # type: ignore[union-attr]
    assert tab.model.headerData(2, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "状态"
    first = tab.model.row_at(2)
    assert first is not None and first.number.startswith("TY") and first.allowed == {"close"}

    # global search, with the kind's name from its vocabulary
    hits = toy_services.search(front, "漏水", 20)
    assert [(h.kind, h.title) for h in hits if h.kind == "toy"] == [("toy", first.number)]
    dlg = GlobalSearchDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    assert dlg.kind_name("toy") == "玩具登记"
    window.open_record("toy", first.id)
    assert tab.opened == [first.id] and window.tabs.currentWidget() is tab

    # status counts, worded by the vocabulary
    window.refresh_status()
    qtbot.waitUntil(lambda: "玩具待办 3" in window.counts_label.text())
    # the handover compiles it with the other kinds
    items = toy_services.handover_items(front, toy_services.clock.now(), toy_services.clock.now())
    assert sum(1 for i in items if i.ref_kind == "toy") == 3

    # closing goes through the state machine and the versioned load; a stale version is a conflict
    closed = toy_services.toys.close(front, first.id, first.version)
    assert closed.state == "closed" and closed.allowed == frozenset()
    from frontdesk.services.errors import ConflictError

    with pytest.raises(ConflictError):
        toy_services.toys.close(front, first.id, first.version)

    # the PDF, through the shared layout, holds the record
    from tests.support.printing import pdf_text

    assert first.number in pdf_text(toy_pdf(first))


def test_a_kind_cannot_be_registered_twice(db, clock) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="toy"):
        load_features(extra=(TOY_FEATURE, TOY_FEATURE))
