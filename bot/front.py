"""`jobbot run --role front`: the chats of a deployment; cycles and applies go to the workers.

A front writes the schedule into the shared job store (its APScheduler never fires: the
leader worker does), queues run-now cycles and approved applications, and delivers the
outbox through its chat platforms (several fronts claim notifications with leases).
"""

from __future__ import annotations

import logging
from typing import Any

from bot.container import Container
from bot.leader import DeferringRunner
from bot.scheduler import AutoApplyScheduler
from bot.settings import Settings
from bot.tasks import Deferrer, apply_schema, build_app
from core.apply import ApplyRoutine, DocumentWriter
from core.errors import JobBotError
from core.models import Application
from core.ports import Portal, Store

log = logging.getLogger(__name__)


class QueueUnavailable(JobBotError):
    """The row is gone before its apply could be queued."""


class DeferringApplier(ApplyRoutine):
    """The Approve button in a front: the row is approved here and applied by a worker."""

    def __init__(
        self, store: Store, portal: Portal, writer: DocumentWriter, deferrer: Deferrer
    ) -> None:
        super().__init__(store, portal, writer)
        self._deferrer = deferrer

    async def apply(self, app_id: int) -> Application:
        row = await self._store.get_application(app_id)
        if row is None:
            raise QueueUnavailable("this job is no longer stored")
        await self._deferrer.apply(row.user_id, app_id)
        return row

    async def recover(self, user_id: int | None = None) -> list[Application]:
        """Nothing: a front never takes over applications (the user's next job does)."""
        return []


class FrontSchedule(AutoApplyScheduler):
    """The schedule as a front sees it: the shared job store, never fired here; run-now queues."""

    def __init__(self, deferrer: Deferrer, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deferrer = deferrer

    async def start(self, *, paused: bool = True) -> None:
        """Always paused: only the leader worker fires the shared schedule."""
        await super().start(paused=True)

    async def run_now(self, user_id: int) -> bool:
        """Queue a cycle; False when one is already waiting for the user."""
        return await self._deferrer.cycle(user_id, scheduled=False)


class FrontContainer(Container):
    """The embedded Container with the schedule and the Approve button handed to workers."""

    def __init__(self, settings: Settings, **kwargs: Any) -> None:
        super().__init__(settings, **kwargs)
        self.jobs_app = build_app(settings.database_url, pool_size=4)
        self.deferrer = Deferrer(self.jobs_app)
        self.scheduler = FrontSchedule(
            self.deferrer,
            self.scheduler_engine,
            DeferringRunner(self.deferrer),
            self.store,
            interval_hours=settings.autoapply_interval_hours,
            poll_minutes=settings.status_poll_minutes,
        )
        self.applier = DeferringApplier(self.store, self.portal, self.judge, self.deferrer)

    async def start(self) -> None:
        await self.jobs_app.open_async()
        await apply_schema(self.jobs_app, self.settings.database_url)
        await super().start()  # recover() is a no-op here; the schedule starts paused

    async def aclose(self) -> None:
        await super().aclose()
        await self.jobs_app.close_async()
