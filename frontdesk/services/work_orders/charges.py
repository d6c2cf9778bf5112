"""材料及费用: the one place a charge line's quantity, unit price, amount and the total are read.

The service saves what :func:`price_lines` returns and the completion dialog previews with
:func:`preview` — both go through :func:`price_line`, so what the dialog shows is what is saved:

* a number may carry thousands separators (``,`` or ``，``) and surrounding spaces;
* quantity and unit price are rounded half-up to 0.01 (``1.005`` is ``1.01``);
* an empty quantity is 1, an empty unit price 0;
* amount = quantity × unit price, rounded half-up to 0.01; the total is the sum of the amounts.

A row with no name, no unit and no price (``""`` or a zero) is an empty row of the table and
is skipped (its quantity is not read).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from frontdesk.services.validation import FieldError, clean_decimal, clean_text
from frontdesk.services.work_orders.rows import ChargeLine

CENT = Decimal("0.01")
NAME_MAX = 100
UNIT_MAX = 10
_EMPTY_PRICES = ("", "0", "0.0", "0.00")
FREE_ORDER = "charges_on_free_order"


def money(value: str | Decimal | int | float, *, field_code: str = "bad_number") -> Decimal:
    """A typed amount: separators and spaces around dropped, empty is 0, rounded half-up to 0.01;
    ``1e309``, ``NaN`` or an amount too large for its column is ``field_code``."""
    if isinstance(value, Decimal) and value.is_finite():
        value = format(value, "f")
    return clean_decimal(value, code=field_code)


@dataclass(frozen=True)
class PricedLine:
    """One charge line as it is saved (the keys of WorkOrderLine)."""

    name: str
    quantity: Decimal
    unit: str | None
    unit_price: Decimal
    amount: Decimal

    def as_record(self) -> dict[str, object]:
        return {
            "name": self.name,
            "quantity": self.quantity,
            "unit": self.unit,
            "unit_price": self.unit_price,
            "amount": self.amount,
        }


def price_line(line: ChargeLine, *, paid: bool = True) -> PricedLine | None:
    """Read one line. ``None`` for an empty row; :class:`FieldError` (``required``,
    ``too_long``, ``control_chars``, ``bad_number``, ``bad_quantity``, ``bad_price``,
    ``charges_on_free_order`` when not ``paid``) when it cannot be saved."""
    name = (line.name or "").strip()
    qty_raw = str(line.quantity or "").strip()
    price_raw = str(line.unit_price or "").strip()
    unit = (line.unit or "").strip()
    if not name and price_raw in _EMPTY_PRICES and unit == "":
        return None
    name_v = clean_text(name, max_len=NAME_MAX, required=True, multiline=False)
    assert name_v is not None  # required
    qty = money(qty_raw or "1")
    price = money(price_raw or "0")
    if qty <= 0:
        raise FieldError("bad_quantity")
    if price < 0:
        raise FieldError("bad_price")
    if not paid and price > 0:
        raise FieldError(FREE_ORDER)
    unit = clean_text(unit, max_len=UNIT_MAX, multiline=False) or ""  # no control characters
    amount = (qty * price).quantize(CENT, rounding=ROUND_HALF_UP)
    return PricedLine(name_v, qty, unit or None, price, amount)


def total_of(lines: Sequence[PricedLine]) -> Decimal:
    return sum((ln.amount for ln in lines), Decimal("0.00"))


class ChargeError(Exception):
    """Why the lines cannot be saved: ``code`` (e.g. ``line_bad_number``, ``too_many_lines``)
    and its parameters (``row``, 1-based; ``max``)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def price_lines(lines: Sequence[ChargeLine], *, paid: bool, max_lines: int) -> tuple[list[PricedLine], Decimal]:
    """What the service saves on completion: the non-empty lines and their total.
    Raises :class:`ChargeError` for the first line that cannot be saved."""
    if len(lines) > max_lines and sum(1 for ln in lines if (ln.name or "").strip()) > max_lines:
        raise ChargeError("too_many_lines", max=max_lines)
    out: list[PricedLine] = []
    for row, ln in enumerate(lines, start=1):
        try:
            priced = price_line(ln, paid=paid)
        except FieldError as exc:
            raise ChargeError(exc.code if exc.code == FREE_ORDER else "line_" + exc.code, row=row) from exc
        if priced is not None:
            out.append(priced)
    return out, total_of(out)


@dataclass(frozen=True)
class ChargePreview:
    """What the completion dialog shows: each row's amount (``None``: empty or not readable,
    shown blank) and the total of the readable lines."""

    amounts: tuple[Decimal | None, ...]
    total: Decimal


def preview(lines: Sequence[ChargeLine]) -> ChargePreview:
    amounts: list[Decimal | None] = []
    priced: list[PricedLine] = []
    for ln in lines:
        try:
            p = price_line(ln)
        except FieldError:
            p = None
        amounts.append(p.amount if p is not None else None)
        if p is not None:
            priced.append(p)
    return ChargePreview(tuple(amounts), total_of(priced))
