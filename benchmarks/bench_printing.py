"""How long the printed 维修工作单 takes, against a bare reportlab page with the same font.

    python benchmarks/bench_printing.py

Prints ``first_ratio`` — the first work-order PDF in a running process (reportlab imported on
demand, font registered, form laid out, font subset embedded; the order itself is read from the
database just before and reported apart as ``order_read_ms``)
divided by a bare reportlab page with the same font in a fresh process (import, register, one
line of text, save) — and ``repeat_ratio``: a repeat work-order render divided by a repeat bare
page with the same (already registered) font. First renders run in fresh interpreters, several
times, interleaved; repeats alternate bare page and work order in the same interpreter, and a run's
repeat time is the fastest of its repeats (the least disturbed by other work on the machine, as
timeit does). Figures are medians over the runs.

Also printed: ``plain_bare_repeat_ms``, a bare page with the same font file registered by plain
reportlab (``TTFont``) in the same process, and ``repeat_ratio_plain`` against it. The app's font
(printing/fonts.py) keeps its recent subsets and their deflated streams, which the bare page with
that font enjoys as much as the form does; the plain one shows what reportlab alone costs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
REPEATS = 25

BARE = r"""
import json, sys, time
t0 = time.perf_counter()
from io import BytesIO
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("F", sys.argv[1]))
def page():
    b = BytesIO()
    c = canvas.Canvas(b, initialFontName="F")
    c.setFont("F", 12)
    c.drawString(72, 720, "维修工作单 WX20261127001 3-2-1502 13812345678")
    c.showPage()
    c.save()
    return b.getvalue()
page()
first = time.perf_counter() - t0
rep = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter(); page(); rep.append(time.perf_counter() - t)
print(json.dumps({"first": first, "repeat": min(rep)}))
"""


def child_first(db_file: str, repeats: int) -> None:
    """A running app: models, services and an order in the database; then the first print."""
    sys.path.insert(0, str(ROOT))
    from datetime import datetime, timezone

    from frontdesk.db import Database
    from frontdesk.models import Building, Occupant, Project, Room, Unit
    from frontdesk.schema import prepare_database
    from frontdesk.services.clock import FixedClock
    from frontdesk.services.container import build_services
    from frontdesk.services.permissions import Role
    from frontdesk.services.work_orders import ChargeLine, CompletionInput, WorkOrderInput

    assert "reportlab" not in sys.modules
    db = Database(f"sqlite:///{db_file}")
    prepare_database(db, Path(db_file).parent / "backups")
    clock = FixedClock(datetime(2026, 11, 27, 1, 30, tzinfo=timezone.utc))
    sv = build_services(db, clock)
    boss = sv.staff.create_first_supervisor("王主管", "boss", "secret-boss")
    sv.staff.ensure_departments(["工程部"])
    eng = dict((n, i) for i, n in sv.staff.departments())["工程部"]
    tech = sv.staff.create_staff(boss, name="张师傅", role=Role.TECHNICIAN, department_id=eng)
    with db.write() as s:
        p = Project(name="肯彤名邸")
        s.add(p)
        s.flush()
        b = Building(project_id=p.id, number="3")
        s.add(b)
        s.flush()
        u = Unit(building_id=b.id, number="2")
        s.add(u)
        s.flush()
        r = Room(project_id=p.id, unit_id=u.id, number="1502", code="3-2-1502", status="已入住")
        s.add(r)
        s.flush()
        s.add(Occupant(room_id=r.id, kind="owner", name="陈先生", phone="13812345678"))
    wo = sv.work_orders
    o = wo.create(
        boss,
        WorkOrderInput(
            room="3-2-1502",
            reporter="陈先生",
            phone="13812345678",
            category="水",
            description="厨房水槽下水管漏水，地面有积水",
            paid=True,
        ),
    )
    o = wo.dispatch(boss, o.id, department_id=eng, technician_id=tech.id, expected_version=o.version)
    o = wo.start(boss, o.id, expected_version=o.version)
    o = wo.complete(
        boss,
        o.id,
        CompletionInput(
            work_done="更换下水管及密封圈，试水无渗漏",
            owner_confirmation="signed",
            lines=[ChargeLine("PVC下水管 50mm", "1", "根", "35"), ChargeLine("人工费", "1", "次", "50")],
        ),
        expected_version=o.version,
    )
    centre = sv.settings.get("centre.name")

    t0 = time.perf_counter()
    data = wo.print_data(boss, o.id)  # what the print dialog's job reads first
    read = time.perf_counter() - t0

    def render() -> bytes:
        from frontdesk.printing.work_order_pdf import render_work_order

        return render_work_order(data, centre=centre, printed_at=clock.now(), printed_by="王主管")

    t0 = time.perf_counter()
    pdf = render()
    first = time.perf_counter() - t0
    assert pdf.startswith(b"%PDF")

    from io import BytesIO

    from reportlab.pdfgen import canvas

    from frontdesk.printing.fonts import ensure_fonts

    font = ensure_fonts()

    def bare_page() -> bytes:
        b = BytesIO()
        c = canvas.Canvas(b, initialFontName=font)
        c.setFont(font, 12)
        c.drawString(72, 720, "维修工作单 WX20261127001 3-2-1502 13812345678")
        c.showPage()
        c.save()
        return b.getvalue()

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from frontdesk.paths import FONT_FILE

    pdfmetrics.registerFont(TTFont("PlainF", str(FONT_FILE)))

    def plain_page() -> bytes:
        b = BytesIO()
        c = canvas.Canvas(b, initialFontName="PlainF")
        c.setFont("PlainF", 12)
        c.drawString(72, 720, "维修工作单 WX20261127001 3-2-1502 13812345678")
        c.showPage()
        c.save()
        return b.getvalue()

    # the repeats alternate with a bare page in this same process, so a busy machine slows both
    rep, bare_rep, plain_rep = [], [], []
    for _ in range(repeats):
        t = time.perf_counter()
        bare_page()
        bare_rep.append(time.perf_counter() - t)
        t = time.perf_counter()
        plain_page()
        plain_rep.append(time.perf_counter() - t)
        t = time.perf_counter()
        render()
        rep.append(time.perf_counter() - t)
    db.dispose()
    print(json.dumps({"first": first, "repeat": min(rep), "bare_repeat": min(bare_rep), "plain_repeat": min(plain_rep),
                      "bytes": len(pdf), "read": read}))  # fmt: skip


def _run(args: list[str]) -> dict[str, float]:
    env = dict(os.environ)
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True, env=env, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from frontdesk.paths import FONT_FILE

    bare, ours = [], []
    for i in range(RUNS):
        bare.append(_run(["-c", BARE, str(FONT_FILE), str(REPEATS)]))
        with tempfile.TemporaryDirectory() as d:
            ours.append(_run([__file__, "--child", str(Path(d) / f"bench{i}.db"), str(REPEATS)]))
    bare_first = statistics.median(r["first"] for r in bare)
    bare_repeat = statistics.median(r["bare_repeat"] for r in ours)
    first = statistics.median(r["first"] for r in ours)
    repeat = statistics.median(r["repeat"] for r in ours)
    repeat_ratio = statistics.median(r["repeat"] / r["bare_repeat"] for r in ours)
    print(f"bare_first_ms: {bare_first * 1000:.1f}")
    print(f"work_order_first_ms: {first * 1000:.1f}")
    print(f"bare_repeat_ms: {bare_repeat * 1000:.2f}")
    print(f"work_order_repeat_ms: {repeat * 1000:.2f}")
    print(f"pdf_bytes: {int(ours[0]['bytes'])}")
    print(f"order_read_ms: {statistics.median(r['read'] for r in ours) * 1000:.1f}")
    print(f"first_ratio: {first / bare_first:.2f}")
    print(f"repeat_ratio: {repeat_ratio:.2f}")
    print(f"plain_bare_repeat_ms: {statistics.median(r['plain_repeat'] for r in ours) * 1000:.2f}")
    print(f"repeat_ratio_plain: {statistics.median(r['repeat'] / r['plain_repeat'] for r in ours):.2f}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_first(sys.argv[2], int(sys.argv[3]))
    else:
        main()
