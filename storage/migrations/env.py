"""Alembic environment: runs against the engine the application hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import storage.tables  # noqa: F401  (registers the tables on the metadata)

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    raw = connection.connection.driver_connection if sqlite else None
    if raw is not None:
        # SQLite rebuilds a table to alter it; with foreign keys on, dropping the old `users`
        # would cascade-delete every row that points at it. The pragma only takes effect
        # outside a transaction, hence the driver connection (autocommit) before BEGIN.
        raw.execute("PRAGMA foreign_keys=OFF")
    try:
        context.configure(
            connection=connection,
            target_metadata=SQLModel.metadata,
            render_as_batch=sqlite,
        )
        with context.begin_transaction():
            before = context.get_context().get_current_revision()
            context.run_migrations()
            moved = context.get_context().get_current_revision() != before
            if raw is not None and moved:  # a full scan: only when something was migrated
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} dangling references")
        connection.commit()
    finally:
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")
