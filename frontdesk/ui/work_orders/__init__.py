"""维修工作单 in the UI: the tab, its dialogs, the detail view and the list model."""
