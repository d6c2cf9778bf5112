"""A rejected line of an import in words, for every import's preview (the registry's, a
developer's delivery list): 手机：电话号码格式不正确…；姓名：必填"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from frontdesk.services.core.table_files import RejectedRow
from frontdesk.ui.common.labels import field_name
from frontdesk.ui.common.messages import field_message


def problem_text(row: RejectedRow) -> str:
    """Why a line was rejected, in words: 手机：电话号码格式不正确…；姓名：必填"""
    parts = []
    for p in row.problems:
        text = field_message(p.code, p.params)
        labelled = QCoreApplication.translate("RegistryImportDialog", "{0}：{1}")
        parts.append(labelled.format(field_name(p.field), text) if p.field else text)
    return QCoreApplication.translate("RegistryImportDialog", "；").join(parts)
