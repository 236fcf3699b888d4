"""The portal's behaviour behind the HTTP routes: apply with idempotency, status, listings."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from mock_portal.catalog import Catalog
from mock_portal.config import PortalConfig
from mock_portal.decisions import iso_utc, state
from mock_portal.faults import new_fault_counts
from mock_portal.models import ApplyRequest
from mock_portal.store import Application, ApplicationStore, new_application_id

logger = logging.getLogger(__name__)

Clock = Callable[[], float]


class PortalError(Exception):
    """A client mistake, answered as `{"detail": ..., **extra}` with `status`."""

    def __init__(self, status: int, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.extra = extra


class Portal:
    """One portal instance. Methods do no I/O awaits, so each runs atomically on the loop."""

    def __init__(
        self,
        config: PortalConfig,
        catalog: Catalog,
        store: ApplicationStore,
        clock: Clock = time.time,
    ) -> None:
        self.config = config
        self.catalog = catalog
        self.store = store
        self.clock = clock
        self.faults_injected = new_fault_counts()

    def apply(self, req: ApplyRequest, idempotency_key: str | None) -> tuple[Application, bool]:
        """Store an application; return it and whether it is new.

        The same Idempotency-Key replays the stored application; the same user and job
        without it is a 409 naming the stored one. With `ignore_idempotency` neither
        applies: every call stores a new record, like the original portal.
        """
        if req.job_id not in self.catalog:
            raise PortalError(400, f"unknown job_id {req.job_id!r}")
        key = None if self.config.ignore_idempotency else idempotency_key
        if key is not None:
            existing = self.store.by_key(key)
            if existing is not None:
                if (existing.user_id, existing.job_id) != (req.user_id, req.job_id):
                    raise PortalError(
                        422, "Idempotency-Key was already used for a different user_id or job_id"
                    )
                logger.info("idempotent replay of %s", existing.application_id)
                return existing, False
        if not self.config.ignore_idempotency:
            dup = self.store.find(req.user_id, req.job_id)
            if dup is not None:
                raise PortalError(
                    409,
                    f"user {req.user_id!r} already applied to job {req.job_id!r}",
                    application_id=dup.application_id,
                )
        now = self.clock()
        app = Application(
            application_id=new_application_id(),
            user_id=req.user_id,
            job_id=req.job_id,
            name=req.name,
            phone=req.phone,
            resume=req.resume,
            cover_letter=req.cover_letter,
            evidence_points=req.evidence_points,
            idempotency_key=key,
            created_at=now,
            decide_at=now + self.config.decision_delay,
        )
        self.store.insert(app)
        logger.info("stored %s (%s -> %s)", app.application_id, app.user_id, app.job_id)
        return app, True

    def _state(self, app: Application, now: float) -> tuple[str, str | None]:
        return state(app, now, self.config.seed, self.config.accept_rate)

    def status(self, user_id: str) -> dict[str, list[dict[str, Any]]]:
        """The original /status shape: three buckets of records, oldest first."""
        now = self.clock()
        buckets: dict[str, list[dict[str, Any]]] = {
            "accepted": [],
            "rejected": [],
            "on_process": [],
        }
        for app in self.store.for_user(user_id):
            decision, decision_at = self._state(app, now)
            buckets[decision].append(
                {
                    "application_id": app.application_id,
                    "job_id": app.job_id,
                    "user_id": app.user_id,
                    "decision_at": decision_at,
                    "decision": decision,
                }
            )
        return buckets

    def admin_applications(self, user_id: str | None = None) -> dict[str, Any]:
        """Everything stored (test support), with counts per (user_id, job_id)."""
        now = self.clock()
        apps = []
        for app in self.store.all(user_id):
            decision, decision_at = self._state(app, now)
            apps.append(
                {
                    "application_id": app.application_id,
                    "user_id": app.user_id,
                    "job_id": app.job_id,
                    "name": app.name,
                    "phone": app.phone,
                    "resume": app.resume,
                    "cover_letter": app.cover_letter,
                    "evidence_points": app.evidence_points,
                    "idempotency_key": app.idempotency_key,
                    "created_at": iso_utc(app.created_at),
                    "decision": decision,
                    "decision_at": decision_at,
                }
            )
        pairs = self.store.counts(user_id)
        return {
            "total": len(apps),
            "applications": apps,
            "counts": [{"user_id": u, "job_id": j, "count": n} for u, j, n in pairs],
            "duplicates": [{"user_id": u, "job_id": j, "count": n} for u, j, n in pairs if n > 1],
        }

    def health(self) -> dict[str, Any]:
        return {
            "status": "ok",
            "jobs": len(self.catalog),
            "applications": self.store.count(),
            "faults_injected": dict(self.faults_injected),
        }
