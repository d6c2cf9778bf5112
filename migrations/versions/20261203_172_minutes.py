"""minutes (会议纪要) and their actions

Revision ID: 20261203_172
Revises: 20261203_171
Create Date: 2026-12-03 14:31:30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.models.base

revision = "20261203_172"
down_revision = "20261203_171"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_minutes",
        sa.Column("meeting", sa.String(length=100), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=True),
        sa.Column("host", sa.String(length=50), nullable=True),
        sa.Column("attendee_ids", sa.String(length=500), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("issued_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("issued_by_name", sa.String(length=50), nullable=True),
        sa.Column("closed_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_by_name", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_meeting_minutes_created_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_minutes")),
        sa.UniqueConstraint("number", name=op.f("uq_meeting_minutes_number")),
    )

    with op.batch_alter_table("meeting_minutes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_minutes_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_minutes_state"), ["state"], unique=False)

    op.create_table(
        "minutes_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("minutes_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=50), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("done_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_note", sa.String(length=500), nullable=True),
        sa.Column("done_by_name", sa.String(length=50), nullable=True),
        sa.ForeignKeyConstraint(
            ["minutes_id"], ["meeting_minutes.id"], name=op.f("fk_minutes_action_minutes_id_meeting_minutes")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["staff.id"], name=op.f("fk_minutes_action_owner_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_action")),
    )

    with op.batch_alter_table("minutes_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_action_due"), ["due"], unique=False)
        batch_op.create_index(batch_op.f("ix_minutes_action_minutes_id"), ["minutes_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_minutes_action_owner_id"), ["owner_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("minutes_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_action_owner_id"))
        batch_op.drop_index(batch_op.f("ix_minutes_action_minutes_id"))
        batch_op.drop_index(batch_op.f("ix_minutes_action_due"))

    op.drop_table("minutes_action")

    with op.batch_alter_table("meeting_minutes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_minutes_state"))
        batch_op.drop_index(batch_op.f("ix_meeting_minutes_held_on"))

    op.drop_table("meeting_minutes")
