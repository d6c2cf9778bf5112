"""The call log's smaller widgets: the conflict panel, the caller panel, the follow-up dialog."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTime,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QTextBrowser,
    QWidget,
)

from frontdesk.services.call_log import (
    CallerLookup,
    CallInput,
    CallRow,
)
from frontdesk.services.clock import LOCAL_TZ, to_local
from frontdesk.services.core.records import Concern
from frontdesk.services.errors import ServiceError
from frontdesk.ui.call_log.model import (
    channel_name,
    kind_name,
    outcome_name,
    outcome_text,
)
from frontdesk.ui.common.conflict import Answer, ConflictPanel, FieldDiff, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import dialog_buttons, stack
from frontdesk.ui.common.form_parts import button, label, text_box
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.labels import kind_name as occupant_kind_name
from frontdesk.ui.common.labels import status_name as room_status_name
from frontdesk.ui.common.messages import echo, error_message, field_message

if TYPE_CHECKING:
    from frontdesk.ui.call_log.form import CallEntryForm


OK_STYLE = "color: #166534;"
INFO_STYLE = "color: #555;"
LOOKUP_DELAY_MS = 250
FILTER_DELAY_MS = 250
AUTO_TIME_REFRESH_MS = 15_000


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _qdatetime(at: datetime) -> QDateTime:
    local = to_local(at)
    return QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))


def _local(q: QDateTime) -> datetime:
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)


class _GridErrors(FieldErrors):
    """Error labels in the form's narrow grid columns: a wrapped message gets the height it needs
    (QGridLayout does not ask a label nested in a box for its height at the column's width)."""

    def set(self, name: str, text: str) -> None:
        super().set(name, text)
        error_label = self._labels.get(name)
        parent = error_label.parentWidget() if error_label is not None else None
        if error_label is not None and parent is not None:
            width = parent.width()
            if width > 0:
                error_label.ensurePolished()  # the error style sets the font size
                rect = error_label.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text)
                error_label.setMinimumHeight(rect.height() + 4)

    def clear(self) -> None:
        super().clear()
        for error_label in self._labels.values():
            error_label.setMinimumHeight(0)


@dataclass(frozen=True)
class _Draft:
    """What the form held when Esc cleared it."""

    values: dict[str, Any]


class TypedPhones:
    """The numbers the receptionist typed into entries saved from the form, so that what she typed
    is not masked back at her (the entry opened again, or turned into an order): entry id → (the
    number as the service shows it, as she typed it). In memory only, for this window and user;
    a number changed since (the service shows another) is no longer hers: shown as stored."""

    KEPT = 50

    def __init__(self) -> None:
        self._kept: dict[int, tuple[str, str]] = {}

    def remember(self, row: CallRow, data: CallInput) -> None:
        """After a save: what was typed for ``row`` (a number F4 filled in is the registry's)."""
        typed = data.phone.strip()
        self._kept.pop(row.id, None)
        if row.phone_masked and typed and typed != row.phone and data.phone_from is None:
            self._kept[row.id] = (row.phone, typed)
            while len(self._kept) > self.KEPT:
                del self._kept[next(iter(self._kept))]

    def get(self, entry_id: int, shown: str) -> str | None:
        """The number typed for entry ``entry_id`` while the service still shows it as ``shown``."""
        kept = self._kept.get(entry_id)
        return kept[1] if kept is not None and kept[0] == shown else None


# --- the entry form -----------------------------------------------------------------------------


# --- the caller lookup --------------------------------------------------------------------------


class CallerPanel(QFrame):
    """Who the typed room or phone belongs to, their recent contacts and open follow-ups."""

    #: a recent entry was clicked (entry id)
    entry_activated = Signal(int)
    fill_requested = Signal()
    #: a record that concerns the room was clicked (its index in ``concerns``): link the call to it
    concern_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_caller_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = label("", "font-weight: bold;", text=self.tr("来电人信息"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("call_caller_info")
        self.browser.setOpenLinks(False)
        self.browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.browser.anchorClicked.connect(self.on_browser_anchorClicked)
        self.fill_button = button(self.tr("填入来电人（F4）"), "call_fill", self.fill_requested.emit)
        self.fill_button.setToolTip(self.tr("用查到的业主或住户填写房号、来电人和电话（电话按权限显示）"))
        self.fill_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fill_button.setEnabled(False)
        stack(self, title, (self.browser, 1), self.fill_button, margins=(6, 6, 6, 6))
        self.lookup: CallerLookup | None = None
        #: the records that concern the looked-up room now (notices in force…), and the linked one
        self.concerns: list[Concern] = []
        self.linked: tuple[str, int] | None = None
        self._shown = ("", "")
        self.show_lookup(None, "", "")

    def text(self) -> str:
        return self.browser.toPlainText()

    def on_browser_anchorClicked(self, url: QUrl) -> None:
        scheme, _, value = url.toString().partition(":")
        if scheme == "concern":
            self.concern_activated.emit(int(value))
        elif scheme == "call":
            self.entry_activated.emit(int(value))

    def _concerns_html(self) -> str:
        """The records that concern the room (services.core.records.Concern), the linked one
        marked; F6 links the call to them in turn."""
        esc = html.escape
        items = []
        for i, c in enumerate(self.concerns):
            linked = self.linked == (c.kind, c.id)
            mark = "<b style='color:#166534'>✔ " + esc(self.tr("已关联")) + "</b> " if linked else ""
            items.append(
                f"<li>{mark}<a href='concern:{i}'>{esc(c.number)}</a> <b>{esc(c.title)}</b>"
                f"<br><span style='color:#555'>{esc(c.note)}</span></li>"
            )
        hint = self.tr("按 F6 把本次来电关联到通知（再按切换或取消）")
        return (
            "<div style='background:#fff7e6'><p style='margin-bottom:0'><b style='color:#8a4b00'>"
            + esc(self.tr("该房间的生效通知"))
            + "</b></p><ul style='margin-top:2px; margin-bottom:2px'>"
            + "".join(items)
            + f"</ul><p style='color:#777; margin-top:0'>{esc(hint)}</p></div>"
        )

    def show_concerns(self, concerns: list[Concern], linked: tuple[str, int] | None) -> None:
        """The records that concern the room, shown above what the lookup found."""
        changed = (concerns, linked) != (self.concerns, self.linked)
        self.concerns, self.linked = concerns, linked
        if changed:
            self._render()

    def show_lookup(self, lookup: CallerLookup | None, room: str, phone: str) -> None:
        """Show what the service found for ``room`` and ``phone`` (as typed; a masked number from
        an entry being edited stays masked)."""
        self.lookup = lookup
        self._shown = (room, phone)
        if lookup is None or lookup.room is None:
            self.concerns = []
        self._render()

    def _render(self) -> None:
        lookup = self.lookup
        room, phone = self._shown
        esc = html.escape
        if lookup is None or (not room.strip() and not phone.strip()):
            self.browser.setHtml(
                "<p style='color:#777'>" + esc(self.tr("输入房号或电话后，这里显示业户、近期来电来访和未完成的跟进。")) + "</p>"
            )
            self.fill_button.setEnabled(False)
            return
        parts: list[str] = [self._concerns_html()] if self.concerns else []
        if lookup.room_error == "room_unknown":
            parts.append(f"<p style='color:#b42318'>{esc(field_message('room_unknown', {'room': room.strip()}))}</p>")
        elif lookup.room_error == "room_ambiguous":
            names = self.tr("、").join(f"{esc(r.project)} {esc(r.code)}" for r in lookup.room_candidates)
            parts.append(
                "<p style='color:#8a4b00'>"
                + esc(self.tr("“{0}”对应多个房间：").format(echo(room)))
                + names
                + "<br>"
                + esc(self.tr("请在房号左边选择项目。"))
                + "</p>"
            )
        if lookup.room is not None:
            r = lookup.room
            parts.append(
                f"<p><b style='font-size:13px'>{esc(r.project)} {esc(r.code)}</b>"
                f"&nbsp;&nbsp;<span style='color:#555'>{esc(room_status_name(r.status))}</span></p>"
            )
            if lookup.occupants:
                rows = "".join(
                    f"<tr><td style='color:#555'>{esc(occupant_kind_name(o.kind))}</td>"
                    f"<td>&nbsp;{esc(o.name)}</td><td>&nbsp;{esc(o.phone)}</td></tr>"
                    for o in lookup.occupants
                )
                parts.append(f"<table>{rows}</table>")
            else:
                parts.append("<p style='color:#777'>" + esc(self.tr("业户档案中没有登记住户。")) + "</p>")
        if phone.strip():
            if lookup.phone_error:
                parts.append(f"<p style='color:#b42318'>{esc(field_message(lookup.phone_error))}</p>")
            elif lookup.phone_owners:
                who = self.tr("；").join(
                    f"{esc(o.room.project)} {esc(o.room.code)} {esc(o.name)}"
                    + esc(self.tr("（{0}）").format(occupant_kind_name(o.kind)))
                    for o in lookup.phone_owners
                )
                parts.append("<p>" + esc(self.tr("电话 {0} 登记为：").format(phone.strip())) + who + "</p>")
            else:
                parts.append(
                    "<p style='color:#777'>" + esc(self.tr("电话 {0} 未登记在业户档案中。").format(phone.strip())) + "</p>"
                )
        if lookup.open_follow_ups:
            items = []
            for f in lookup.open_follow_ups:
                color = {"overdue": "#b42318", "due_today": "#b45309"}.get(f.follow_up, "#333")
                state = {"overdue": self.tr("已逾期"), "due_today": self.tr("今日到期")}.get(f.follow_up, "")
                due = f.due_date.strftime("%m-%d") if f.due_date else ""
                items.append(
                    f"<li><a href='call:{f.id}' style='color:{color}'>{esc(due)} {esc(state)}</a> "
                    f"{esc(_short(f.content, 40))}</li>"
                )
            parts.append(
                "<p style='margin-bottom:0'><b>"
                + esc(self.tr("未完成的跟进"))
                + "</b></p><ul style='margin-top:2px'>"
                + "".join(items)
                + "</ul>"
            )
        if lookup.recent:
            items = [
                f"<li><a href='call:{r.id}'>{esc(to_local(r.at).strftime('%m-%d %H:%M'))}</a> "
                f"{esc(channel_name(r.channel))}·{esc(kind_name(r.kind))} {esc(_short(r.content, 40))} "
                f"<span style='color:#777'>— {esc(outcome_text(r))}</span></li>"
                for r in lookup.recent
            ]
            parts.append(
                "<p style='margin-bottom:0'><b>"
                + esc(self.tr("近期来电来访"))
                + "</b></p><ul style='margin-top:2px'>"
                + "".join(items)
                + "</ul>"
            )
        elif lookup.room is not None or lookup.phone_owners or (phone.strip() and not lookup.phone_error):
            parts.append("<p style='color:#777'>" + esc(self.tr("没有来电来访记录。")) + "</p>")
        self.browser.setHtml("".join(parts))
        self.fill_button.setEnabled(len({o.room.id for o in lookup.phone_owners}) == 1 or bool(lookup.room and lookup.occupants))


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --- dialogs ------------------------------------------------------------------------------------


class FollowUpDialog(QDialog):
    """Record that a follow-up was done."""

    def __init__(self, entry: CallRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("完成跟进"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        info = label(
            "",
            wrap=True,
            text=self.tr("#{0} {1} {2}\n{3}").format(
                entry.id, to_local(entry.at).strftime("%m-%d %H:%M"), entry.room_code or entry.person, entry.content
            ),
        )
        self.note = text_box("followup_note", self.tr("跟进结果，如：已电话告知业主，师傅明早上门（回车完成）"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.note.installEventFilter(self)
        form = QFormLayout()
        form.addRow(info)
        self.errors.add_row(form, self.tr("跟进情况"), "note", self.note)
        self.buttons, _ok = dialog_buttons(self, self.tr("完成跟进"), self.tr("取消"), self.accept)
        stack(self, form, self.buttons)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.note and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.note.insertPlainText("\n")
                else:
                    self.accept()
                return True
        return super().eventFilter(obj, event)


def _t(text: str) -> str:
    return QCoreApplication.translate("CallEntryForm", text)


class ConflictHandling:
    """The entry form's side of a conflict: someone else saved the entry meanwhile; the form shows
    their version beside what was typed (:class:`ConflictPanel`) and saves nothing until asked."""

    ctx: UiContext
    _svc: Any
    editing: CallRow | None
    conflict_latest: CallRow | None
    conflict: ConflictPanel
    conflict_answer: Answer | None
    _draft: _Draft | None

    # --- conflicts -------------------------------------------------------------------------------

    if TYPE_CHECKING:  # provided by the widget this is mixed into

        def set_banner(self, text: str, style: str, *, restorable: bool = False) -> None: ...
        def data(self) -> CallInput: ...
        def save(self) -> CallRow | None: ...
        def load(self, row: CallRow) -> None: ...
        def _raw_values(self) -> dict[str, Any]: ...

    def show_conflict(self) -> None:
        """Someone else saved this entry meanwhile: their version beside ours, inline above the
        form (ui.common.conflict.ConflictPanel); nothing is saved until the user answers."""
        assert self.editing is not None
        try:
            latest = self._svc.get(self.ctx.user, self.editing.id)
        except ServiceError as exc:
            self.set_banner(error_message(exc), ERROR_STYLE)
            return
        self.conflict_latest = latest
        message = _t("这条记录在您修改期间已被 {0} 于 {1} 保存。两份内容都在这里，您的修改仍在表单中，尚未保存。").format(
            latest.updated_by or _t("他人"), to_local(latest.updated_at).strftime("%H:%M")
        )
        self.set_banner(_t("未保存：此记录已被他人修改，请在上方选择如何处理。"), ERROR_STYLE)
        self.conflict.ask(
            message,
            self._diffs(latest, self.data()),
            self.on_conflict_take_theirs,
            self.on_conflict_keep_mine,
            answer=self.conflict_answer,
        )

    def _diffs(self, latest: CallRow, mine: CallInput) -> list[FieldDiff]:
        theirs = {
            "channel": channel_name(latest.channel), "kind": kind_name(latest.kind), "room": latest.room_code,
            "phone": latest.phone, "person": latest.person, "content": latest.content,
            "handling": latest.handling,
            "outcome": outcome_text(latest), "due": latest.due_date.isoformat() if latest.due_date else "",
            "handled_by": latest.handled_by,
        }  # fmt: skip
        ours = {
            "channel": channel_name(mine.channel), "kind": kind_name(mine.kind), "room": mine.room.strip(),
            "phone": mine.phone.strip(), "person": mine.person.strip(), "content": mine.content.strip(),
            "handling": mine.handling.strip(),
            "outcome": outcome_name(mine.outcome) if mine.outcome != latest.outcome else outcome_text(latest),
            "due": mine.due_date.isoformat() if mine.due_date else "",
            "handled_by": cast("CallEntryForm", self).handled_by.currentText(),
        }  # fmt: skip
        labels = [
            ("channel", _t("渠道")), ("kind", _t("类别")), ("room", _t("房号")), ("phone", _t("电话")),
            ("person", _t("来电人")), ("content", _t("内容")), ("handling", _t("处理情况")),
            ("outcome", _t("结果")), ("due", _t("跟进期限")), ("handled_by", _t("经办人")),
        ]  # fmt: skip
        return field_diffs(labels, ours, theirs)

    def on_conflict_keep_mine(self) -> None:
        """Save what is in the form over the newer version (that one stays in the audit trail)."""
        if self.conflict_latest is None:
            return
        self.editing = self.conflict_latest
        self.conflict_latest = None
        self.conflict.dismiss()
        self.save()

    def on_conflict_take_theirs(self) -> None:
        if self.conflict_latest is None:
            return
        self._draft = _Draft(self._raw_values())
        latest = self.conflict_latest
        self.load(latest)
        self.set_banner(_t("已载入最新内容；您刚才的修改可以恢复。"), INFO_STYLE, restorable=True)
