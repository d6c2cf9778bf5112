"""Database-side guards the ORM cannot express: append-only tables, frozen rows.

Used by migrations; SQLite and PostgreSQL each get their own trigger syntax.
"""

from __future__ import annotations


def append_only_ddl(dialect: str, table: str) -> list[str]:
    """Triggers that make the database itself refuse UPDATE and DELETE on ``table``."""
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
        ]
    if dialect == "postgresql":
        return [
            "CREATE OR REPLACE FUNCTION frontdesk_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql",
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION frontdesk_append_only()",
        ]
    raise NotImplementedError(dialect)


def drop_append_only_ddl(dialect: str, table: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {table}_no_update", f"DROP TRIGGER IF EXISTS {table}_no_delete"]
    return [f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}"]


# --- rows frozen once a column is set (e.g. a handover once acknowledged) ---------------------


def frozen_once_set_ddl(dialect: str, table: str, column: str) -> list[str]:
    """Triggers that refuse UPDATE and DELETE of a row of ``table`` whose ``column`` is not NULL.

    The UPDATE that sets ``column`` itself is allowed (the old value is still NULL)."""
    msg = f"{table} is frozen once {column} is set"
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER {table}_frozen_update BEFORE UPDATE ON {table} "
            f"WHEN OLD.{column} IS NOT NULL BEGIN SELECT RAISE(ABORT, '{msg}'); END",
            f"CREATE TRIGGER {table}_frozen_delete BEFORE DELETE ON {table} "
            f"WHEN OLD.{column} IS NOT NULL BEGIN SELECT RAISE(ABORT, '{msg}'); END",
        ]
    if dialect == "postgresql":
        return [
            f"CREATE OR REPLACE FUNCTION {table}_frozen() RETURNS trigger AS $$ "
            f"BEGIN IF OLD.{column} IS NOT NULL THEN RAISE EXCEPTION '{msg} (id %)', OLD.id; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
            f"CREATE TRIGGER {table}_frozen BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_frozen()",
        ]
    raise NotImplementedError(dialect)


def frozen_child_ddl(dialect: str, child: str, fk: str, parent: str, column: str) -> list[str]:
    """Triggers that refuse INSERT, UPDATE and DELETE of ``child`` rows whose parent is frozen."""
    msg = f"{parent} is frozen once {column} is set"

    def frozen(ref: str) -> str:
        return f"(SELECT {column} FROM {parent} WHERE id = {ref}.{fk}) IS NOT NULL"

    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER {child}_frozen_insert BEFORE INSERT ON {child} "
            f"WHEN {frozen('NEW')} BEGIN SELECT RAISE(ABORT, '{msg}'); END",
            f"CREATE TRIGGER {child}_frozen_update BEFORE UPDATE ON {child} "
            f"WHEN {frozen('OLD')} OR {frozen('NEW')} BEGIN SELECT RAISE(ABORT, '{msg}'); END",
            f"CREATE TRIGGER {child}_frozen_delete BEFORE DELETE ON {child} "
            f"WHEN {frozen('OLD')} BEGIN SELECT RAISE(ABORT, '{msg}'); END",
        ]
    if dialect == "postgresql":
        return [
            f"CREATE OR REPLACE FUNCTION {child}_frozen() RETURNS trigger AS $$ BEGIN "
            f"IF TG_OP IN ('UPDATE', 'DELETE') AND {frozen('OLD')} THEN "
            f"RAISE EXCEPTION '{msg} (id %)', OLD.{fk}; END IF; "
            f"IF TG_OP IN ('UPDATE', 'INSERT') AND {frozen('NEW')} THEN "
            f"RAISE EXCEPTION '{msg} (id %)', NEW.{fk}; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
            f"CREATE TRIGGER {child}_frozen BEFORE INSERT OR UPDATE OR DELETE ON {child} "
            f"FOR EACH ROW EXECUTE FUNCTION {child}_frozen()",
        ]
    raise NotImplementedError(dialect)


def drop_frozen_ddl(dialect: str, table: str) -> list[str]:
    """Undo :func:`frozen_once_set_ddl` or :func:`frozen_child_ddl` for ``table``."""
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {table}_frozen_{op}" for op in ("insert", "update", "delete")]
    return [f"DROP TRIGGER IF EXISTS {table}_frozen ON {table}", f"DROP FUNCTION IF EXISTS {table}_frozen()"]
