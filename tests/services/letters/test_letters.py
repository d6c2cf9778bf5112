"""工作联系单 through the shared record machinery: numbering, the declared form's checks, drafts,
the state machine, overdue letters counted and handed over, search, the month's figures, print."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from frontdesk.services.errors import ConflictError, InvalidTransition, PermissionDenied, ValidationError
from frontdesk.services.permissions import Role
from tests.conftest import make_user


def _letter(due: date, **extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "recipient": "工程部",
        "subject": "关于3栋电梯异响的联系单",
        "content": "3栋2单元电梯运行时有异响，业主多次反映。",
        "request": "请安排维保单位检查。",
        "reply_due": due,
        "attachments": "",
    }
    values.update(extra)
    return values


def test_a_letter_from_draft_to_archive(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.letters
    today = svc.today()
    row = svc.create(receptionist, _letter(today + timedelta(days=3)))
    assert row.number.startswith("LX" + today.strftime("%Y%m%d")) and row.state == "draft"
    assert {"edit", "send", "cancel"} <= row.allowed
    row = svc.update(receptionist, row.id, row.version, _letter(today + timedelta(days=5), subject="电梯异响"))
    assert svc.form_values(receptionist, row.id)["subject"] == "电梯异响"
    row = svc.act(receptionist, row.id, row.version, "send")
    assert row.state == "sent" and row.sent_at is not None
    with pytest.raises(InvalidTransition):
        svc.update(receptionist, row.id, row.version, _letter(today))
    with pytest.raises(ValidationError) as bad:
        svc.act(receptionist, row.id, row.version, "reply", {"reply_text": " ", "replied_by": "李工"})
    assert bad.value.errors == {"reply_text": "required", "replied_at": "required"}
    row = svc.act(
        receptionist,
        row.id,
        row.version,
        "reply",
        {"reply_text": "已安排维保单位于周五检查", "replied_by": "李工", "replied_at": clock.now()},
    )
    assert row.state == "replied"
    detail = svc.detail(receptionist, row.id)
    assert ("回复内容", "已安排维保单位于周五检查") in detail.lines
    assert len(detail.history) == 3
    row = svc.act(receptionist, row.id, row.version, "archive")
    assert row.state == "archived" and row.allowed == frozenset()


def test_every_bad_field_at_once_and_nothing_saved(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.letters
    with pytest.raises(ValidationError) as bad:
        svc.create(
            receptionist,
            {"recipient": "不存在的部门", "subject": "", "content": "x" * 2001, "reply_due": "2026-13-40"},
        )
    assert bad.value.errors == {
        "recipient": "not_a_choice",
        "subject": "required",
        "content": "too_long",
        "reply_due": "bad_date",
    }
    assert svc.page(receptionist, "all", "", None, 10).rows == []


def test_overdue_letters_are_counted_handed_over_and_listed(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.letters
    today = svc.today()
    late = svc.create(receptionist, _letter(today + timedelta(days=1), subject="消防通道占用"))
    svc.act(receptionist, late.id, late.version, "send")
    on_time = svc.create(receptionist, _letter(today + timedelta(days=9), subject="路灯不亮"))
    svc.act(receptionist, on_time.id, on_time.version, "send")
    assert [c.count for c in svc.status_counts(receptionist)] == [0]
    clock.advance(days=2)
    counts = {c.code: c.count for c in services.status_counts(receptionist)}
    assert counts["letter.overdue"] == 1
    start = clock.now() - timedelta(hours=8)
    items = [i for i in services.handover_items(receptionist, start, clock.now()) if i.ref_kind == "letter"]
    assert [(i.section, i.ref_number) for i in items] == [("letter.overdue", late.number)]
    assert [r.number for r in svc.page(receptionist, "overdue", "", None, 10).rows] == [late.number]


def test_search_ands_words_across_fields(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.letters
    today = svc.today()
    a = svc.create(receptionist, _letter(today, subject="3栋电梯异响"))
    svc.create(receptionist, _letter(today, subject="5栋路灯", recipient="环境部"))
    assert [r.id for r in svc.page(receptionist, "all", "工程部 电梯", None, 10).rows] == [a.id]
    assert [h.id for h in services.search(receptionist, "3栋电梯 异响") if h.kind == "letter"] == [a.id]
    assert svc.page(receptionist, "all", "环境部 异响 3栋电梯", None, 10).rows == []


def test_a_stale_edit_is_a_conflict(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.letters
    row = svc.create(receptionist, _letter(svc.today()))
    svc.update(receptionist, row.id, row.version, _letter(svc.today(), subject="先保存的"))
    with pytest.raises(ConflictError):
        svc.update(receptionist, row.id, row.version, _letter(svc.today(), subject="后保存的"))
    assert svc.form_values(receptionist, row.id)["subject"] == "先保存的"


def test_roles_and_the_gate(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    guard = make_user(services, Role.GUARD, "men", "门岗")
    with pytest.raises(PermissionDenied):
        services.letters.create(guard, _letter(services.letters.today()))
    assert services.letters.search(guard, "电梯") == []


def test_month_figures_export_and_print(services, receptionist, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc = services.letters
    row = svc.create(receptionist, _letter(svc.today()))
    svc.act(receptionist, row.id, row.version, "send")
    svc.create(receptionist, _letter(svc.today(), subject="第二封"))
    today = svc.today()
    figures = dict(services.monthly_statistics(receptionist, today.year, today.month)["letters"])
    assert figures["新建"] == 2 and figures["草稿"] == 1 and figures["已发出"] == 1
    out = tmp_path / "letters.xlsx"
    assert services.features.by_key("letters").export(svc, receptionist, out) == 2
    sheet = load_workbook(out).active
    assert sheet.cell(1, 1).value == "编号" and sheet.cell(2, 3).value == "第二封"
    pdf = svc.printable(receptionist, row.id)
    data = pdf.render()
    assert data.startswith(b"%PDF") and pdf.file_name == f"工作联系单_{row.number}.pdf"


def test_the_handover_words_a_new_kinds_section_and_state() -> None:
    from frontdesk.printing.handover_words import section_title, state_text

    assert section_title("letter.overdue") == "联系单逾期未回复"
    assert state_text("letter.overdue", "letter", "sent") == "已发出"
