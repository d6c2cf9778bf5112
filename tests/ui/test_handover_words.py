"""Words for what the features report: state codes, tallies, shift labels."""

from __future__ import annotations

from datetime import datetime, timezone

from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.handover import HandoverDetail, ItemRow
from frontdesk.services.handover.shifts import ShiftWindow
from frontdesk.ui.handover.view import due_text, item_text, section_title, shift_label, state_text, tally_lines


def _item(section: str, extra: dict[str, str], summary: str = "") -> ItemRow:
    return ItemRow(0, "", section, "call", 0, "", summary, "", None, False, extra, "")


def _detail(items: tuple[ItemRow, ...]) -> HandoverDetail:
    now = datetime(2026, 11, 27, tzinfo=timezone.utc)
    return HandoverDetail(
        1,
        None,
        "draft",
        "前台",
        ShiftWindow("早班", now, now),
        1,
        "李",
        "",
        None,
        "",
        "",
        items,
        (),
        None,
        (),
        now,
        now,
        None,
        None,
        None,
        None,
        "",
        None,
        None,
        None,
        "",
        (),
        1,
    )


def test_state_words_per_kind_and_section(qapp) -> None:  # type: ignore[no-untyped-def]
    assert state_text("order.open", "order", "dispatched") == "已派单"
    assert state_text("callback.due", "order", "pending") == "待回访"
    assert state_text("complaint.open", "complaint", "approve") == "待审批"
    assert state_text("call.followup", "call", "follow_up") == "待跟进"
    assert state_text("pass.issued", "pass", "used") == "已放行"
    assert state_text("notice.reinspect", "notice", "followup_needed") == "未整改，待发二次通知"
    assert state_text("lost.found", "lost", "kept") == "kept"
    assert section_title("lost.found") == "其他事项（lost.found）"


def test_tally_lines(qapp) -> None:  # type: ignore[no-untyped-def]
    calls = _item(
        "call.shift_counts",
        {"channel.phone": "7", "channel.visit": "3", "kind.repair": "2", "outcome.follow_up": "1", "total": "10", "note": "x"},
    )
    visits = _item("count.visitors", {"count": "4"}, summary="访客登记")
    assert tally_lines(_detail((calls, visits))) == [
        "来电来访：来电 7 · 来访 3 · 合计 10",
        "类别：报修 2",
        "处理结果：待跟进 1",
        "访客登记 4",
    ]


def test_shift_labels(qapp) -> None:  # type: ignore[no-untyped-def]
    day = ShiftWindow("中班", datetime(2026, 11, 27, 16, tzinfo=LOCAL_TZ), datetime(2026, 11, 28, 0, tzinfo=LOCAL_TZ))
    night = ShiftWindow("夜班", datetime(2026, 11, 27, 22, tzinfo=LOCAL_TZ), datetime(2026, 11, 28, 6, tzinfo=LOCAL_TZ))
    assert shift_label(day) == "2026-11-27 中班 16:00–24:00"
    assert shift_label(night) == "2026-11-27 夜班 22:00–次日06:00"


def test_item_text_adds_where_and_who() -> None:
    bare = ItemRow(
        1,
        "",
        "call.followup",
        "call",
        1,
        "#1",
        "咨询装修押金退还",
        "follow_up",
        None,
        False,
        {"room": "5-1-0301", "person": "陈女士"},
        "",
    )
    said = ItemRow(2, "", "order.open", "order", 2, "WX1", "3-2-1502 漏水", "new", None, False, {"room": "3-2-1502"}, "")
    assert item_text(bare) == "5-1-0301 咨询装修押金退还（陈女士）"
    assert item_text(said) == "3-2-1502 漏水"


def test_a_deadline_at_midnight_is_a_day() -> None:
    day = ItemRow(1, "", "call.followup", "call", 1, "#1", "x", "", datetime(2026, 11, 28, tzinfo=LOCAL_TZ), True, {}, "")
    hour = ItemRow(2, "", "order.open", "order", 2, "WX", "x", "", datetime(2026, 11, 28, 9, 12, tzinfo=LOCAL_TZ), False, {}, "")
    assert due_text(day, short=True) == "11-28（已逾期）" and due_text(day) == "2026-11-28（已逾期）"
    assert due_text(hour, short=True) == "11-28 09:12"
