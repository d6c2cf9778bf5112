"""Indexes that serve several features' reads at once, found with benchmarks/bench_actions.py on
ten years of a busy centre (each names the read it serves). Kept here, beside the models whose
tables they index, so the models and the migrations (20261203_03) still agree."""

from __future__ import annotations

from sqlalchemy import Index

from frontdesk.models.callbacks import Callback
from frontdesk.models.passes import RectificationNotice, ReleasePass
from frontdesk.models.work_orders import WorkOrder

INDEXES = (
    # 门岗核验: today's released passes, newest first (was a sort of every used pass)
    Index("ix_release_pass_state_used_at", ReleasePass.state, ReleasePass.used_at),
    # the handover's urgent orders of the shift (was every urgent order ever reported)
    Index("ix_work_order_urgency_reported_at", WorkOrder.urgency, WorkOrder.reported_at),
    # the callback queue and its due/overdue counts, in due order without a sort
    Index("ix_callback_state_due_at", Callback.state, Callback.due_at, Callback.id),
    # notices due for re-inspection, in deadline order without a sort
    Index("ix_rectification_notice_state_deadline", RectificationNotice.state, RectificationNotice.deadline),
)
