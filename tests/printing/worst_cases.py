"""Every printed form at the worst case its service accepts, in one list.

Each entry makes the data through the services (the longest texts their checks let through, the
most lines, every optional part filled) and renders it the way the app does. It returns the PDF,
the values that must appear on paper, what heads every page, and the copy labels.
``tests/printing/test_page_overflow.py`` runs every entry; a record kind on the generic record
service that prints is in the list by itself (:func:`record_kind`); a form of another shape adds
one builder and one line to :data:`WORST_CASES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from frontdesk.services.clock import LOCAL_TZ, FixedClock
from frontdesk.services.container import Services
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.errors import InvalidTransition, ValidationError
from frontdesk.services.permissions import CurrentUser, Role
from tests.conftest import make_user

CENTRE = "肯彤名邸物业服务中心"


def long_text(tag: str, n: int) -> str:
    """``n`` characters of sentences that each say their own number (so a value split over lines
    and pages can still be traced piece by piece): ``故障第1句：厨房水管漏水，地面有积水。…``."""
    out, i = "", 1
    while len(out) < n:
        out += f"{tag}第{i}句：厨房水槽下水管漏水，地面有积水，业主要求尽快处理。"
        i += 1
    return out[: n - 1] + "。"


@dataclass
class Printed:
    pdf: bytes
    #: values that must be read, each whole or in pieces across consecutive pages
    values: list[str]
    #: what every page must carry: centre, title, serial
    heads: list[str]
    #: the copy labels (联); every page carries one
    labels: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Users:
    supervisor: CurrentUser
    receptionist: CurrentUser
    butler: CurrentUser


Builder = Callable[[Services, Users, FixedClock], Printed]


def work_order(sv: Services, u: Users, clock: FixedClock) -> Printed:
    """20 material lines of the longest names, a 1,000-character description and result."""
    from frontdesk.printing.work_order_pdf import render_work_order
    from frontdesk.services.work_orders import ChargeLine
    from frontdesk.services.work_orders.charges import NAME_MAX
    from frontdesk.services.work_orders.rules import DESCRIPTION_MAX, MAX_LINES, REASON_MAX
    from tests.support.orders import add_rooms, add_technicians, completion, engineering_id, order_input

    add_rooms(sv)
    tech = add_technicians(sv, u.supervisor)[0]
    wo = sv.work_orders
    desc = long_text("故障", DESCRIPTION_MAX)
    done = long_text("处理", DESCRIPTION_MAX)
    comment = long_text("意见", REASON_MAX)
    names = [f"{i}号材料" + long_text("材", NAME_MAX)[: NAME_MAX - 5] for i in range(1, MAX_LINES + 1)]
    o = wo.create(u.receptionist, order_input(description=desc, phone="0755-26881234", urgency="urgent"))
    o = wo.dispatch(u.receptionist, o.id, department_id=engineering_id(sv), technician_id=tech, expected_version=o.version)
    o = wo.start(u.receptionist, o.id, expected_version=o.version)
    lines = [ChargeLine(n, "9999.5", "立方米", "99999.99") for n in names]
    o = wo.complete(
        u.receptionist,
        o.id,
        completion(work_done=done, lines=lines, owner_comment=comment, owner_confirmation="signed"),
        expected_version=o.version,
    )
    data = wo.print_data(u.receptionist, o.id)
    pdf = render_work_order(data, centre=CENTRE, printed_at=clock.now(), printed_by="李前台")
    return Printed(pdf, [desc, done, comment, *names, "0755-26881234"], [CENTRE, "维修工作单", o.number],
                   ["第一联 维修联", "第二联 存根联"])  # fmt: skip


def complaint_form(sv: Services, u: Users, clock: FixedClock) -> Printed:
    """Every step filled with the longest texts, three proposals, a callback."""
    from frontdesk.printing.complaint_pdf import complaint_form_pdf
    from frontdesk.services.complaints.rules import MAX_PROPOSALS
    from frontdesk.services.validation import LONG_TEXT_MAX
    from tests.support.complaints import call_back, dept_id, intake, make_estate

    make_estate(sv)
    cs = sv.complaints
    content = long_text("投诉", LONG_TEXT_MAX)
    cause = long_text("原因", LONG_TEXT_MAX)
    proposals = [long_text(f"方案{i}", 600) for i in range(MAX_PROPOSALS)]
    actions = long_text("实施", LONG_TEXT_MAX)
    c = cs.create(u.receptionist, intake(content=content))
    c = cs.judge(u.receptionist, c.id, valid=True, note="情况属实，已现场核实", expected_version=c.version)
    c = cs.investigate(u.receptionist, c.id, department_id=dept_id(sv, "工程部"), person="张工", cause=cause,
                       expected_version=c.version)  # fmt: skip
    c = cs.propose(u.receptionist, c.id, proposals=proposals, expected_version=c.version)
    c = cs.approve(u.supervisor, c.id, chosen=0, comment="同意方案一", expected_version=c.version)
    c = cs.implement(u.receptionist, c.id, actions=actions, accepted=True, opinion="接受", expected_version=c.version)
    clock.advance(days=1)
    c = call_back(sv, u.receptionist, c.id, "basic", long_text("回访", 300))
    form = cs.print_form(u.receptionist, c.id)
    pdf = complaint_form_pdf(form)
    return Printed(pdf, [content, cause, *proposals, actions, "情况属实，已现场核实"],
                   [form.centre, "顾客投诉登记表", c.number])  # fmt: skip


def complaint_stats(sv: Services, u: Users, clock: FixedClock) -> Printed:
    """The month's classification table (every category and department listed)."""
    from frontdesk.printing.complaint_pdf import complaint_stats_pdf
    from tests.support.complaints import make_estate, walk

    make_estate(sv)
    walk(sv, u.receptionist, u.supervisor, until="closed")
    now = clock.now().astimezone(LOCAL_TZ)
    stats = sv.complaints.monthly_stats(u.supervisor, now.year, now.month)
    pdf = complaint_stats_pdf(stats, centre=CENTRE, made_by="王主管")
    labels = [line.label for line in stats.by_category if line.label]
    return Printed(pdf, labels, [CENTRE, "顾客投诉分类统计表"])


def release_pass(sv: Services, u: Users, clock: FixedClock) -> Printed:
    """The most item lines, names and notes at their longest."""
    from frontdesk.printing.release_pass_pdf import render_release_pass
    from frontdesk.services.release_passes.rows import ItemInput, PassInput
    from frontdesk.services.release_passes.rules import ITEM_NAME_MAX, ITEM_NOTE_MAX, MAX_ITEMS
    from tests.support.estate import add_room

    add_room(sv, "3-2-1502", "张伟", "13812345678")
    items = [
        ItemInput(f"{i}号" + long_text("物", ITEM_NAME_MAX)[: ITEM_NAME_MAX - 3], 9999, long_text("注", ITEM_NOTE_MAX))
        for i in range(1, MAX_ITEMS + 1)
    ]
    p = sv.release_passes.issue(
        u.receptionist,
        PassInput(room="3-2-1502", carrier_name="刘建国", carrier_phone="13900001111",
                  carrier_id_number="440301199001011234", items=items, reason="搬家", plate="粤B12345",
                  confirm_method="phone", confirm_note=long_text("确认", 100)),
    )  # fmt: skip
    pdf = render_release_pass(p, CENTRE)
    return Printed(pdf, [it.name for it in items], [CENTRE, "放行条", p.detail.number],
                   ["第一联 存根联", "第二联 门岗联"])  # fmt: skip


def notice(sv: Services, u: Users, clock: FixedClock) -> Printed:
    """A second notice: the longest findings, requirement and re-inspection note, every clause."""
    from frontdesk.printing.rectification_notice_pdf import render_notice
    from frontdesk.services.notices.rows import NoticeInput
    from frontdesk.services.notices.rules import TEXT_MAX
    from tests.support.estate import add_room

    add_room(sv, "3-2-1502", "张伟", "13812345678")
    consequence = long_text("后果", 3000)  # the settings put no limit on it: longer than a page
    sv.settings.set(u.supervisor, "notice.consequence", consequence)
    ns = sv.notices
    findings = long_text("问题", TEXT_MAX)
    requirement = long_text("要求", TEXT_MAX)
    note = long_text("复查", TEXT_MAX)
    first = ns.issue(
        u.receptionist,
        NoticeInput(room="3-2-1502", addressee_name="张伟", findings=findings, clause_nos=["第八条", "第十条"],
                    requirement=requirement, deadline=clock.now().astimezone(LOCAL_TZ).date() + timedelta(days=3)),
    )  # fmt: skip
    clock.advance(days=3)
    ns.reinspect(u.butler, first.detail.id, "not_rectified", note, expected_version=first.detail.version)
    second = ns.issue(
        u.receptionist,
        NoticeInput(room="3-2-1502", addressee_name="张伟", findings=findings, clause_nos=["第八条", "第十条"],
                    requirement=requirement, deadline=clock.now().astimezone(LOCAL_TZ).date() + timedelta(days=3),
                    previous_id=first.detail.id),
    )  # fmt: skip
    second = second.__class__(**{**second.__dict__, "centre": CENTRE})
    pdf = render_notice(second)
    values = [findings, requirement, note.rstrip("。"), consequence]
    return Printed(pdf, values, [CENTRE, "整改通知单", second.detail.number],
                   ["第一联 通知联", "第二联 存根联"])  # fmt: skip


def handover(sv: Services, u: Users, clock: FixedClock) -> Printed:
    """20 open items, one of them a work order with a 1,000-character description; every note at
    its longest, the most messages."""
    from frontdesk.printing.handover_pdf import render_handover
    from frontdesk.services.handover.rows import HandoverNotes, MessageInput
    from frontdesk.services.handover.rules import MESSAGE_MAX, MESSAGES_MAX, NOTE_MAX, REMARK_MAX
    from frontdesk.services.work_orders.rules import DESCRIPTION_MAX
    from tests.support.handover import FakeSource
    from tests.support.orders import add_rooms, order_input

    clock.set(datetime(2026, 11, 27, 15, 50, tzinfo=LOCAL_TZ).astimezone(timezone.utc))
    add_rooms(sv)
    desc = long_text("故障", DESCRIPTION_MAX)
    order = sv.work_orders.create(u.receptionist, order_input(description=desc))
    due = datetime(2026, 11, 27, 3, tzinfo=timezone.utc)
    fake = [
        HandoverItem("call.followup", "call", n, f"#{n}", f"1-3-{800 + n} 咨询装修押金退还第{n}项", "follow_up", due, n % 2 == 0)
        for n in range(1, 20)
    ]
    sv.handover_sources.append(FakeSource(fake))
    make_user(sv, Role.RECEPTIONIST, "zhang", "张婷")
    d = sv.handover.open_draft(u.receptionist, "前台一号机")
    remarks = {it.key: long_text("备注", REMARK_MAX).replace("\n", "") for it in d.items if it.ref_number == order.number}
    notes = HandoverNotes(
        keys_lent=long_text("钥匙", NOTE_MAX),
        cash="350.50",
        receipts=long_text("票据", NOTE_MAX),
        watch_notes=long_text("注意", NOTE_MAX),
        messages=[MessageInput("张婷", long_text(f"留言{i}", MESSAGE_MAX)) for i in range(MESSAGES_MAX)],
        remarks=remarks,
    )
    s = sv.handover.submit(u.receptionist, d.id, notes, expected_version=d.version)
    a = sv.handover.acknowledge(None, s.id, username="zhang", password="secret-zhang", note=long_text("接班", 500),
                                expected_version=s.version)  # fmt: skip
    pdf = render_handover(a, centre=CENTRE, printed_at=clock.now(), printed_by="张婷")
    values = [desc, *(it.summary for it in fake), *(it.ref_number for it in fake), order.number, *remarks.values()]
    values += [notes.keys_lent, notes.receipts, notes.watch_notes, *(m.text for m in notes.messages)]
    assert Decimal(notes.cash) > 0
    return Printed(pdf, values, [CENTRE, "交接班记录", a.number or ""], ["交接班本 存档"])


#: every printed form: (name, builder). A new form adds its line here.
def record_kind(key: str) -> Builder:
    """A kind on the generic record service (services/core/records.py) whose records print: a
    record made from its declared form with every text field at its longest (sample_values with
    long_text), printed as its tab prints it. No builder of its own is needed."""

    def build(sv: Services, u: Users, clock: FixedClock) -> Printed:
        from frontdesk.services.core.fields import choice_keys, sample_values
        from tests.support.orders import add_rooms

        add_rooms(sv)
        sv.settings.set(u.supervisor, "centre.name", CENTRE)
        svc = getattr(sv, key)
        choices = {k: svc.choices(k) for k in choice_keys(svc.form.fields)}
        values = sample_values(svc.form.fields, "样例文字", choices, today=svc.today(), staff_id=u.receptionist.id)
        texts = {}
        for f in svc.form.fields:
            if f.type in ("text", "multiline") and f.printed and f.sample is None:
                texts[f.name] = values[f.name] = long_text(f.label, f.max_len)
        try:
            row = svc.create(u.receptionist, values)
        except ValidationError as exc:  # a record that needs more than its form (a room on a delivery batch)
            pytest.skip(f"{key} needs records of other kinds first ({exc.errors}); its own tests render its forms")
        try:
            pdf = svc.printable(u.receptionist, row.id).render()
        except InvalidTransition:  # e.g. a renovation permit prints once approved: its own tests
            pytest.skip(f"{key} prints only later in its life; its own tests render its forms")
        # what the record keeps as typed must be on paper (a field the form ignores in this
        # record's case, e.g. buildings when the scope is the whole project, is not kept)
        kept = svc.form_values(u.receptionist, row.id)
        return Printed(pdf, [t for name, t in texts.items() if kept.get(name) == t], [CENTRE, row.number])

    build.__name__ = key
    return build


def _printable_kinds() -> list[tuple[str, Builder]]:
    from frontdesk.features import load_features

    kinds = [
        f
        for f in load_features()
        if f.record_service is not None and f.record_service.form.printable and not f.record_service.form.slip
    ]
    return [(f.vocabulary.name, record_kind(f.key)) for f in kinds]


WORST_CASES: list[tuple[str, Builder]] = [
    ("维修工作单", work_order),
    ("顾客投诉登记表", complaint_form),
    ("顾客投诉分类统计表", complaint_stats),
    ("大件物品放行条", release_pass),
    ("整改通知单", notice),
    ("交接班记录", handover),
    *_printable_kinds(),
]

__all__ = ["WORST_CASES", "Builder", "Printed", "Users", "long_text"]
