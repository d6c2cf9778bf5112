"""The registry tab (业户档案): the tab, the occupant dialog, the import dialog, the room list model."""
