"""``FrontDesk --self-check``: is this installation complete? Checks what a counter needs and
prints one line per check; exit code 0 when all passed, 1 otherwise.

Made for the installed bundle (the installer's 自检 shortcut, CI), and works the same from
source. It writes only into a temporary folder: the database check migrates a new temporary
database and only *reads* the configured one; the signing-key round trip uses a temporary key.
Checks: the database (migrations, SQLite, the configured database's state), the bundled font
(it has the Chinese characters the forms print), the translations, the time-zone data, the Qt
plugins (platform, image formats, printing), a release-pass PDF rendered by reportlab and read
back by the Qt PDF module, the signing-key round trip, phone-number checking, password hashing, Excel and the
PostgreSQL driver (reported, not required).
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

#: characters the printed forms and the window need the font for
CHINESE_SAMPLE = "物业服务中心客服前台大件物品放行条交接班投诉工单业户"


class CheckFailed(Exception):
    """A check ran and found a problem (the message says which)."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        mark = "通过" if self.ok else "失败"
        return f"[{mark}] {self.name}：{self.detail}（{self.seconds:.2f} 秒）"


def run_checks(db_url: str, data_dir: Path, *, out: TextIO | None = None) -> list[CheckResult]:
    """Run every check, report each as it finishes (to ``out``), and return the results."""
    from frontdesk.version import build_info, is_bundled

    info = build_info()
    built = f"构建于 {info.built}" if info.built else "从源码运行"
    _say(out, f"FrontDesk {info.version}（{built}{'，安装包' if is_bundled() else ''}）安装自检")
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="frontdesk-self-check-") as tmp:
        work = Path(tmp)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("程序模块", check_modules),
            ("数据库", lambda: check_database(db_url, work)),
            ("字体", check_font),
            ("界面翻译", check_translations),
            ("时区数据", check_time_zone),
            ("Qt 插件", check_qt_plugins),
            ("放行条 PDF", lambda: check_release_pass_pdf(work)),
            ("签名密钥", lambda: check_signing_key(work)),
            ("电话号码", check_phone_numbers),
            ("密码哈希", check_password_hashing),
            ("Excel 导出", lambda: check_excel(work)),
            ("PostgreSQL 驱动", check_postgres_driver),
        ]
        for name, check in checks:
            start = time.perf_counter()
            try:
                detail, ok = check(), True
            except CheckFailed as exc:
                detail, ok = str(exc), False
            except Exception as exc:  # a missing module or library in the bundle shows up here
                detail, ok = f"{type(exc).__name__}: {exc}", False
                if sys.stderr is not None:
                    traceback.print_exc(file=sys.stderr)
            result = CheckResult(name, ok, detail, time.perf_counter() - start)
            results.append(result)
            _say(out, result.line())
    failed = [r.name for r in results if not r.ok]
    _say(out, "全部通过。" if not failed else "未通过：" + "、".join(failed))
    return results


def _say(out: TextIO | None, text: str) -> None:
    if out is not None:
        print(text, file=out, flush=True)


# --- the checks: each returns what it saw, or raises CheckFailed ------------------------------------


def check_modules() -> str:
    """Every FrontDesk module imports: a library missing from the bundle shows up here, not when a
    receptionist first opens the tab that needs it (features and tabs are imported by name)."""
    import importlib
    import pkgutil

    import frontdesk

    names = sorted(m.name for m in pkgutil.walk_packages(frontdesk.__path__, "frontdesk."))
    broken = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            broken.append(f"{name}（{type(exc).__name__}: {exc}）")
    if len(names) < 50:
        raise CheckFailed(f"只找到 {len(names)} 个模块，程序不完整")
    if broken:
        raise CheckFailed("无法导入：" + "；".join(broken))
    return f"{len(names)} 个模块全部可以导入"


def check_database(db_url: str, work: Path) -> str:
    """A new database is made and migrated to the newest schema (the migrations are in the
    bundle and SQLite works); the configured database is only read."""
    from frontdesk.db import Database, SqliteFileProblem
    from frontdesk.schema import current_revision, head_revision, known_revisions, prepare_database

    head = head_revision()
    db = Database(f"sqlite:///{(work / 'check.db').as_posix()}")
    try:
        prepare_database(db, work / "backups")
        if current_revision(db) != head:
            raise CheckFailed(f"新建的临时数据库没有升级到 {head}")
    finally:
        db.dispose()
    done = f"新建临时数据库并升级到 {head}（{len(known_revisions())} 个迁移）"
    live = Database(db_url)
    try:
        try:
            current = current_revision(live)
        except SqliteFileProblem as exc:
            raise CheckFailed(f"{done}；当前数据库 {live.describe()} 已损坏：{exc}") from exc
        except Exception as exc:
            raise CheckFailed(f"{done}；无法读取当前数据库 {live.describe()}：{exc}") from exc
    finally:
        live.dispose()
    if current is None:
        state = "尚未创建（首次启动时创建）"
    elif current == head:
        state = f"版本 {current}，已是最新"
    elif current in known_revisions():
        state = f"版本 {current}，启动时会先备份再升级到 {head}"
    else:
        raise CheckFailed(f"{done}；当前数据库 {live.describe()} 由更新版本的 FrontDesk 创建（{current}），本程序不能打开")
    return f"{done}；当前数据库 {live.describe()}：{state}"


def check_font() -> str:
    from PySide6.QtGui import QFontDatabase, QRawFont

    from frontdesk.paths import FONT_FAMILY, FONT_FILE

    if not FONT_FILE.is_file():
        raise CheckFailed(f"缺少字体文件 {FONT_FILE}")
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if FONT_FAMILY not in families:
        raise CheckFailed(f"字体文件 {FONT_FILE.name} 无法载入（得到 {families}）")
    raw = QRawFont(str(FONT_FILE), 12)
    missing = [
        ch for ch in CHINESE_SAMPLE if not raw.supportsCharacter(ord(ch))
    ]  # by code point: the QChar overload misreads some
    if missing:
        raise CheckFailed(f"{FONT_FAMILY} 缺少汉字：{''.join(missing)}")
    from frontdesk.printing.fonts import ensure_fonts

    ensure_fonts()  # the same file, for the PDFs (reportlab)
    return f"{FONT_FAMILY}（{FONT_FILE.name}，{FONT_FILE.stat().st_size // 1024} KB）可用于界面和 PDF，含常用汉字"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from frontdesk.paths import TRANSLATIONS

    loaded = []
    for name in ("frontdesk_en.qm", "qtbase_extra_zh_CN.qm"):
        tr = QTranslator()
        if not tr.load(str(TRANSLATIONS / name)):
            raise CheckFailed(f"无法载入 {TRANSLATIONS / name}")
        loaded.append(name)
    if tr_text(TRANSLATIONS / "frontdesk_en.qm", "MainWindow", "关于 FrontDesk") == "关于 FrontDesk":
        raise CheckFailed("frontdesk_en.qm 里没有英文")
    features = sorted(TRANSLATIONS.glob("*/frontdesk_en.qm"))  # one per feature folder, where there are
    for qm in features:
        if not QTranslator().load(str(qm)):
            raise CheckFailed(f"无法载入 {qm}")
    if features:
        loaded.append(f"{len(features)} 个功能的 frontdesk_en.qm")
    qt = QTranslator()
    if not qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        raise CheckFailed("缺少 Qt 自带的中文（qtbase_zh_CN.qm）")
    loaded.append("qtbase_zh_CN.qm")
    return "、".join(loaded)


def tr_text(qm: Path, context: str, text: str) -> str:
    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    tr.load(str(qm))
    return tr.translate(context, text) or text


def check_time_zone() -> str:
    from zoneinfo import ZoneInfo

    from frontdesk.services.clock import LOCAL_TZ

    zone = ZoneInfo("Asia/Shanghai")
    offset = datetime(2026, 1, 1, 12, 0, tzinfo=zone).utcoffset()
    if offset != timedelta(hours=8):
        raise CheckFailed(f"Asia/Shanghai 的时差是 {offset}，应为 +08:00")
    import importlib

    try:
        tzdata = importlib.import_module("tzdata")
        source = f"随程序附带的 tzdata {getattr(tzdata, '__version__', '')}".rstrip()
    except ImportError:
        source = "系统时区数据库"
    return f"Asia/Shanghai = UTC+8（{source}）；程序时区 {LOCAL_TZ}"


def check_qt_plugins() -> str:
    from PySide6.QtGui import QGuiApplication, QImageReader
    from PySide6.QtPrintSupport import QPrinterInfo

    app = QGuiApplication.instance()
    platform = QGuiApplication.platformName() if app is not None else "?"
    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    for needed in ("png", "jpg"):
        if needed not in formats:
            raise CheckFailed(f"缺少图片格式 {needed}（有：{'、'.join(formats)}）")
    printers = QPrinterInfo.availablePrinterNames()
    return f"平台 {platform}；图片格式 {'、'.join(formats)}；打印支持已载入（本机打印机 {len(printers)} 台）"


def sample_pass_print(signer_payload: str, now: datetime) -> object:
    """A made-up pass, as the counter prints it (the real print takes it from the database)."""
    from frontdesk.services.release_passes.rows import PassDetail, PassItem, PassPrint

    start = now.replace(hour=8, minute=0, second=0, microsecond=0)
    detail = PassDetail(
        id=1,
        number="FX20261127001",
        room_id=1,
        room_code="3-2-1502",
        project="自检小区",
        owner_name="张伟",
        carrier_name="刘建国",
        carrier_phone="139****1111",
        carrier_id_masked="440306********2011",
        carrier_is_owner=False,
        items=(PassItem("双人床", 1, "已拆开"), PassItem("纸箱", 12, "衣物、书籍")),
        reason="搬家",
        reason_note="",
        plate="粤B12345",
        valid_from=start,
        valid_until=start + timedelta(hours=12),
        confirm_method="phone",
        confirm_by="张伟",
        confirm_at=now,
        confirm_note="业主本人接听",
        issued_by="自检",
        issued_by_id=None,
        issued_at=now,
        state="issued",
        used_by="",
        used_at=None,
        void_by="",
        void_at=None,
        void_reason="",
        reprint_count=0,
        version=1,
    )
    return PassPrint(detail=detail, payload=signer_payload, carrier_phone="13900001111", reprint_no=0, printed_at=now)


def check_release_pass_pdf(work: Path) -> str:
    """reportlab writes the pass (fonts, QR code); the Qt PDF module reads and draws it back."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from frontdesk.printing.release_pass_pdf import render_release_pass
    from frontdesk.services.clock import LOCAL_TZ
    from frontdesk.services.release_passes.signing import PassClaims, PassSigner

    now = datetime.now(LOCAL_TZ)
    signer = PassSigner(work / "pdf-check.key")
    start = now.replace(hour=8, minute=0, second=0, microsecond=0)
    payload = signer.payload(PassClaims("FX20261127001", "3-2-1502", start, start + timedelta(hours=12)))
    pdf = render_release_pass(sample_pass_print(payload, now), "自检物业服务中心")  # type: ignore[arg-type]
    if not pdf.startswith(b"%PDF"):
        raise CheckFailed("reportlab 没有生成 PDF")
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    deadline = time.monotonic() + 10
    while doc.status() == QPdfDocument.Status.Loading and time.monotonic() < deadline:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() != 1:
        raise CheckFailed(f"Qt PDF 模块无法读取生成的 PDF（状态 {doc.status()}，{doc.pageCount()} 页）")
    text = doc.getAllText(0).text()
    for expected in ("大件物品放行条", "FX20261127001", "刘建国"):
        if expected not in text:
            raise CheckFailed(f"PDF 中读不到“{expected}”（字体未嵌入？）")
    image = doc.render(0, QSize(420, 594))
    if image.isNull():
        raise CheckFailed("Qt PDF 模块无法绘制页面")
    dark = _dark_share(image)
    if dark < 0.01:
        raise CheckFailed(f"绘制出的页面几乎是空白（深色像素 {dark:.1%}）")
    doc.close()
    buffer.close()
    return f"生成 {len(pdf) // 1024} KB 的 PDF（含签名二维码），Qt PDF 读出 1 页并绘制（深色像素 {dark:.0%}），文字可检索"


def _dark_share(image: object) -> float:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    page = QImage(image.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)  # the rendered page is transparent where nothing is printed
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    small = page.convertToFormat(QImage.Format.Format_Grayscale8).scaled(105, 148)
    dark = sum(1 for y in range(small.height()) for x in range(small.width()) if small.pixelColor(x, y).lightness() < 128)
    return dark / max(small.width() * small.height(), 1)


def check_signing_key(work: Path) -> str:
    """A new key is made, a pass signed, the payload read back and checked by a second signer
    reading the key file (as the gate PC does); an altered pass and another key are refused."""
    from frontdesk.services.clock import LOCAL_TZ
    from frontdesk.services.release_passes.signing import PassClaims, PassSigner, parse_payload

    key = work / "keys" / "pass-signing.key"
    counter = PassSigner(key)
    start = datetime.now(LOCAL_TZ).replace(second=0, microsecond=0)
    claims = PassClaims("FX20261127001", "3-2-1502", start, start + timedelta(hours=12))
    payload = counter.payload(claims)
    if not key.is_file():
        raise CheckFailed(f"签名密钥文件没有创建：{key}")
    parsed = parse_payload(payload)
    if parsed is None or parsed.claims != claims:
        raise CheckFailed(f"读不回签名内容：{payload}")
    gate = PassSigner(key)
    if not gate.verify(parsed):
        raise CheckFailed("用同一密钥文件核验签名失败")
    altered = parse_payload(payload.replace(":3-2-1502:", ":3-2-1501:"))
    if altered is None or gate.verify(altered):
        raise CheckFailed("篡改过的放行条没有被识别")
    other = PassSigner(work / "keys" / "other.key")
    if other.verify(parsed):
        raise CheckFailed("另一把密钥也能核验，签名无效")
    return f"新建密钥、签名、读回并核验通过；篡改的内容和其他密钥均被拒绝（密钥编号 {counter.key_id()}）"


def check_phone_numbers() -> str:
    """phonenumbers reads its tables for China by name at run time: a mobile and a landline."""
    from frontdesk.services.validation import FieldError, clean_phone

    for number in ("13812345678", "02088881234"):
        if clean_phone(number) != number:
            raise CheckFailed(f"有效号码 {number} 没有通过校验")
    try:
        clean_phone("13812345")
    except FieldError:
        return "手机和座机号码校验正常（phonenumbers 的中国号码表已载入）"
    raise CheckFailed("无效号码 13812345 也通过了校验")


def check_password_hashing() -> str:
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    digest = hasher.hash("自检-demo1234")
    if not hasher.verify(digest, "自检-demo1234"):
        raise CheckFailed("Argon2 哈希核验失败")
    try:
        hasher.verify(digest, "wrong")
    except Exception:
        return "Argon2id 哈希与核验正常"
    raise CheckFailed("错误的密码也通过了核验")


def check_excel(work: Path) -> str:
    from openpyxl import Workbook, load_workbook

    path = work / "check.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["房号", "金额"])
    ws.append(["3-2-1502", 12.5])
    wb.save(path)
    back = load_workbook(path).active
    assert back is not None
    if back["A2"].value != "3-2-1502":
        raise CheckFailed("写入的 xlsx 读不回来")
    return f"写入并读回 xlsx（{path.stat().st_size // 1024} KB）"


def check_postgres_driver() -> str:
    try:
        import psycopg
    except ImportError:
        return "未包含（只能使用本机 SQLite 数据库）"
    try:
        from psycopg import pq

        lib = f"，libpq {pq.version() // 10000}.{pq.version() % 100}（{pq.__impl__}）"
    except Exception as exc:  # the driver is there but its C library is not
        raise CheckFailed(f"psycopg {psycopg.__version__} 找不到 libpq：{exc}") from exc
    return f"psycopg {psycopg.__version__}{lib}，可连接共用的 PostgreSQL 数据库"
