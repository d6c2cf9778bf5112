"""放行条 screens: the counter tab, the gate check, their widgets and list model."""
