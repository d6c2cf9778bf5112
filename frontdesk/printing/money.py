"""Amounts in capital Chinese numerals (大写金额), as receipts and charge lines print them.
No reportlab here, so the UI can show the same words as the printed form."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")


def rmb_upper(amount: Decimal) -> str:
    """An amount in capital Chinese numerals as written on receipts: 85 → 捌拾伍元整,
    1005.07 → 壹仟零伍元零柒分."""
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    neg = value < 0
    value = abs(value)
    yuan = int(value)
    fen_total = int((value - yuan) * 100)
    jiao, fen = divmod(fen_total, 10)
    groups: list[int] = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    pending_zero = False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or g < 1000):
            out += "零"
        part, zero = "", False
        for pos in range(3, -1, -1):
            d = g // 10**pos % 10
            if d == 0:
                zero = bool(part)
                continue
            if zero:
                part += "零"
                zero = False
            part += _DIGITS[d] + _UNITS[pos]
        out += part + _GROUPS[gi]
        pending_zero = False
    text = out + "元" if out else ""
    if jiao == 0 and fen == 0:
        text = (text or "零元") + "整"
    else:
        if jiao:
            text += _DIGITS[jiao] + "角"
        elif out:
            text += "零"
        if fen:
            text += _DIGITS[fen] + "分"
    return ("负" if neg else "") + text
