"""Helpers shared by the tests: test data (estates, orders, complaints, handovers), driving the UI
by keyboard, logging in, and reading printed forms back."""
