"""回访's UI: the callback queue tab (``tab``)."""
