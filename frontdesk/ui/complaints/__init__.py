"""投诉登记 on screen: the list tab, the six-step detail, the forms, the monthly table."""
