"""The one form shape: ``load(record)`` fills the fields, ``collect()`` reads them into the
service's input, ``submit(data, version)`` makes the service call, and :meth:`ServiceForm.save`
runs it through ui.common.ops — field errors beside their fields (FieldErrors), other errors in
the form's banner, the change set published, conflicts resolved the one way (ui.common.conflict).
Nothing typed is lost on an error: the fields are only refilled by ``load``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.ui.common.conflict import Choice, FieldDiff, resolve_conflict
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import submit
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.common.messages import error_message

Rec = TypeVar("Rec")
Data = TypeVar("Data")

ERROR_STYLE = "color:#b42318"
OK_STYLE = "color:#1d6b35"


class ServiceForm(QWidget, Generic[Rec, Data]):
    #: the saved record (the service's result)
    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.banner = QLabel(self)
        self.banner.setObjectName("form_banner")
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.record: Rec | None = None
        #: tests and scripted runs answer the conflict question here instead of a dialog
        self.conflict_answer: Callable[[Sequence[FieldDiff]], Choice] | None = None

    # --- what a form implements ------------------------------------------------------------

    def load(self, record: Rec | None) -> None:
        """Fill the fields from ``record`` (None: an empty form)."""
        self.record = record
        self.errors.clear()
        self.banner.clear()

    def collect(self) -> Data:
        raise NotImplementedError

    def submit(self, data: Data, version: int | None) -> Any:
        """Make the service call with ``data`` against ``version`` (None for a new record)."""
        raise NotImplementedError

    def fetch_current(self) -> Rec:
        """The record as saved now (after a conflict)."""
        raise NotImplementedError

    def describe(self, data: Data, record: Rec) -> list[FieldDiff]:
        """Mine beside theirs, field by field, for the conflict dialog."""
        return []

    def version_of(self, record: Rec | None) -> int | None:
        return getattr(record, "version", None) if record is not None else None

    # --- the one save ------------------------------------------------------------------------

    def save(self) -> bool:
        self.errors.clear()
        self.banner.clear()
        try:
            data = self.collect()
        except ValidationError as exc:
            self._show(exc)
            return False
        return self._save(data, self.version_of(self.record))

    def _save(self, data: Data, version: int | None) -> bool:
        """Through the dialogs' one submit (ui.common.dialog_parts): errors beside the fields and
        in the banner, the change set published; a conflict asks theirs-beside-mine."""
        asked: list[bool] = [False]

        def on_conflict() -> None:
            asked[0] = self._on_conflict(data)

        ok, result = submit(
            self.ctx, self.errors, self.banner, self.submit, data, version, banner_too=True, on_conflict=on_conflict
        )
        if ok:
            self.saved.emit(result)
            return True
        return asked[0]

    def _on_conflict(self, data: Data) -> bool:
        try:
            theirs = self.fetch_current()
        except ServiceError as exc:
            self._show(exc)
            return False
        outcome: list[bool] = [False]

        def keep_theirs() -> None:
            self.load(theirs)
            self.banner.setText(self.tr("已载入对方保存的内容，您的修改未保存。"))

        def apply_mine() -> None:
            self.record = theirs
            outcome[0] = self._save(data, self.version_of(theirs))

        resolve_conflict(self, self.describe(data, theirs), keep_theirs, apply_mine, ask=self.conflict_answer)
        return outcome[0]

    def _show(self, exc: ServiceError) -> None:
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        self.banner.setText(error_message(exc))
