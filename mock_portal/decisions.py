"""Deterministic application decisions: seeded hash of the application, revealed after a delay."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Literal

from mock_portal.store import Application

Verdict = Literal["accepted", "rejected"]
State = Literal["accepted", "rejected", "on_process"]


def iso_utc(ts: float) -> str:
    """Format a Unix time as ISO 8601 in UTC, second precision."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def verdict(seed: int, user_id: str, job_id: str, accept_rate: float = 0.5) -> Verdict:
    """The same seed, user and job always get the same verdict."""
    digest = hashlib.sha256(f"{seed}\x00{user_id}\x00{job_id}".encode()).digest()
    draw = int.from_bytes(digest[:8], "big") / 2**64
    return "accepted" if draw < accept_rate else "rejected"


def state(
    app: Application, now: float, seed: int, accept_rate: float = 0.5
) -> tuple[State, str | None]:
    """Return (decision, decision_at) as seen at `now`; on_process has no decision_at."""
    if now < app.decide_at:
        return "on_process", None
    return verdict(seed, app.user_id, app.job_id, accept_rate), iso_utc(app.decide_at)
