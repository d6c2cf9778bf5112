"""收发文件登记: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.documents.service import DOCUMENT, PERMISSIONS, DocumentRow, DocumentService

FEATURE = record_feature(DocumentService, "documents", "frontdesk.ui.documents.tab:DocumentTab", 88, PERMISSIONS, group="文书")

__all__ = ["DOCUMENT", "DocumentRow", "DocumentService", "FEATURE"]
