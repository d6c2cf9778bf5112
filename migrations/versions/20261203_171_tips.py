"""tips (温馨提示), and the call log"s link to a record that concerns the call

Revision ID: 20261203_171
Revises: 20261203_162
Create Date: 2026-12-03 14:31:30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.models.base

revision = "20261203_171"
down_revision = "20261203_162"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tip_notice",
        sa.Column("template", sa.String(length=20), nullable=True),
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("scope_items", sa.String(length=500), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("posted_at", sa.String(length=200), nullable=True),
        sa.Column("approved_by_name", sa.String(length=50), nullable=True),
        sa.Column("approved_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("published_by_name", sa.String(length=50), nullable=True),
        sa.Column("published_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_by_name", sa.String(length=50), nullable=True),
        sa.Column("withdrawn_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_by_name", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_tip_notice_created_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tip_notice")),
        sa.UniqueConstraint("number", name=op.f("uq_tip_notice_number")),
    )

    with op.batch_alter_table("tip_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tip_notice_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_tip_notice_valid_from"), ["valid_from"], unique=False)
        batch_op.create_index(batch_op.f("ix_tip_notice_valid_to"), ["valid_to"], unique=False)

    with op.batch_alter_table("call_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("link_kind", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("link_id", sa.Integer(), nullable=True))

    # ### end Alembic commands ###


def downgrade() -> None:
    with op.batch_alter_table("call_log", schema=None) as batch_op:
        batch_op.drop_column("link_id")
        batch_op.drop_column("link_kind")

    with op.batch_alter_table("tip_notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tip_notice_valid_to"))
        batch_op.drop_index(batch_op.f("ix_tip_notice_valid_from"))
        batch_op.drop_index(batch_op.f("ix_tip_notice_state"))

    op.drop_table("tip_notice")
