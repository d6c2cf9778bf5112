"""Widgets and helpers every feature's UI shares: running operations, paged tables driven by
column specs, the print action, the service form shape and conflict handling."""
