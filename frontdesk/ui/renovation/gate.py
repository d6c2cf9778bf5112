"""出入证核验: the guard scans the QR on a worker's 施工人员出入证 (a USB scanner types the card
number and presses Enter) or types the number; the screen says in large letters whether the
worker may come in: valid, expired, renovation suspended, or not a card of ours."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from frontdesk.services.errors import ServiceError
from frontdesk.services.renovation import CardCheck
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.messages import error_message

OK_STYLE = "background:#2e7d32; color:white; border-radius:6px; padding:14px;"
NO_STYLE = "background:#c62828; color:white; border-radius:6px; padding:14px;"
IDLE_STYLE = "background:#eceff1; color:#455a64; border-radius:6px; padding:14px;"


class WorkerCardCheckTab(QWidget):
    record_kinds: tuple[str, ...] = ()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("出入证核验"))
        self.last: CardCheck | None = None
        self.scan = QLineEdit()
        self.scan.setObjectName("card_scan")
        self.scan.setPlaceholderText(self.tr("扫描施工人员出入证上的二维码，或输入出入证编号后按回车"))
        self.scan.setStyleSheet("font-size:20px; padding:8px;")
        # a scanner "types" ASCII: an active Chinese input method would swallow its letters
        self.scan.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.scan.returnPressed.connect(self.on_scan_returnPressed)
        self.check_button = QPushButton(self.tr("核验"))
        self.check_button.setObjectName("card_check")
        self.check_button.setStyleSheet("font-size:16px; padding:8px 20px;")
        self.check_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_button.clicked.connect(self.on_scan_returnPressed)
        top = QHBoxLayout()
        top.addWidget(self.scan, 1)
        top.addWidget(self.check_button)
        self.verdict = QLabel()
        self.verdict.setObjectName("card_verdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("card_reason")
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("font-size:20px; padding:4px;")
        self.card = QTextBrowser()
        self.card.setObjectName("card_detail")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.verdict)
        lay.addWidget(self.reason)
        lay.addWidget(self.card, 1)
        self.setFocusProxy(self.scan)
        self.show_idle()

    def show_idle(self) -> None:
        self.last = None
        self._verdict(self.tr("请扫描施工人员出入证二维码"), IDLE_STYLE)
        self.reason.clear()
        self.card.clear()

    def _verdict(self, text: str, style: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"font-size:34px; font-weight:bold; {style}")

    def on_scan_returnPressed(self) -> None:  # noqa: N802 - Qt's signal name
        text = self.scan.text().strip()
        if not text:
            return
        try:
            res = self.ctx.services.renovation.check_card(self.ctx.user, text)
        except ServiceError as exc:
            self._verdict(self.tr("无法核验"), NO_STYLE)
            self.reason.setText(error_message(exc))
            return
        self.scan.clear()
        self.show_result(res)

    def verdict_text(self, res: CardCheck) -> str:
        if res.outcome == "valid":
            return self.tr("✔ 出入证有效，准予进入")
        names = {
            "expired": self.tr("出入证已过期"),
            "suspended": self.tr("装修已暂停"),
            "ended": self.tr("装修已结束"),
            "not_approved": self.tr("装修未审核通过"),
            "not_yet": self.tr("未到施工日期"),
            "unknown": self.tr("查无此证"),
        }
        return self.tr("✘ 不准进入：{0}").format(names.get(res.outcome, res.outcome))

    def reason_text(self, res: CardCheck) -> str:
        c = res.card
        if res.outcome == "unknown":
            return self.tr("出入证编号 {0} 不存在，请核对证件或联系客服中心").format(res.text)
        if c is None:
            return ""
        if res.outcome == "valid":
            return self.tr("请核对本人与证件一致；有效期至 {0}").format(c.valid_until.isoformat())
        if res.outcome == "expired":
            return self.tr("有效期至 {0}，已过期，请到客服中心办理").format(c.valid_until.isoformat())
        if res.outcome == "not_yet":
            return self.tr("施工期 {0} 起").format(c.valid_from.isoformat())
        if res.outcome == "suspended":
            return self.tr("暂停原因：{0}").format(res.reason)
        return self.tr("装修登记 {0} 已不在施工期内").format(res.number)

    def show_result(self, res: CardCheck) -> None:
        self.last = res
        ok = res.outcome == "valid"
        self._verdict(self.verdict_text(res), OK_STYLE if ok else NO_STYLE)
        self.reason.setText(self.reason_text(res))
        c = res.card
        if c is None:
            self.card.clear()
        else:
            rows = [
                (self.tr("出入证编号"), c.card_no),
                (self.tr("姓名"), c.name),
                (self.tr("身份证"), c.id_number),
                (self.tr("施工单位"), c.company),
                (self.tr("施工房号"), c.room_code),
                (self.tr("有效期"), f"{c.valid_from} — {c.valid_until}"),
            ]
            cells = "".join(
                f"<tr><td style='color:#555; padding-right:12px'>{html.escape(k)}</td><td><b>{html.escape(v)}</b></td></tr>"
                for k, v in rows
            )
            self.card.setHtml(f"<table style='font-size:16pt'>{cells}</table>")
        if not ok:
            QApplication.beep()
