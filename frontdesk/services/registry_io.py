"""Moved to :mod:`frontdesk.services.registry.importing` / ``.export`` / ``.files`` (kept so
older imports keep working)."""

from frontdesk.services.registry.export import ExportResult
from frontdesk.services.registry.files import COLUMNS, HEADERS, ImportFileError, read_table
from frontdesk.services.registry.importing import ImportPreview, ImportResult, ImportRow, RegistryIO, RejectedRow, RowProblem

__all__ = [
    "COLUMNS",
    "HEADERS",
    "ExportResult",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "RegistryIO",
    "RejectedRow",
    "RowProblem",
    "read_table",
]
