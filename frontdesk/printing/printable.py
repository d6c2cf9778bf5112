"""What every printed form offers the print action (the preview dialog in the UI).

Each form — 维修工作单, 顾客投诉登记表, 投诉分类统计表, 放行条, 整改通知单, 交接班记录 — is shown in
the same preview, which needs three things: a window title, a file name to suggest when the PDF is
saved, and a way to make the PDF. The PDF is made off the GUI thread, so :meth:`Printable.render`
takes no arguments: whatever it needs (the data read from the database, the centre's name, who
prints and when) is gathered beforehand and bound into it.

The UI turns a :class:`Printable` into the dialog's arguments as
``PrintPreviewDialog(doc.render, doc.file_name, title=doc.title, ...)``. No Qt here: the title is
passed in already translated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

__all__ = ["PdfDocument", "Printable"]


class Printable(Protocol):
    """A form ready to print: its title, a suggested file name, and the PDF on demand."""

    @property
    def title(self) -> str:
        """Shown in the preview's window title, e.g. ``维修工作单 WX20240501-003``."""
        ...

    @property
    def file_name(self) -> str:
        """The name offered when saving, with the ``.pdf`` suffix, e.g. ``维修工作单_WX20240501-003.pdf``."""
        ...

    def render(self) -> bytes:
        """The PDF. May run on a worker thread, so it must not touch Qt widgets."""
        ...


@dataclass(frozen=True)
class PdfDocument:
    """A :class:`Printable` made of plain values and a zero-argument callable producing the PDF, e.g.
    ``PdfDocument(title, suggested_file_name(o), lambda: render_work_order(o, centre=..., ...))``."""

    title: str
    file_name: str
    make_pdf: Callable[[], bytes]

    def render(self) -> bytes:
        return self.make_pdf()
