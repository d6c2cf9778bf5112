"""Kept for the tabs not yet moved to column specs: the writer lives in frontdesk.printing.xlsx."""

from __future__ import annotations

from frontdesk.printing.xlsx import write_table

__all__ = ["write_table"]
