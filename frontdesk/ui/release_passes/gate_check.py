"""门岗核验: the guard scans the QR code on the 门岗联 (a USB scanner types it and presses Enter)
or types the serial; the screen says in large letters whether the goods may go out and why not.

Enter with a scan checks it; Enter again on the empty box (or 确认放行) lets the goods through,
once the guard has compared the goods with the list. Ticking 核验通过后直接放行 skips that step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action
from frontdesk.services.release_passes import PASS, GateCheck
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import save_keys
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.record_list import fit_columns, record_table
from frontdesk.ui.common.tab_parts import side_by_side
from frontdesk.ui.release_passes.model import ReleasePassModel
from frontdesk.ui.release_passes.widgets import pass_card_html

OK_STYLE = "background:#2e7d32; color:white; border-radius:6px; padding:14px;"
NO_STYLE = "background:#c62828; color:white; border-radius:6px; padding:14px;"
IDLE_STYLE = "background:#eceff1; color:#455a64; border-radius:6px; padding:14px;"


class GateCheckTab(QWidget):
    record_kinds: tuple[str, ...] = ()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("门岗核验"))
        self.last: GateCheck | None = None

        self.scan = QLineEdit()
        self.scan.setObjectName("gate_scan")
        self.scan.setPlaceholderText(self.tr("扫描放行条上的二维码，或输入放行条编号后按回车"))
        self.scan.setStyleSheet("font-size:20px; padding:8px;")
        # a scanner "types" ASCII: an active Chinese input method would swallow its letters
        self.scan.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.scan.returnPressed.connect(self.on_scan_returnPressed)
        self.check_button = QPushButton(self.tr("核验"))
        self.check_button.setObjectName("gate_check")
        self.check_button.setStyleSheet("font-size:16px; padding:8px 20px;")
        self.check_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_button.clicked.connect(self.on_scan_returnPressed)
        self.auto_release = QCheckBox(self.tr("核验通过后直接放行"))
        self.auto_release.setObjectName("gate_auto_release")
        self.auto_release.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.addWidget(self.scan, 1)
        top.addWidget(self.check_button)
        top.addWidget(self.auto_release)

        self.verdict = QLabel()
        self.verdict.setObjectName("gate_verdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("gate_reason")
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("font-size:20px; padding:4px;")
        self.note = QLabel()
        self.note.setObjectName("gate_note")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-size:15px; color:#b26a00;")

        self.card = QTextBrowser()
        self.card.setObjectName("gate_card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.release_button = QPushButton(self.tr("确认放行（回车 / Ctrl+Enter）"))
        self.release_button.setObjectName("gate_release")
        self.release_button.setStyleSheet(
            "QPushButton{font-size:20px; padding:10px 30px; background:#2e7d32; color:white;"
            " border-radius:4px;}"
            "QPushButton:disabled{background:#c8cfd4; color:#eee;}"
        )
        self.release_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.release_button.clicked.connect(self.on_release_clicked)
        # Ctrl+Enter lets the goods through wherever the focus is, but only while the button is
        # enabled (a valid pass checked); Enter does so from the empty scan box
        save_keys(self.release_button)
        self.release_button.setToolTip(self.tr("扫描框为空时按回车，或在任何位置按 Ctrl+Enter"))
        rel = QHBoxLayout()
        rel.addStretch(1)
        rel.addWidget(self.release_button)
        rel.addStretch(1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.verdict)
        ll.addWidget(self.reason)
        ll.addWidget(self.note)
        ll.addWidget(self.card, 1)
        ll.addLayout(rel)

        log_box = QGroupBox(self.tr("今日已放行"))
        self.log_model = ReleasePassModel(self)
        self.log = record_table(self.log_model, "gate_log", single=False)
        self.log.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for col in (4, 6):
            self.log.hideColumn(col)
        fit_columns(self.log, 3)
        gl = QVBoxLayout(log_box)
        gl.addWidget(self.log)

        split = side_by_side(left, log_box, (3, 2))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self.setFocusProxy(self.scan)
        ctx.bus.watch({PASS}, self.on_passes_changed)
        self.show_idle()
        self.reload_log()

    # --- showing -----------------------------------------------------------

    def show_idle(self) -> None:
        self.last = None
        self._verdict(self.tr("请扫描放行条二维码"), IDLE_STYLE)
        self.reason.clear()
        self.note.clear()
        self.card.clear()
        self.release_button.setEnabled(False)

    def _verdict(self, text: str, style: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"font-size:34px; font-weight:bold; {style}")

    def reason_text(self, res: GateCheck) -> str:
        d = res.detail
        if res.outcome == "valid":
            return self.tr("请核对物品与清单一致后放行")
        if res.outcome == "released" and d is not None and d.used_at:
            return self.tr("{0} 于 {1:%H:%M} 放行").format(d.used_by, to_local(d.used_at))
        if res.outcome == "used" and d is not None and d.used_at:
            return self.tr("已经使用过：{0} 于 {1:%Y-%m-%d %H:%M} 放行").format(d.used_by, to_local(d.used_at))
        if res.outcome == "void" and d is not None and d.void_at:
            return self.tr("已作废：{0}（{1}，{2:%Y-%m-%d %H:%M}）").format(d.void_reason, d.void_by, to_local(d.void_at))
        if res.outcome == "expired" and d is not None:
            return self.tr("已过期：有效时间至 {0:%Y-%m-%d %H:%M}").format(to_local(d.valid_until))
        if res.outcome == "not_yet" and d is not None:
            return self.tr("未到有效时间：{0:%Y-%m-%d %H:%M} 起有效").format(to_local(d.valid_from))
        return {
            "altered": self.tr("二维码内容与开具时不符：放行条可能被涂改或伪造"),
            "foreign_key": self.tr("签名无法验证：不是本中心开具的放行条（或本机签名密钥与开具电脑不一致）"),
            "unknown": self.tr("查无此放行条：编号 {0} 不存在").format(res.serial) if res.serial else self.tr("查无此放行条"),
            "unreadable": self.tr("无法识别：请重新扫描，或输入放行条上的编号（FX 开头）"),
        }.get(res.outcome, res.outcome)

    def verdict_text(self, res: GateCheck) -> str:
        if res.outcome == "valid":
            return self.tr("✔ 核验通过，可以放行")
        if res.outcome == "released":
            return self.tr("✔ 已放行")
        names = {
            "used": self.tr("已使用"),
            "void": self.tr("已作废"),
            "expired": self.tr("已过期"),
            "not_yet": self.tr("未到时间"),
            "altered": self.tr("内容被改动"),
            "foreign_key": self.tr("无法验证"),
            "unknown": self.tr("查无此单"),
            "unreadable": self.tr("无法识别"),
        }
        return self.tr("✘ 不能放行：{0}").format(names.get(res.outcome, res.outcome))

    def show_result(self, res: GateCheck) -> None:
        self.last = res
        ok = res.outcome in ("valid", "released")
        self._verdict(self.verdict_text(res), OK_STYLE if ok else NO_STYLE)
        self.reason.setText(self.reason_text(res))
        notes = []
        if res.method == "manual" and res.detail is not None:
            notes.append(self.tr("手工输入编号：请核对纸质放行条上的编号、房号和物品与下方一致"))
        if res.detail is not None and res.detail.reprint_count:
            notes.append(self.tr("此单补打过 {0} 次（副本与原件同号，只能放行一次）").format(res.detail.reprint_count))
        self.note.setText("\n".join(notes))
        self.card.setHtml(pass_card_html(res.detail, large=True) if res.detail is not None else "")
        self.release_button.setEnabled(res.outcome == "valid")
        if not ok:
            QApplication.beep()

    # --- acting -----------------------------------------------------------

    def on_scan_returnPressed(self) -> None:
        text = self.scan.text().strip()
        if not text:
            if self.last is not None and self.last.outcome == "valid":
                self.on_release_clicked()
            return
        self.scan.clear()
        try:
            res = self.ctx.services.release_passes.check(self.ctx.user, text)
        except ServiceError as exc:
            self._verdict(self.tr("✘ 无法核验"), NO_STYLE)
            self.reason.setText(error_message(exc))
            self.release_button.setEnabled(False)
            return
        self.show_result(res)
        if res.outcome == "valid" and self.auto_release.isChecked():
            self.on_release_clicked()
        self.scan.setFocus()

    def on_release_clicked(self) -> None:
        if self.last is None or self.last.detail is None or self.last.outcome != "valid":
            return
        rp = self.ctx.services.release_passes
        try:  # a refusal is shown on the verdict, not in a box; the change set is published
            res, changes = call_op(rp.release, self.ctx.user, self.last.detail.id, method=self.last.method)
        except ServiceError as exc:
            self.reason.setText(error_message(exc))
            return
        self.show_result(res)
        publish(self.ctx, changes)
        self.scan.setFocus()

    def reload_log(self) -> None:
        if self.ctx.user.can(Action.PASS_VERIFY):
            self.log_model.set_rows(self.ctx.services.release_passes.gate_log(self.ctx.user))

    def on_passes_changed(self, _changes: object) -> None:
        self.reload_log()

    def status_label(self, code: str, count: int) -> str | None:
        if code == "pass.issued_today":
            return self.tr("今日开具放行条 {0} 张").format(count)
        return None

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.scan.setFocus()
