"""The estate registry (业户档案): rooms and occupants, finding a room from any spelling, the
import and export of the estate file, and the rooms feature's registration.

``rooms`` reads a typed room; ``service`` finds rooms and edits occupants (core: every feature
finds rooms through it); ``files`` is the file format; ``importing`` the import (and the
``RegistryIO`` service); ``export`` the export; ``feature`` the registration (``FEATURE``)."""

from frontdesk.services.registry.feature import FEATURE, RegistrySearch
from frontdesk.services.registry.service import (
    GENDERS,
    OCCUPANT_KINDS,
    ROOM_STATUSES,
    BuildingRow,
    FieldError,
    OccupantInput,
    OccupantRow,
    RegistryService,
    RoomDetail,
    RoomRow,
    _owner,
    occupant_row,
    phone_for,
    resolve_room,
    room_row,
    rooms_matching,
    shows_phone,
)

__all__ = [
    "FEATURE",
    "GENDERS",
    "OCCUPANT_KINDS",
    "ROOM_STATUSES",
    "BuildingRow",
    "FieldError",
    "OccupantInput",
    "OccupantRow",
    "RegistryService",
    "RegistrySearch",
    "RoomDetail",
    "RoomRow",
    "_owner",
    "occupant_row",
    "phone_for",
    "resolve_room",
    "room_row",
    "rooms_matching",
    "shows_phone",
]
