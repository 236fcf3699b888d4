"""Walk every table of a database (reflected, so tables outside our models count too) for
values derived from one user: the proof that /forget forgot."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, MetaData, select

# Tables whose integer `id` is a row derived from a user (applications, notifications...).
ID_TABLES = ("users", "profiles", "preferences", "applications", "notifications")


@dataclass
class Person:
    """What identifies one user's data anywhere in the database."""

    user_id: int
    texts: dict[str, str]  # what it is -> a string that must not survive (name, e-mail, ...)
    row_ids: dict[str, set[int]] = field(default_factory=dict)  # table -> ids of their rows

    def keys(self) -> dict[str, re.Pattern[str]]:
        """String keys built from the user id: verdict cache keys, the scheduler's job id."""
        return {
            "verdict cache key": re.compile(rf"(^|[\"'])({self.user_id}):v"),
            "scheduler job id": re.compile(rf"autoapply:{self.user_id}(?!\d)"),
        }


def dump(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as the database has it."""
    meta = MetaData()
    meta.reflect(bind=engine)
    with engine.connect() as conn:
        return {
            table.name: [dict(row._mapping) for row in conn.execute(select(table))]
            for table in meta.sorted_tables
        }


def _text(value: Any) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("latin-1")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def traces(rows: dict[str, list[dict[str, Any]]], person: Person) -> set[str]:
    """Where `person` still shows, as "table.column: what" (empty: nothing left)."""
    found: set[str] = set()
    for table, records in rows.items():
        mine = person.row_ids.get(table, set())
        if table == "users":
            mine = mine | {person.user_id}
        for record in records:
            for column, value in record.items():
                if value is None or isinstance(value, bool):
                    continue
                if isinstance(value, int):
                    if column == "user_id" and value == person.user_id:
                        found.add(f"{table}.{column}: user id")
                    elif column == "id" and table in ID_TABLES and value in mine:
                        found.add(f"{table}.{column}: their row id")
                    continue
                text = _text(value)
                for what, marker in person.texts.items():
                    if marker and marker in text:
                        found.add(f"{table}.{column}: {what}")
                for what, pattern in person.keys().items():
                    if pattern.search(text):
                        found.add(f"{table}.{column}: {what}")
    return found
