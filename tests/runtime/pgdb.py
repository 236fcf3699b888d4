"""A PostgreSQL database of a test's own, so tests running side by side never share queues."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


@contextmanager
def own_database(server_url: str) -> Iterator[str]:
    """Create an empty database on the server of `server_url`; drop it afterwards."""
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    name = f"jobbot_scale_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def rows(url: str, query: str, **params: Any) -> list[Any]:
    """Run one read query on `url` and return its rows."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(query), params))
    finally:
        engine.dispose()
