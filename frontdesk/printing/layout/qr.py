"""QR codes on the printed forms: :func:`draw_qr` (the code as one filled path) and
:class:`QrBeside` (a block with a QR code to its right and a caption below it). The 放行条's gate
copy, the 装修许可证 and the 施工人员出入证 carry them."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.blocks import Block
from frontdesk.printing.layout.style import GREY, mm
from frontdesk.printing.layout.text import draw_text

QR_SIZE = 30 * mm


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float, border: int = 2) -> None:
    """The QR code as one filled path (reportlab's encoder; error correction M). Drawn directly
    rather than through a graphics Drawing, which would set an unembedded Helvetica font."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    n = qr.getModuleCount()
    box = size / (n + 2 * border)
    path = c.beginPath()
    for r, row in enumerate(qr.modules):
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(x + (start + border) * box, y + size - (r + border + 1) * box, (col - start) * box, box)
            else:
                col += 1
    c.saveState()
    c.setFillColor(black)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


@dataclass
class QrBeside:
    """A block with the QR code to its right (the gate scans it) and a caption below it."""

    block: Block
    payload: str
    caption: str = "门岗扫码核验"
    size: float = QR_SIZE
    gap: float = 3 * mm

    def height(self, width: float) -> float:
        return max(self.block.height(width - self.size - self.gap), self.size + 4 * mm)

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        self.block.draw(c, x, top, width - self.size - self.gap)
        qx = x + width - self.size
        draw_qr(c, self.payload, qx, top - self.size, self.size)
        draw_text(c, qx + self.size / 2, top - self.size - 3 * mm, self.caption, 7.4, align="center", color=GREY)
