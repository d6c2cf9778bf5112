"""All tables. Importing this package registers every model on ``Base.metadata``."""

from frontdesk.models.alerts import Alert
from frontdesk.models.base import Base, UTCDateTime, utcnow
from frontdesk.models.call_log import CallLogEntry
from frontdesk.models.callbacks import Callback
from frontdesk.models.change_marks import ChangeMark
from frontdesk.models.complaints import Complaint, ComplaintEvent
from frontdesk.models.handover import Handover, HandoverEntryItem, HandoverMessage
from frontdesk.models.indexes import INDEXES  # noqa: F401 - registers the shared indexes
from frontdesk.models.passes import RectificationNotice, ReleasePass, ReleasePassItem
from frontdesk.models.registry import Building, Occupant, Project, Room, Unit
from frontdesk.models.staff import Department, Staff
from frontdesk.models.system import AuditEvent, SerialCounter, Setting
from frontdesk.models.work_orders import WorkOrder, WorkOrderEvent, WorkOrderLine

__all__ = [
    "Alert",
    "Callback",
    "AuditEvent",
    "Base",
    "Building",
    "CallLogEntry",
    "ChangeMark",
    "Complaint",
    "ComplaintEvent",
    "Department",
    "Handover",
    "HandoverEntryItem",
    "HandoverMessage",
    "Occupant",
    "Project",
    "RectificationNotice",
    "ReleasePass",
    "ReleasePassItem",
    "Room",
    "SerialCounter",
    "Setting",
    "Staff",
    "Unit",
    "UTCDateTime",
    "WorkOrder",
    "WorkOrderEvent",
    "WorkOrderLine",
    "utcnow",
]


def _import_feature_models() -> None:
    """A record kind added later keeps its tables in its own module or package here
    (``frontdesk/models/<feature>/``); importing this package imports every one of them, so
    ``Base.metadata`` (alembic, the schema check) knows all tables without a central list."""
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(__path__, prefix=f"{__name__}."):
        importlib.import_module(info.name)


_import_feature_models()
