"""The estate registry (业户档案): rooms and occupants, finding a room from any spelling, the
import and export of the estate file, and the rooms feature's registration.

``rooms`` reads a typed room; ``service`` finds rooms and edits occupants (core: every feature
finds rooms through it); ``files`` is the file format; ``importing`` the import (and the
``RegistryIO`` service); ``export`` the export; ``feature`` the registration (``FEATURE``)."""

from __future__ import annotations

from frontdesk.services.registry.feature import FEATURE
from frontdesk.services.registry.service import OccupantInput, RegistryService

__all__ = ["FEATURE", "OccupantInput", "RegistryService"]
