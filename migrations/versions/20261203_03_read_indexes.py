"""indexes found with bench_actions on ten years of a busy centre (models/indexes.py)

Revision ID: 20261203_03
Revises: 20261203_02
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "20261203_03"
down_revision = "20261203_02"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_release_pass_state_used_at", "release_pass", ["state", "used_at"]),
    ("ix_work_order_urgency_reported_at", "work_order", ["urgency", "reported_at"]),
    ("ix_callback_state_due_at", "callback", ["state", "due_at", "id"]),
    ("ix_rectification_notice_state_deadline", "rectification_notice", ["state", "deadline"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
