"""整改通知 screens: the notices tab and its list model."""
