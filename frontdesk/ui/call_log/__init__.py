"""来电来访登记's UI: the tab (``tab``), the entry form (``form``), the list model (``model``),
the smaller widgets (``widgets``: conflict panel, caller panel, follow-up dialog) and the export
(``export``)."""
