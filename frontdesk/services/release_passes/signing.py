"""The QR payload of a release pass and its HMAC signature.

The payload is what a USB barcode scanner types at the gate, so it uses only characters a
keyboard-wedge scanner types reliably and that QR codes store compactly (alphanumeric mode:
digits, capitals, ``-`` and ``:``)::

    FX1:FX20261127001:3-2-1502:202611270800:202611272000:K7QD:<24 base32 chars>
    ver  serial        room     valid from   valid until  key  signature

The signature is HMAC-SHA256 (truncated to 120 bits) over everything before it, with a key
kept *outside* the database file: whoever can copy or edit the database still cannot make a
pass the gate accepts. The key is created at first use. On a single PC (SQLite) it lives next
to the database file; counters sharing a PostgreSQL database must share the key file too
(copy it, or point ``FRONTDESK_PASS_KEY`` at one copy) — see README.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
import threading
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.errors import ServiceError

KEY_ENV = "FRONTDESK_PASS_KEY"
KEY_FILE_NAME = "pass-signing.key"
VERSION = "FX1"
_SIG_BYTES = 15  # 120 bits → 24 base32 characters, no padding
_STAMP = "%Y%m%d%H%M"

_KEY_HEADER = (
    "# FrontDesk 放行条签名密钥（请勿外传、请勿删除）\n"
    "# 删除或更换本文件后，已打印的放行条将无法在门岗核验。\n"
    "# 多台电脑共用一个数据库时，请把本文件复制到每台电脑，或用环境变量 FRONTDESK_PASS_KEY 指定同一个文件。\n"
)

PAYLOAD_RE = re.compile(
    r"^FX1:(?P<serial>FX\d{11}):(?P<room>[0-9A-Z\-]{1,50}):(?P<start>\d{12}):(?P<end>\d{12})"
    r":(?P<kid>[A-Z2-7]{4}):(?P<sig>[A-Z2-7]{24})$",
    re.ASCII,  # \d is 0-9 only: a serial in other scripts' digits is no payload, not a crash
)
SERIAL_RE = re.compile(r"^(?:FX)?(?P<digits>\d{11})$", re.ASCII)


class PassKeyError(ServiceError):
    """The signing key cannot be read or created (code ``pass_key_unavailable``)."""

    code = "pass_key_unavailable"


@dataclass(frozen=True)
class PassClaims:
    """What the QR code vouches for."""

    serial: str
    room_code: str
    valid_from: datetime
    valid_until: datetime


@dataclass(frozen=True)
class ParsedPayload:
    claims: PassClaims
    key_id: str
    signature: str
    signed_text: str


def normalise_scan(text: str) -> str:
    """What the scanner (or a person) typed, cleaned: full-width characters from an input
    method become ASCII, spaces and line ends go, letters are upper-cased."""
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", "", text).upper()


def parse_payload(text: str) -> ParsedPayload | None:
    """The payload's parts, or None when the text is not a pass payload at all."""
    m = PAYLOAD_RE.match(normalise_scan(text))
    if m is None:
        return None
    try:
        start = datetime.strptime(m["start"], _STAMP).replace(tzinfo=LOCAL_TZ)
        end = datetime.strptime(m["end"], _STAMP).replace(tzinfo=LOCAL_TZ)
    except ValueError:
        return None
    signed = normalise_scan(text).rsplit(":", 1)[0]
    return ParsedPayload(PassClaims(m["serial"], m["room"], start, end), m["kid"], m["sig"], signed)


def default_key_path(sqlite_path: Path | None, data_dir: Path | None) -> Path | None:
    """Where the key lives: ``FRONTDESK_PASS_KEY``, else next to the SQLite file, else in the
    user data folder. None when none of these is known (a PostgreSQL URL without a data folder)."""
    env = os.environ.get(KEY_ENV)
    if env:
        return Path(env)
    if sqlite_path is not None:
        return sqlite_path.parent / KEY_FILE_NAME
    if data_dir is not None:
        return data_dir / KEY_FILE_NAME
    return None


class PassSigner:
    """Signs and checks payloads. The key file is read (or created) on first use, not at start."""

    def __init__(self, key_path: Path | None) -> None:
        self._path = key_path
        self._key: bytes | None = None
        self._lock = threading.Lock()

    @property
    def key_path(self) -> Path | None:
        return self._path

    def _load(self) -> bytes:
        if self._key is not None:
            return self._key
        with self._lock:
            if self._key is None:
                if self._path is None:
                    raise PassKeyError(path="")
                self._key = _read_or_create(self._path)
        return self._key

    def key_id(self) -> str:
        """A short fingerprint of the key (not secret): tells "another key" from "altered"."""
        digest = hashlib.sha256(b"frontdesk-pass-key-id" + self._load()).digest()
        return base64.b32encode(digest).decode()[:4]

    def _mac(self, signed_text: str) -> str:
        mac = hmac.new(self._load(), signed_text.encode("ascii"), hashlib.sha256).digest()[:_SIG_BYTES]
        return base64.b32encode(mac).decode().rstrip("=")

    def payload(self, claims: PassClaims) -> str:
        signed = ":".join(
            [
                VERSION,
                claims.serial,
                claims.room_code.upper(),
                claims.valid_from.astimezone(LOCAL_TZ).strftime(_STAMP),
                claims.valid_until.astimezone(LOCAL_TZ).strftime(_STAMP),
                self.key_id(),
            ]
        )
        return f"{signed}:{self._mac(signed)}"

    def is_ours(self, parsed: ParsedPayload) -> bool:
        return hmac.compare_digest(parsed.key_id, self.key_id())

    def verify(self, parsed: ParsedPayload) -> bool:
        """True when the signature is genuine for exactly these claims and this key."""
        return self.is_ours(parsed) and hmac.compare_digest(parsed.signature, self._mac(parsed.signed_text))


def _read_or_create(path: Path) -> bytes:
    """Read the key, or create it: written to a temporary file first and linked into place,
    so two counters starting at once never see a half-written key or overwrite each other's."""
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(_KEY_HEADER + secrets.token_hex(32) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process won the race: use its key
    except OSError as exc:
        raise PassKeyError(path=str(path)) from exc
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass
    return _read_key(path)


def _read_key(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise PassKeyError(path=str(path)) from exc
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if len(lines) != 1 or not re.fullmatch(r"[0-9a-fA-F]{64}", lines[0]):
        raise PassKeyError(path=str(path), reason="malformed")
    return bytes.fromhex(lines[0])
