"""装修管理: the record tab and the guard's worker-card check."""
