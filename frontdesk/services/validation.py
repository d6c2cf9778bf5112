"""Checks and normalisation of what people type: phones, ID numbers, names, free text.

Each check returns the cleaned value or raises :class:`FieldError` with a code the UI words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, TypeVar, cast

from frontdesk.services.errors import ValidationError

T = TypeVar("T")

NAME_MAX = 50
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 2000


class FieldError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class Collector:
    """Gathers field errors so the user sees all of them at once, next to each field."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}
        self.params: dict[str, dict[str, object]] = {}

    def check(self, field: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return fn(*args, **kwargs)
        except FieldError as exc:
            self.errors[field] = exc.code
            self.params[field] = exc.params
            return None

    def add(self, field: str, code: str, **params: object) -> None:
        self.errors[field] = code
        self.params[field] = params

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(dict(self.errors), field_params=dict(self.params))


def checked(field: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """One field checked on its own: ``fn(*args, **kwargs)``'s clean value, or the
    ValidationError naming ``field`` (what a Collector of that one field raises)."""
    c = Collector()
    value = c.check(field, fn, *args, **kwargs)
    c.raise_if_any()
    return cast(T, value)


_CONTROL_OK = {"\n", "\t"}


def _has_control(text: str, allow_newlines: bool) -> bool:
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co") and not (allow_newlines and ch in _CONTROL_OK):
            # Cf includes zero-width joiners used in emoji sequences; those are allowed below.
            if ch in ("\u200d", "\ufe0f"):
                continue
            return True
    return False


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or ch in ("\u200d", "\ufe0f")


def clean_text(value: str | None, *, max_len: int = LONG_TEXT_MAX, required: bool = False, multiline: bool = True) -> str | None:
    """Free text (content, notes): trimmed, no control characters, bounded length. Emoji allowed."""
    text = (value or "").strip()
    if not multiline:
        text = " ".join(text.split())
    if not text:
        if required:
            raise FieldError("required")
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _has_control(text, allow_newlines=multiline):
        raise FieldError("control_chars")
    if len(text) > max_len:
        raise FieldError("too_long", max=max_len, length=len(text))
    return text


#: the largest amount or quantity a counter types (the columns hold 10 digits, 2 after the point)
AMOUNT_LIMIT = Decimal("100000000")
_CENT = Decimal("0.01")


def clean_decimal(value: object, *, code: str = "bad_number", limit: Decimal = AMOUNT_LIMIT) -> Decimal:
    """A typed number (an amount, a quantity) as Decimal rounded half-up to 0.01: separators and
    spaces around dropped, empty is 0. ``FieldError(code)`` for what is not a plain finite
    number below ``limit`` (``1e309``, ``NaN``, Arabic-Indic digits stay refused, not mangled)."""
    text = unicodedata.normalize("NFKC", str(value if value is not None else "")).strip()
    text = text.replace(",", "").replace("，", "")
    if not text:
        return Decimal("0.00")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text, flags=re.ASCII):
        raise FieldError(code)
    try:
        number = Decimal(text)
        if abs(number) >= limit:
            raise FieldError(code)
        return number.quantize(_CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:
        raise FieldError(code) from exc


def clean_name(value: str | None, *, required: bool = True, max_len: int = NAME_MAX) -> str | None:
    """A person's name: letters (Chinese or Latin), middle dot, spaces; no emoji, digits or symbols."""
    text = clean_text(value, max_len=max_len, required=required, multiline=False)
    if text is None:
        return None
    if any(_is_emoji(ch) for ch in text):
        raise FieldError("emoji_not_allowed")
    if not re.fullmatch(r"[\w\u00b7\u2022·.\- ]+", text) or re.search(r"[\d_]", text):
        raise FieldError("bad_name")
    return text


_PHONE_CHARS = re.compile(r"\+?[\d\s\-()（）.]+", re.ASCII)
_EXTENSION = re.compile(r"^(?P<main>.+?)\s*(?:转|分机|ext\.?|x)\s*(?P<ext>\d+)$", re.ASCII | re.IGNORECASE)
#: a landline written with its area code and a hyphenated extension: 0755-81234567-123
_DASH_EXTENSION = re.compile(r"^(?P<main>0\d{2,3}[-\s]?\d{7,8})-(?P<ext>\d+)$", re.ASCII)
_AREA_CODE = re.compile(r"0\d{2,3}", re.ASCII)
EXTENSION_MAX = 6


def _bad_phone(reason: str, **params: object) -> FieldError:
    """``bad_phone`` with the exact reason (``reason``) the message words."""
    return FieldError("bad_phone", reason=reason, **params)


def clean_phone(value: str | None, *, required: bool = False, area_code: str | None = None) -> str | None:
    """A phone number a counter can call back, stored compact. Accepted:

    * a mainland mobile (11 digits, a real number range), with or without +86;
    * a landline with its area code (``0755-81234567`` → ``075581234567``), also with an
      extension (``转123``, ``-123``, ``ext 123`` → ``075581234567转123``);
    * a local landline of 7–8 digits without area code: ``area_code`` (the project's, from the
      settings) is put in front when known;
    * 400 / 800 service numbers (10 digits) and 95xxx / 96xxx service numbers;
    * Hong Kong (+852) and Macau (+853) numbers, 8 digits, stored with their prefix.

    Anything else is ``FieldError("bad_phone", reason=…)``: the reason says exactly what is
    wrong (too few digits, a mobile of the wrong length, an unknown number range, …)."""
    raw = unicodedata.normalize("NFKC", value or "").strip()
    if not raw:
        if required:
            raise FieldError("required")
        return None
    ext = None
    m = _EXTENSION.match(raw) or _DASH_EXTENSION.match(raw)
    if m is not None:
        raw, ext = m["main"], m["ext"]
        if len(ext) > EXTENSION_MAX:
            raise _bad_phone("extension", max=EXTENSION_MAX)
    if not _PHONE_CHARS.fullmatch(raw):
        raise _bad_phone("characters")
    compact = re.sub(r"[\s\-()（）.]", "", raw)
    for prefix in ("+86", "0086"):
        if compact.startswith(prefix):
            compact = compact[len(prefix) :]
    for code in ("852", "853"):
        if compact.startswith(("+" + code, "00" + code)):
            local = compact.split(code, 1)[1]
            if not re.fullmatch(r"[2-9]\d{7}", local, flags=re.ASCII):
                raise _bad_phone("hk_macau", digits=len(local))
            return f"+{code}{local}" + (f"转{ext}" if ext else "")
    if compact.startswith("+") or "+" in compact:
        raise _bad_phone("country")
    digits = len(compact)
    if compact.startswith("1"):
        if ext:
            raise _bad_phone("mobile_extension")
        if digits != 11:
            raise _bad_phone("mobile_length", digits=digits)
        if not _valid_cn(compact):
            raise _bad_phone("mobile_range", prefix=compact[:3])
        return compact
    if compact.startswith(("400", "800")):
        if digits != 10:
            raise _bad_phone("service_length", prefix=compact[:3], digits=digits)
        number = compact
    elif re.fullmatch(r"9[56]\d{3}|95\d{4,6}", compact):
        number = compact  # 95598, 95533, 96xxx: service numbers
    elif compact.startswith("0"):
        if digits < 10 or digits > 12:
            raise _bad_phone("landline_length", digits=digits)
        if not _valid_cn(compact):
            raise _bad_phone("area_code", area=compact[:4] if compact[1] in "3456789" else compact[:3])
        number = compact
    elif digits in (7, 8) and compact[0] in "23456789":
        number = compact
        if area_code and _AREA_CODE.fullmatch(area_code) and _valid_cn(area_code + compact):
            number = area_code + compact
    elif digits < 7:
        raise _bad_phone("too_short", digits=digits)
    else:
        raise _bad_phone("unknown", digits=digits)
    return number + (f"转{ext}" if ext else "")


def _valid_cn(number: str) -> bool:
    import phonenumbers  # imported when first needed: ~0.05 s the start-up does not have to pay

    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, "CN")))
    except phonenumbers.NumberParseException:
        return False


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    """GB 11643-1999 check digit (ISO 7064 MOD 11-2) of the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def clean_id_number(value: str | None) -> str | None:
    """A resident ID number: 18 digits with a valid check digit, or an old 15-digit number."""
    raw = unicodedata.normalize("NFKC", value or "").strip().upper().replace(" ", "")
    if not raw:
        return None
    if re.fullmatch(r"\d{15}", raw):
        birth = "19" + raw[6:12]
    elif re.fullmatch(r"\d{17}[\dX]", raw):
        birth = raw[6:14]
        if id_check_digit(raw[:17]) != raw[17]:
            raise FieldError("bad_id_check")
    else:
        raise FieldError("bad_id_format")
    try:
        date(int(birth[:4]), int(birth[4:6]), int(birth[6:8]))
    except ValueError as exc:
        raise FieldError("bad_id_birthdate") from exc
    return raw


_PLATE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]"
)


def clean_plates(value: str | None) -> str | None:
    """Car plates separated by commas or spaces, e.g. ``粤B12345, 粤BD12345``."""
    raw = unicodedata.normalize("NFKC", value or "").upper()
    parts = [p for p in re.split(r"[\s,，、;；]+", raw) if p]
    if not parts:
        return None
    for p in parts:
        if not _PLATE.fullmatch(p):
            raise FieldError("bad_plate", plate=p)
    return ",".join(parts)


def mask_phone(phone: str | None) -> str:
    """138****5678; short numbers keep their last two digits; an extension (转123) stays."""
    if not phone:
        return ""
    if "转" in phone:
        main, ext = phone.split("转", 1)
        return f"{mask_phone(main)}转{ext}"
    if len(phone) >= 9:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    if len(phone) >= 7:  # a local landline: only its last four digits
        return "*" * (len(phone) - 4) + phone[-4:]
    return "*" * (len(phone) - 2) + phone[-2:]


def mask_id_number(value: str | None) -> str:
    """110105********002X: the region code and the last four stay."""
    if not value:
        return ""
    return value[:6] + "*" * (len(value) - 10) + value[-4:]
