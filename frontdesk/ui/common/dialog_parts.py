"""The parts every small dialog is made of (login, first start, staff, password, settings,
acknowledging an alert, the occupant and work-order dialogs, the handover ones): a password
field and the check of a new password typed twice, the error banner, the OK/Cancel row, the
rows and columns they stack in, and running the service call with its errors shown beside the
fields or in the banner (a conflict: theirs beside mine) and its change set published.
The fields themselves are made by ui.common.form_parts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.headers import keep_headers_in
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.screen_fit import fit_to_screen

if TYPE_CHECKING:  # the login window must not wait for the database layer to import
    from frontdesk.ui.common.context import UiContext

R = TypeVar("R")


class ContextDialog(QDialog):
    """A dialog over the app's UiContext (``self.ctx``), opened with its title and, when given,
    its starting size (within the screen: screen_fit): the lines every such dialog (staff, audit log, statistics, search, import,
    handover settings) began with."""

    def __init__(self, ctx: UiContext, parent: QWidget | None, title: str, size: tuple[int, int] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        if size is not None:
            fit_to_screen(self, *size)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        keep_headers_in(self)  # no column header cut, in English too
        super().showEvent(event)


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def passwords_differ(errors: FieldErrors, password: QLineEdit, again: QLineEdit, *, focus: bool = False) -> bool:
    """A new password typed twice: True (and said beside the second field, focused when
    ``focus``) when the two differ, before any service is asked."""
    if password.text() == again.text():
        return False
    errors.set(again.objectName(), field_message("passwords_differ"))
    if focus:
        again.setFocus()
    return True


def error_banner(name: str = "", *, wrap: bool = True) -> QLabel:
    banner = QLabel()
    if name:
        banner.setObjectName(name)
    banner.setStyleSheet(ERROR_STYLE)
    banner.setWordWrap(wrap)
    return banner


def dialog_buttons(
    dialog: QDialog, ok_text: str | None, cancel_text: str | None, on_ok: Callable[[], None], *, save: bool = False
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (or Save) and Cancel, worded (``None``: Qt's own word); Cancel rejects the dialog.
    Returns the box and its OK button."""
    ok = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    box = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = box.button(ok)
    if ok_text is not None:
        ok_button.setText(ok_text)
    if cancel_text is not None:
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    box.accepted.connect(on_ok)
    box.rejected.connect(dialog.reject)
    save_keys(ok_button)
    return box, ok_button


# the keys that save a dialog from any of its fields: Ctrl with Return (main keys) or Enter (keypad)
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def save_keys(button: QAbstractButton) -> None:
    """Ctrl+Enter clicks ``button`` (a dialog's save or OK) from anywhere in its window, even
    from a multi-line field where Enter makes a new line. The shortcuts belong to the button, so
    they act only while it is shown and enabled. Every dialog made with :func:`dialog_buttons`
    has them; a dialog with its own confirm button calls this once."""
    for key in SAVE_KEYS:
        QShortcut(QKeySequence(key), button, button.click)
    if not button.toolTip():
        button.setToolTip("Ctrl+Enter")


#: a part of a row or column: a widget, a layout, ``None`` for a stretch, or (widget, stretch)
Part = QWidget | QLayout | None | tuple[QWidget, int]


def _fill(lay: QBoxLayout, parts: tuple[Part, ...]) -> None:
    for part in parts:
        if part is None:
            lay.addStretch(1)
        elif isinstance(part, tuple):
            lay.addWidget(part[0], part[1])
        elif isinstance(part, QLayout):
            lay.addLayout(part)
        else:
            lay.addWidget(part)


def stack(parent: QWidget, *parts: Part, margins: tuple[int, int, int, int] | None = None) -> QVBoxLayout:
    """``parent``'s parts one under the other."""
    lay = QVBoxLayout(parent)
    if margins is not None:
        lay.setContentsMargins(*margins)
    _fill(lay, parts)
    return lay


def row(*parts: Part) -> QHBoxLayout:
    """Parts side by side (``None``: the space that pushes the rest to the right)."""
    lay = QHBoxLayout()
    _fill(lay, parts)
    return lay


def submit(
    ctx: UiContext | None,
    errors: FieldErrors,
    banner: QLabel,
    fn: Callable[..., R],
    *args: Any,
    banner_too: bool = False,
    on_conflict: Callable[[], None] | None = None,
    **kwargs: Any,
) -> tuple[bool, R | None]:
    """Run a service call for a dialog: a ValidationError beside its fields (and in the banner
    when ``banner_too``), any other ServiceError in the banner (shown if the dialog had hidden
    it), a conflict then also ``on_conflict`` (theirs beside mine, ui.common.conflict); on success the change
    set is published on the bus (when there is one yet: not before the first login)."""
    try:
        result, changes = call_op(fn, *args, **kwargs)
    except ValidationError as exc:
        errors.show(exc)
        if banner_too:
            _say(banner, error_message(exc))
        return False, None
    except ServiceError as exc:
        _say(banner, error_message(exc))
        if on_conflict is not None and isinstance(exc, ConflictError):
            on_conflict()
        return False, None
    if ctx is not None:
        from frontdesk.ui.common.ops import publish

        publish(ctx, changes)
    return True, result


def _say(banner: QLabel, text: str) -> None:
    banner.setText(text)
    if banner.isHidden():
        banner.show()


def save_splitter(settings: QSettings, key: str, splitter: QSplitter) -> None:
    """A tab's ``save_layout``: where the user left its splitter."""
    settings.setValue(key, splitter.saveState())


def restore_splitter(settings: QSettings, key: str, splitter: QSplitter) -> None:
    """A tab's ``restore_layout``: the splitter as the user left it, if they did."""
    state = settings.value(key)
    if state is not None:
        splitter.restoreState(state)


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """A one-line question with 确定 / 取消 (the stock dialog's buttons are not translated)."""
    from PySide6.QtWidgets import QInputDialog

    dlg = QInputDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setLabelText(label)
    dlg.setTextValue(text)
    dlg.setOkButtonText(QCoreApplication.translate("dialog_parts", "确定"))
    dlg.setCancelButtonText(QCoreApplication.translate("dialog_parts", "取消"))
    ok_box = dlg.findChild(QDialogButtonBox)
    if ok_box is not None:  # Ctrl+Enter answers as in every dialog
        save_keys(ok_box.button(QDialogButtonBox.StandardButton.Ok))
    dlg.resize(420, dlg.sizeHint().height())
    ok = dlg.exec() == QInputDialog.DialogCode.Accepted
    return dlg.textValue(), ok
