"""Moved to :mod:`frontdesk.services.registry.rooms` (kept so older imports keep working)."""

from frontdesk.services.registry.rooms import RoomQuery, canonical_code, parse_room

__all__ = ["RoomQuery", "canonical_code", "parse_room"]
