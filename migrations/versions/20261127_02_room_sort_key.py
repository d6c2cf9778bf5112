"""room sort key: rooms listed in natural order (2-1-101 before 10-1-101)

Revision ID: 20261127_02
Revises: 20261127_01
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "20261127_02"
down_revision = "20261127_01"
branch_labels = None
depends_on = None

_RUN = re.compile(r"\d+|\D+")


def _sort_key(code: str) -> str:
    # a copy of frontdesk.models.registry.code_sort_key as it was when this migration was written
    return "-".join("".join(r.zfill(6) if r.isdigit() else r for r in _RUN.findall(p)) for p in code.split("-"))


def upgrade() -> None:
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_key", sa.String(length=80), nullable=True))
    bind = op.get_bind()
    room = sa.table("room", sa.column("id", sa.Integer), sa.column("code", sa.String), sa.column("sort_key", sa.String))
    rows = bind.execute(sa.select(room.c.id, room.c.code)).all()
    if rows:
        bind.execute(
            room.update().where(room.c.id == sa.bindparam("rid")).values(sort_key=sa.bindparam("key")),
            [{"rid": r.id, "key": _sort_key(r.code)} for r in rows],
        )
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.alter_column("sort_key", existing_type=sa.String(length=80), nullable=False)
        batch_op.create_index("ix_room_project_sort", ["project_id", "sort_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.drop_index("ix_room_project_sort")
        batch_op.drop_column("sort_key")
