"""Settings of one portal instance (jobs, database, seed, decisions, faults)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mock_portal.faults import FaultConfig
from mock_portal.limits import DEFAULT_MAX_BODY_BYTES


@dataclass(frozen=True)
class PortalConfig:
    """Everything `create_app` needs; the CLI and `server.run` build one of these."""

    jobs_path: Path | None = None  # None: the shipped corpus (mock_portal/data/jobs.json)
    db_path: Path | None = None  # None: an in-memory database (gone when the app is)
    seed: int = 0
    decision_delay: float = 30.0  # seconds an application stays on_process
    accept_rate: float = 0.5
    ignore_idempotency: bool = False  # behave like the original portal: no keys, no 409
    faults: FaultConfig = field(default_factory=FaultConfig)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES

    def __post_init__(self) -> None:
        if self.decision_delay < 0:
            raise ValueError("decision_delay must be >= 0")
        if not 0.0 <= self.accept_rate <= 1.0:
            raise ValueError("accept_rate must be between 0 and 1")
        if self.max_body_bytes < 1:
            raise ValueError("max_body_bytes must be positive")
