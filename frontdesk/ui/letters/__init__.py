"""工作联系单's tab (the generic record tab)."""
