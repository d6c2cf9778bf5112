"""receipts

Revision ID: 20261203_191
Revises: 20261203_185
Create Date: 2026-12-03 14:30:34.925185
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.models.base

revision = "20261203_191"
down_revision = "20261203_185"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counter_receipt",
        sa.Column("payer", sa.String(length=50), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("room_code", sa.String(length=50), nullable=True),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=True),
        sa.Column("total", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("book_number", sa.String(length=30), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("source_kind", sa.String(length=20), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_number", sa.String(length=24), nullable=True),
        sa.Column("voided_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("voided_by_name", sa.String(length=50), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("void_approved_by", sa.String(length=50), nullable=True),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_by_name", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_counter_receipt_created_by_id_staff")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_counter_receipt_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counter_receipt")),
        sa.UniqueConstraint("number", name=op.f("uq_counter_receipt_number")),
    )
    with op.batch_alter_table("counter_receipt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_counter_receipt_method"), ["method"], unique=False)
        batch_op.create_index(batch_op.f("ix_counter_receipt_room_code"), ["room_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_counter_receipt_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_counter_receipt_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_counter_receipt_state"), ["state"], unique=False)

    op.create_table(
        "counter_receipt_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.String(length=60), nullable=True),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["counter_receipt.id"],
            name=op.f("fk_counter_receipt_line_receipt_id_counter_receipt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counter_receipt_line")),
    )
    with op.batch_alter_table("counter_receipt_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_counter_receipt_line_receipt_id"), ["receipt_id"], unique=False)


def downgrade() -> None:
    op.drop_table("counter_receipt_line")
    op.drop_table("counter_receipt")
