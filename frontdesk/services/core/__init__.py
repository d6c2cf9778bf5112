"""What every feature's services share: record kinds and change sets, the feature registration,
state machines, versioned edits, keyset paging, column specs and typed settings options.

Nothing here imports Qt, and nothing here lists the features: each feature registers itself
(see :mod:`frontdesk.services.core.features`)."""
