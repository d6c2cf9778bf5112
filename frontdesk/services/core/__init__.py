"""What every feature's services share: the service base (``service``: database, clock,
settings, today, the audit call), record kinds and change sets, the feature registration,
state machines, loading records and versioned edits (``versioning``), rows copied from records
(``rows``), status counts and search hits (``counting``), keyset paging, column specs and typed
settings options.

Nothing here imports Qt, and nothing here lists the features: each feature registers itself
(see :mod:`frontdesk.services.core.features`)."""
