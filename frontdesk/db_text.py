"""Substring search over Chinese text: a two-character (bigram) index, and the one place that
knows how each database engine stores it.

Why this exists. Chinese has no spaces, so word tokenizers find nothing, and the words people
search for are mostly two characters (漏水, 停车, 噪音). ``LIKE '%漏水%'`` reads every row (0.3–0.5 s
on a million entries); SQLite's FTS5 ``trigram`` tokenizer cannot match a term shorter than three
characters. So the text is cut into overlapping two-character tokens, ``楼上漏水`` →
``楼上 上漏 漏水 水``, and a term is found as the phrase of its own bigrams: exact for any length,
one index lookup for a two-character term. The last character of every run is also kept as a
one-character token, so that a one-character term is a prefix query (``漏*``).

Two storages, one meaning:

* SQLite — an FTS5 table without stored content (``content=''``), rowid = the record's sort key.
  Positions are kept, so a longer term is an exact phrase match; ``ORDER BY rowid DESC LIMIT n``
  walks the index newest first, so the newest 200 matches cost a few milliseconds. Removing a
  document from a contentless table needs the tokens it was indexed with, which are computed
  again from the old values — the same function, so they are identical (:data:`TOKENIZER_VERSION`
  names it; a migration must rebuild the index if it ever changes).
* PostgreSQL (and any other engine) — a plain table ``<name>_gram(gram, doc)`` with a B-tree on
  ``(gram, doc)``: a two-character term is a backward range scan of the index, a longer one a
  join of its bigrams whose hits the caller re-checks (:attr:`Match.exact` is False), because the
  table keeps no positions. ``COLLATE "C"`` makes the range for a one-character term code-point
  ordered, whatever the server's locale.

Everything else in the app uses :class:`BigramIndex` through SQLAlchemy and does not know which
storage is behind it. The index is written inside the caller's transaction, so a record and its
index entries are committed (or rolled back) together.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    FromClause,
    MetaData,
    String,
    Table,
    TextClause,
    and_,
    bindparam,
    column,
    exists,
    select,
    table,
    text,
)

TOKENIZER_VERSION = 1

#: Every text index, by name; alembic ignores their tables (see :func:`alembic_include_name`).
_REGISTRY: dict[str, BigramIndex] = {}


# --- turning text into tokens ------------------------------------------------------------------


def normalize(value: str | None) -> str:
    """Full-width → half-width, compatibility forms folded, case folded."""
    return unicodedata.normalize("NFKC", value or "").casefold()


# ``\w`` is exactly the characters for which str.isalnum() is true, plus the underscore.
_RUN = re.compile(r"[^\W_]+")


def runs(value: str | None) -> list[str]:
    """The maximal runs of letters and digits (Chinese characters count as letters)."""
    return _RUN.findall(normalize(value))


def run_tokens(run: str) -> list[str]:
    """``漏水严重`` → ``漏水 水严 严重 重``: every bigram, then the last character alone."""
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def tokens(value: str | None) -> list[str]:
    out: list[str] = []
    for r in runs(value):
        out.extend(run_tokens(r))
    return out


def document(value: str | None) -> str:
    """The token string stored for a text (space separated)."""
    return " ".join(tokens(value))


def contains(haystack: str | None, needles: Sequence[str]) -> bool:
    """True when every needle (a normalized run) occurs inside one run of ``haystack``."""
    joined = "\x00".join(runs(haystack))
    return all(n in joined for n in needles)


# --- what a search gives back --------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """Candidates for a term, to be joined to the records: ``source`` joined on ``key`` (the sort
    key), filtered by ``where``, ordered by ``key`` descending. When ``exact`` is False the caller
    keeps only rows whose text satisfies :func:`contains` with ``needles``."""

    source: FromClause
    key: ColumnElement[int]
    where: tuple[ColumnElement[bool] | TextClause, ...]
    exact: bool
    needles: tuple[str, ...]


class BigramIndex:
    """A bigram index over the text of one kind of record, keyed by the record's integer sort key
    (newest = largest). ``portable=True`` forces the plain-table storage on SQLite too (tests)."""

    def __init__(self, name: str, *, portable: bool = False) -> None:
        self.name = name
        self.portable = portable
        self.fts_name = f"{name}_fts"
        self.gram_name = f"{name}_gram"
        self._fts = table(self.fts_name, column("rowid", BigInteger))
        self._fts_match = text(f"{self.fts_name} MATCH :fts_query")
        self._gram = Table(
            self.gram_name,
            MetaData(),
            Column("gram", String(2), primary_key=True),
            Column("doc", BigInteger, primary_key=True),
        )
        if not portable:
            _REGISTRY[name] = self

    # --- which storage ----------------------------------------------------------------------

    def uses_fts5(self, dialect: str) -> bool:
        return dialect == "sqlite" and not self.portable

    @staticmethod
    def _dialect(conn: Any) -> str:
        bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
        return str(bind.dialect.name)

    # --- schema (used by migrations) -----------------------------------------------------------

    def create_ddl(self, dialect: str) -> list[str]:
        if self.uses_fts5(dialect):
            return [f"CREATE VIRTUAL TABLE {self.fts_name} USING fts5(grams, content='', tokenize='ascii', detail='full')"]
        collate = {"postgresql": ' COLLATE "C"', "sqlite": " COLLATE BINARY"}.get(dialect, "")
        tail = " WITHOUT ROWID" if dialect == "sqlite" else ""
        return [
            f"CREATE TABLE {self.gram_name} (gram VARCHAR(2){collate} NOT NULL, doc BIGINT NOT NULL, "
            f"CONSTRAINT pk_{self.gram_name} PRIMARY KEY (gram, doc)){tail}",
            f"CREATE INDEX ix_{self.gram_name}_doc ON {self.gram_name} (doc)",
        ]

    def drop_ddl(self, dialect: str) -> list[str]:
        if self.uses_fts5(dialect):
            return [f"DROP TABLE IF EXISTS {self.fts_name}"]
        return [f"DROP TABLE IF EXISTS {self.gram_name}"]

    def owns_table(self, name: str) -> bool:
        """The FTS5 table and its shadow tables, or the gram table."""
        return name == self.gram_name or name == self.fts_name or name.startswith(self.fts_name + "_")

    # --- writing (inside the caller's transaction) ------------------------------------------------

    def add(self, conn: Any, key: int, value: str | None) -> None:
        self.add_many(conn, [(key, value)])

    def add_many(self, conn: Any, docs: Iterable[tuple[int, str | None]]) -> None:
        """Index many documents at once (bulk loads: executemany, no ORM)."""
        if self.uses_fts5(self._dialect(conn)):
            params = [{"k": k, "g": document(v)} for k, v in docs]
            if params:
                conn.execute(text(f"INSERT INTO {self.fts_name}(rowid, grams) VALUES (:k, :g)"), params)
            return
        rows = [{"gram": g, "doc": k} for k, v in docs for g in sorted(set(tokens(v)))]
        if rows:
            conn.execute(self._gram.insert(), rows)

    def remove(self, conn: Any, key: int, old_value: str | None) -> None:
        """Forget a document; ``old_value`` must be the text it was indexed with."""
        if self.uses_fts5(self._dialect(conn)):
            conn.execute(
                text(f"INSERT INTO {self.fts_name}({self.fts_name}, rowid, grams) VALUES ('delete', :k, :g)"),
                {"k": key, "g": document(old_value)},
            )
            return
        conn.execute(self._gram.delete().where(self._gram.c.doc == key))

    def replace(self, conn: Any, old_key: int, old_value: str | None, new_key: int, new_value: str | None) -> None:
        if old_key == new_key and document(old_value) == document(new_value):
            return
        self.remove(conn, old_key, old_value)
        self.add(conn, new_key, new_value)

    def clear(self, conn: Any) -> None:
        if self.uses_fts5(self._dialect(conn)):
            conn.execute(text(f"INSERT INTO {self.fts_name}({self.fts_name}) VALUES ('delete-all')"))
        else:
            conn.execute(self._gram.delete())

    # --- searching ---------------------------------------------------------------------------------

    def match(self, dialect: str, term: str | None) -> Match | None:
        """Candidates for ``term`` (None when it holds no letter or digit). Several words separated
        by spaces or punctuation must all occur."""
        needles = tuple(dict.fromkeys(runs(term)))
        if not needles:
            return None
        if self.uses_fts5(dialect):
            return self._match_fts5(needles)
        return self._match_portable(needles)

    def _match_fts5(self, needles: tuple[str, ...]) -> Match:
        parts = []
        for n in needles:
            if len(n) == 1:
                parts.append(f'"{n}"*')
            else:
                parts.append('"' + " ".join(run_tokens(n)[:-1]) + '"')
        # unique: one statement may hold several matches (global search, a word per subquery)
        cond = self._fts_match.bindparams(bindparam("fts_query", " ".join(parts), unique=True))
        return Match(self._fts, self._fts.c.rowid, (cond,), True, needles)

    def _match_portable(self, needles: tuple[str, ...]) -> Match:
        g = self._gram
        bigrams: list[str] = []
        singles: list[str] = []
        for n in needles:
            if len(n) == 1:
                singles.append(n)
            else:
                bigrams.extend(run_tokens(n)[:-1])
        bigrams = list(dict.fromkeys(bigrams))
        exact = all(len(n) <= 2 for n in needles)

        def starts_with(gram_col: ColumnElement[str], ch: str) -> ColumnElement[bool]:
            return and_(gram_col >= ch, gram_col < chr(ord(ch) + 1))

        if not bigrams:
            # one-character terms only: documents having a token that starts with the character
            first = g.alias("g0")
            sub = select(first.c.doc).where(starts_with(first.c.gram, singles[0])).distinct().subquery("gm")
            source: FromClause = sub
            key = sub.c.doc
            where: list[ColumnElement[bool] | TextClause] = []
            rest = singles[1:]
        else:
            first = g.alias("g0")
            source = first
            for i, gram in enumerate(bigrams[1:], start=1):
                other = g.alias(f"g{i}")
                source = source.join(other, and_(other.c.doc == first.c.doc, other.c.gram == gram))
            key = first.c.doc
            where = [first.c.gram == bindparam("gram0", bigrams[0], unique=True)]
            rest = singles
        for i, ch in enumerate(rest):
            s = g.alias(f"s{i}")
            where.append(exists().where(s.c.doc == key, starts_with(s.c.gram, ch)))
        return Match(source, key, tuple(where), exact, needles)


def alembic_include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """For alembic (env.py, the migration test): text-index tables are made by their migration
    with dialect-specific DDL and are not part of the models."""
    if type_ == "table" and name is not None:
        return not any(ix.owns_table(name) for ix in _REGISTRY.values())
    return True
