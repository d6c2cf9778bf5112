"""Moved to :mod:`frontdesk.ui.registry.tab` (kept so older imports keep working)."""

from frontdesk.ui.registry.tab import RegistryTab

__all__ = ["RegistryTab"]
