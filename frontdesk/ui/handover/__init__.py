"""The shift handover's screens: the tab, the draft and 接班 dialogs, the detail view, the list
model, printing and the shift settings."""
