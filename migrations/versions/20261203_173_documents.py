"""documents (收发文件登记)

Revision ID: 20261203_173
Revises: 20261203_172
Create Date: 2026-12-03 14:31:30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.models.base

revision = "20261203_173"
down_revision = "20261203_172"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_entry",
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("counterpart", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("doc_no", sa.String(length=50), nullable=True),
        sa.Column("doc_date", sa.Date(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("handled_by_id", sa.Integer(), nullable=True),
        sa.Column("handled_by_name", sa.String(length=50), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("received_by", sa.String(length=50), nullable=True),
        sa.Column("received_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_note", sa.String(length=500), nullable=True),
        sa.Column("closed_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_by_name", sa.String(length=50), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_by_name", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", frontdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_document_entry_created_by_id_staff")),
        sa.ForeignKeyConstraint(["handled_by_id"], ["staff.id"], name=op.f("fk_document_entry_handled_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_entry")),
        sa.UniqueConstraint("number", name=op.f("uq_document_entry_number")),
    )

    with op.batch_alter_table("document_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_entry_direction"), ["direction"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_entry_doc_date"), ["doc_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_entry_doc_no"), ["doc_no"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_entry_state"), ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("document_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_entry_state"))
        batch_op.drop_index(batch_op.f("ix_document_entry_doc_no"))
        batch_op.drop_index(batch_op.f("ix_document_entry_doc_date"))
        batch_op.drop_index(batch_op.f("ix_document_entry_direction"))

    op.drop_table("document_entry")
    # ### end Alembic commands ###
