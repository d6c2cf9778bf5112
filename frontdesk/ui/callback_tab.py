"""Moved to :mod:`frontdesk.ui.callbacks.tab` (kept so that other features' imports keep working)."""

from __future__ import annotations

from frontdesk.ui.callbacks.tab import CallbackTab

__all__ = ["CallbackTab"]
