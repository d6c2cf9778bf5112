"""Moved to :mod:`frontdesk.services.registry.importing` / ``.export`` / ``.files`` (kept so
older imports keep working)."""

from frontdesk.services.registry.files import COLUMNS, HEADERS, read_table
from frontdesk.services.registry.importing import *  # noqa: F403
from frontdesk.services.registry.importing import __all__ as _moved

__all__ = [*_moved, "COLUMNS", "HEADERS", "read_table"]
