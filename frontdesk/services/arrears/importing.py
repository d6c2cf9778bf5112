"""The finance system's arrears list (欠费明细), read and checked line by line: room, owner, phone
(optional), fee item, period, amount. Nothing is written by :func:`read_arrears`; the service
writes the accepted lines (:meth:`ArrearsService.commit_import`). Each rejected line keeps what
it held and its reasons, as the registry import reports them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy.orm import Session

from frontdesk.services.errors import ValidationError
from frontdesk.services.registry.files import ImportFileError, read_table
from frontdesk.services.registry.importing import RejectedRow, RowProblem
from frontdesk.services.registry.service import resolve_room
from frontdesk.services.validation import FieldError, clean_name, clean_phone, clean_text

#: field → the headers finance systems use for it
HEADERS: dict[str, tuple[str, ...]] = {
    "room": ("房号", "房间号", "房屋", "房产", "资源编号"),
    "owner": ("业主", "业主姓名", "姓名", "客户", "客户名称"),
    "phone": ("电话", "联系电话", "手机", "手机号"),
    "item": ("收费项目", "费项", "项目", "费用项目", "收费科目"),
    "period": ("所属期间", "期间", "账期", "计费期间", "所属月份"),
    "amount": ("欠费金额", "金额", "应收金额", "欠费", "未缴金额"),
}
REQUIRED = ("room", "owner", "item", "period", "amount")
MONEY_MAX = Decimal("9999999.99")


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "").strip()
    t = re.sub(r"[\(（].*?[\)）]", "", t)
    return re.sub(r"[\s*:：]", "", t)


_INDEX = {_norm(h): f for f, names in HEADERS.items() for h in names}


@dataclass(frozen=True)
class ArrearsLine:
    line: int
    room_id: int
    room_code: str
    building: str
    owner: str
    phone: str | None
    item: str
    period: str
    amount: Decimal


@dataclass(frozen=True)
class ArrearsPreview:
    """What an import would do: the accepted lines, the rejected ones with their reasons, and the
    rooms the list holds."""

    source: str
    lines: tuple[ArrearsLine, ...]
    rejected: tuple[RejectedRow, ...]
    header: tuple[str, ...]

    @property
    def rooms(self) -> int:
        return len({ln.room_code for ln in self.lines})

    @property
    def total(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0.00"))


def _amount(text: str) -> Decimal:
    t = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("元", "")
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise FieldError("bad_number") from None
    if not d.is_finite() or d <= 0 or d > MONEY_MAX:
        raise FieldError("bad_money", max=str(MONEY_MAX))
    return d.quantize(Decimal("0.01"))


def read_arrears(s: Session, path: Path) -> ArrearsPreview:
    """Every line of the file checked; rooms resolved through the registry."""
    table, _fmt = read_table(Path(path))
    header_at, mapping = -1, {}
    for i, row in enumerate(table[:10]):
        found = {j: _INDEX[_norm(c)] for j, c in enumerate(row) if _norm(c) in _INDEX}
        if "room" in found.values() and "amount" in found.values():
            header_at, mapping = i, found
            break
    if header_at < 0:
        if not any(any(c.strip() for c in r) for r in table):
            raise ImportFileError("import_empty")
        raise ImportFileError("import_no_header", expected="、".join(HEADERS[f][0] for f in REQUIRED))
    lines: list[ArrearsLine] = []
    rejected: list[RejectedRow] = []
    seen: dict[tuple[str, str, str], int] = {}
    for n, raw in enumerate(table[header_at + 1 :], start=header_at + 2):
        if not any(c.strip() for c in raw):
            continue
        cells = {f: (raw[j].strip() if j < len(raw) else "") for j, f in mapping.items()}
        problems: list[RowProblem] = []
        for f in REQUIRED:
            if not cells.get(f):
                problems.append(RowProblem(f, "required"))
        room = None
        if cells.get("room"):
            try:
                room = resolve_room(s, cells["room"])
            except ValidationError as exc:
                problems.append(RowProblem("room", exc.errors["room"], {"room": cells["room"]}))
        values: dict[str, object] = {}
        for f, fn in (("owner", clean_name), ("phone", clean_phone), ("amount", _amount)):
            if cells.get(f):
                try:
                    values[f] = fn(cells[f])
                except FieldError as exc:
                    problems.append(RowProblem(f, exc.code, exc.params))
        for f, size in (("item", 30), ("period", 40)):
            if cells.get(f):
                try:
                    values[f] = clean_text(cells[f], max_len=size, multiline=False)
                except FieldError as exc:
                    problems.append(RowProblem(f, exc.code, exc.params))
        if room is not None and not problems:
            key = (room.code, str(values["item"]), str(values["period"]))
            if key in seen:
                problems.append(RowProblem("item", "arrears_duplicate", {"line": seen[key]}))
            else:
                seen[key] = n
        if problems or room is None:
            rejected.append(RejectedRow(n, tuple(raw), tuple(problems)))
            continue
        lines.append(
            ArrearsLine(
                n, room.id, room.code, room.code.split("-")[0], str(values["owner"]), values.get("phone") or None,  # type: ignore[arg-type]
                str(values["item"]), str(values["period"]), values["amount"],  # type: ignore[arg-type]
            )
        )  # fmt: skip
    return ArrearsPreview(Path(path).name, tuple(lines), tuple(rejected), tuple(table[header_at]))
