"""deposits

Revision ID: 20261203_192
Revises: 20261203_191
Create Date: 2026-12-03 14:30:34.925185
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.models.base

revision = "20261203_192"
down_revision = "20261203_191"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deposit",
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("payer", sa.String(length=50), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("room_code", sa.String(length=50), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("receipt_id", sa.Integer(), nullable=True),
        sa.Column("receipt_number", sa.String(length=24), nullable=True),
        sa.Column("source_kind", sa.String(length=20), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_number", sa.String(length=24), nullable=True),
        sa.Column("refunded_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("refunded_by_name", sa.String(length=50), nullable=True),
        sa.Column("refund_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("refund_method", sa.String(length=10), nullable=True),
        sa.Column("refund_to", sa.String(length=50), nullable=True),
        sa.Column("refund_note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_by_name", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_deposit_created_by_id_staff")),
        sa.ForeignKeyConstraint(["receipt_id"], ["counter_receipt.id"], name=op.f("fk_deposit_receipt_id_counter_receipt")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_deposit_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit")),
        sa.UniqueConstraint("number", name=op.f("uq_deposit_number")),
    )
    with op.batch_alter_table("deposit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deposit_room_code"), ["room_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_state"), ["state"], unique=False)

    op.create_table(
        "deposit_deduction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deposit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=100), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["deposit_id"], ["deposit.id"], name=op.f("fk_deposit_deduction_deposit_id_deposit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_deduction")),
    )
    with op.batch_alter_table("deposit_deduction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deposit_deduction_deposit_id"), ["deposit_id"], unique=False)


def downgrade() -> None:
    op.drop_table("deposit_deduction")
    op.drop_table("deposit")
