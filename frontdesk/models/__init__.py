"""All tables. Importing this package registers every model on ``Base.metadata``."""

from frontdesk.models.base import Base, UTCDateTime, utcnow
from frontdesk.models.handover import Handover, HandoverEntryItem, HandoverMessage
from frontdesk.models.registry import Building, Occupant, Project, Room, Unit
from frontdesk.models.staff import Department, Staff
from frontdesk.models.system import AuditEvent, SerialCounter, Setting

__all__ = [
    "AuditEvent",
    "Base",
    "Building",
    "Department",
    "Handover",
    "HandoverEntryItem",
    "HandoverMessage",
    "Occupant",
    "Project",
    "Room",
    "SerialCounter",
    "Setting",
    "Staff",
    "Unit",
    "UTCDateTime",
    "utcnow",
]
