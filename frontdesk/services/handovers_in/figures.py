"""The figures of 交房 and 入住: per delivery batch and per month (appointments, handed over,
deferred, moved in, defects by category), on screen, in the month's statistics and as xlsx."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.models.deliveries import DeliveryBatch
from frontdesk.models.handovers_in import RoomHandover
from frontdesk.services.clock import month_bounds, to_local


@dataclass
class Figures:
    """One line of the statistics: a batch or a month."""

    label: str
    rooms: int = 0
    booked: int = 0
    handed: int = 0
    deferred: int = 0
    moved_in: int = 0
    defects: Counter[str] = field(default_factory=Counter)

    def cells(self) -> list[object]:
        return [self.label, self.rooms, self.booked, self.handed, self.deferred, self.moved_in, sum(self.defects.values())]


HEADERS = ["", "交付户数", "预约", "已交房", "暂缓", "已入住", "验房缺陷"]


def _in(at: datetime | date | None, start: datetime, end: datetime) -> bool:
    if at is None:
        return False
    day = at if not isinstance(at, datetime) else to_local(at).date()
    return start.date() <= day < end.date()


def batch_figures(s: Session) -> list[Figures]:
    """Every batch, newest first: its rooms and what became of their appointments so far."""
    out = []
    for b in s.scalars(select(DeliveryBatch).order_by(DeliveryBatch.id.desc())):
        f = Figures(f"{b.number} {b.name}", rooms=len(b.buyers))
        _count(f, s.scalars(select(RoomHandover).where(RoomHandover.batch_id == b.id)))
        out.append(f)
    return out


def _count(f: Figures, records: Iterable[RoomHandover]) -> None:
    for m in records:
        if m.state == "cancelled":
            continue
        f.booked += 1
        f.handed += m.handed_at is not None
        f.deferred += m.state == "deferred"
        f.moved_in += m.moved_in_on is not None
        f.defects.update(d["category"] for d in m.defects or [])


def month_of(s: Session, year: int, month: int) -> Figures:
    """The month: rooms on the lists imported in it, appointments made, rooms handed over,
    deferred and moved in during it, and the defects found in the inspections begun in it."""
    start, end = month_bounds(year, month)
    f = Figures(f"{year}年{month}月")
    f.rooms = sum(len(b.buyers) for b in s.scalars(select(DeliveryBatch)) if _in(b.imported_at, start, end))
    for m in s.scalars(select(RoomHandover)):
        f.booked += _in(m.created_at, start, end) and m.state != "cancelled"
        f.handed += _in(m.handed_at, start, end)
        f.deferred += _in(m.deferred_at, start, end)
        f.moved_in += _in(m.moved_in_on, start, end)
        if _in(m.started_at, start, end):
            f.defects.update(d["category"] for d in m.defects or [])
    return f


def month_figures(s: Session, year: int, month: int) -> list[tuple[str, int]]:
    """The month's figures as the monthly statistics list them."""
    f = month_of(s, year, month)
    out = [("交付户数", f.rooms), ("预约", f.booked), ("已交房", f.handed), ("暂缓", f.deferred), ("已入住", f.moved_in)]
    out += [(f"验房缺陷·{k}", n) for k, n in sorted(f.defects.items())]
    return out


def write_statistics(s: Session, path: Path, year: int, month: int, centre: str) -> int:
    """The 交房入住统计表 as xlsx: per batch, the month, and the defects by category."""
    from frontdesk.printing.xlsx import ReportTable, write_report

    batches = batch_figures(s)
    this_month = month_of(s, year, month)
    total = Figures("合计")
    for b in batches:
        total.rooms += b.rooms
        total.booked += b.booked
        total.handed += b.handed
        total.deferred += b.deferred
        total.moved_in += b.moved_in
        total.defects.update(b.defects)
    categories = sorted(set(total.defects) | set(this_month.defects))
    write_report(
        path,
        "交房入住统计",
        title=f"{centre} 交房入住统计表".strip(),
        subtitle=f"统计月份：{year}年{month}月",
        tables=[
            ReportTable(["交付批次", *HEADERS[1:]], [b.cells() for b in batches] + [total.cells()], total=True),
            ReportTable(["本月", *HEADERS[1:]], [this_month.cells()]),
            ReportTable(
                ["缺陷类别", "本月", "累计"],
                [[c, this_month.defects.get(c, 0), total.defects.get(c, 0)] for c in categories]
                + [["合计", sum(this_month.defects.values()), sum(total.defects.values())]],
                total=True,
            ),
        ],
        notes=[
            "交付户数：批次名单的户数（本月：本月导入的名单户数）；预约不含已取消的预约；已交房含其后已入住的房屋；"
            "暂缓为目前仍暂缓的户数（本月：本月暂缓的次数）。"
        ],
        widths=[34, 10, 10, 10, 10, 10, 10],
    )
    return len(batches)
