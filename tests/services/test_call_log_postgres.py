"""The call-log service tests again, on PostgreSQL (the portable bigram table instead of FTS5).

Runs only when FRONTDESK_TEST_PG names an empty database the tests may wipe, e.g.
``FRONTDESK_TEST_PG=postgresql+psycopg://postgres@/frontdesk_test?host=/tmp/pg``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

PG_URL = os.environ.get("FRONTDESK_TEST_PG", "")
if not PG_URL:
    pytest.skip("set FRONTDESK_TEST_PG to a PostgreSQL database to wipe", allow_module_level=True)

from frontdesk.db import Database  # noqa: E402
from frontdesk.schema import upgrade  # noqa: E402
from frontdesk.services.call_log import CallLogService  # noqa: E402
from frontdesk.services.container import Services  # noqa: E402
from tests.services.test_call_log import *  # noqa: E402, F403  (the same tests, collected here again)


@pytest.fixture
def db() -> Iterator[Database]:  # overrides the SQLite file of conftest
    database = Database(PG_URL)
    with database.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    upgrade(database)
    yield database
    database.dispose()


@pytest.fixture
def call_log(services: Services) -> CallLogService:  # one storage here: the portable table
    assert services.db.engine.dialect.name == "postgresql"
    return services.call_log
