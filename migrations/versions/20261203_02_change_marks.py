"""change marks: how often each record kind was changed, polled by the counters

Revision ID: 20261203_02
Revises: 20261203_01
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261203_02"
down_revision = "20261203_01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_mark",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_change_mark")),
    )


def downgrade() -> None:
    op.drop_table("change_mark")
