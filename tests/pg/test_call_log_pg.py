"""The call-log service tests again, on PostgreSQL (the portable bigram table instead of FTS5).

Uses the throwaway server of tests/pg/conftest.py (or $FRONTDESK_TEST_PG).
"""

from __future__ import annotations

import pytest

from frontdesk.db import Database
from frontdesk.services.call_log.service import CallLogService
from frontdesk.services.container import Services
from tests.services.test_call_log import *  # noqa: F403  (the same tests, collected here again)


@pytest.fixture
def db(pg_db: Database) -> Database:  # overrides the SQLite file of tests/conftest.py
    return pg_db


@pytest.fixture
def call_log(services: Services) -> CallLogService:  # one storage here: the portable table
    assert services.db.engine.dialect.name == "postgresql"
    return services.call_log
