"""arrears

Revision ID: 20261203_193
Revises: 20261203_192
Create Date: 2026-12-03 14:30:34.925185
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.models.base

revision = "20261203_193"
down_revision = "20261203_192"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "arrears_case",
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("room_code", sa.String(length=50), nullable=False),
        sa.Column("building", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("total", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("imported_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("settled_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("settled_total", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("first_contact_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_call_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("promised_on", sa.Date(), nullable=True),
        sa.Column("last_reason", sa.String(length=20), nullable=True),
        sa.Column("notices_printed", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("settled_note", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_by_name", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_arrears_case_created_by_id_staff")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_arrears_case_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrears_case")),
        sa.UniqueConstraint("number", name=op.f("uq_arrears_case_number")),
    )
    with op.batch_alter_table("arrears_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arrears_case_building"), ["building"], unique=False)
        batch_op.create_index(batch_op.f("ix_arrears_case_room_code"), ["room_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_arrears_case_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_arrears_case_state"), ["state"], unique=False)

    op.create_table(
        "arrears_debt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=30), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["arrears_case.id"], name=op.f("fk_arrears_debt_case_id_arrears_case"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrears_debt")),
    )
    with op.batch_alter_table("arrears_debt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arrears_debt_case_id"), ["case_id"], unique=False)

    op.create_table(
        "arrears_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("by_name", sa.String(length=50), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=True),
        sa.Column("promised_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["arrears_case.id"], name=op.f("fk_arrears_call_case_id_arrears_case"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrears_call")),
    )
    with op.batch_alter_table("arrears_call", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arrears_call_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_arrears_call_reason"), ["reason"], unique=False)


def downgrade() -> None:
    op.drop_table("arrears_call")
    op.drop_table("arrears_debt")
    op.drop_table("arrears_case")
