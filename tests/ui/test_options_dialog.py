"""管理 → 选项: a feature's declared options edited in one dialog, by type; bad input is said and
nothing is written; the forms offer the new words."""

from __future__ import annotations

from frontdesk.ui.admin.options import OptionsDialog
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext


def test_lists_and_templates_are_edited_and_offered(qtbot, services, supervisor, receptionist) -> None:  # type: ignore[no-untyped-def]
    dlg = OptionsDialog(UiContext(services, supervisor, EventBus()))
    qtbot.addWidget(dlg)
    names = [dlg.names.item(i).text() for i in range(dlg.names.count())]
    assert "工作联系单的收文单位" in names and "工作联系单模板" in names
    recipients = dlg.editors["letter.recipients"]
    recipients.text.setPlainText("工程部\n\n  绿化公司  \n")
    templates = dlg.editors["letter.templates"]
    assert templates.table.rowCount() == 4
    templates.table.removeRow(0)
    dlg.save()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert services.settings.get("letter.recipients") == ["工程部", "绿化公司"]
    assert len(services.letters.templates()) == 3
    assert services.letters.choices("letter.recipients") == ["工程部", "绿化公司"]


def test_a_receptionist_sees_but_cannot_save(qtbot, services, receptionist) -> None:  # type: ignore[no-untyped-def]
    dlg = OptionsDialog(UiContext(services, receptionist, EventBus()))
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled() and not dlg.editors["letter.recipients"].isEnabled()


def test_who_closes_a_called_back_order_is_ticked_here(qtbot, services, supervisor) -> None:  # type: ignore[no-untyped-def]
    dlg = OptionsDialog(UiContext(services, supervisor, EventBus()))
    qtbot.addWidget(dlg)
    editor = dlg.editors["order.butler_closes"]
    assert not editor.check.isChecked()  # shipped: a satisfied callback closes the order
    editor.check.setChecked(True)
    dlg.save()
    assert services.settings.get("order.butler_closes") is True
