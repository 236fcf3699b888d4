"""Leases on applying rows: this process's owner id, and the heartbeat that keeps one alive."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache

from core.clock import SystemClock
from core.ports import Clock, Lease, Store

log = logging.getLogger(__name__)


@cache
def process_owner(instance: str = "") -> str:
    """`<instance or host>:<pid>:<random>`, made once per process (and per instance name).

    The random part tells this process from an earlier one that had the same pid."""
    return f"{instance or socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


@dataclass
class LeasePolicy:
    """How long a lease lasts, who holds them here, and whose leases are ours to inherit.

    `previous_owner` is the owner prefix of this process's previous incarnation
    (`<instance>:`), set only when the deployment names each process (INSTANCE_NAME): its
    rows are taken over at start without waiting for expiry. Without a name no two
    processes could be told apart that way, so only expiry counts."""

    seconds: float = 60.0
    owner: str = field(default_factory=process_owner)
    previous_owner: str | None = None
    clock: Clock = field(default_factory=SystemClock)

    def lease(self) -> Lease:
        return Lease(self.owner, self.clock.now() + timedelta(seconds=self.seconds))


class LeaseLost(Exception):
    """Another process took the row over (this one stalled past its lease): send nothing."""


@dataclass
class Heartbeat:
    """Renews one row's lease every third of its length while the apply routine works."""

    store: Store
    policy: LeasePolicy
    app_id: int
    lost: bool = False

    async def check(self) -> None:
        """Renew now; raise LeaseLost when the row is no longer ours."""
        if self.lost or not await self.store.renew_lease(self.app_id, self.policy.lease()):
            self.lost = True
            raise LeaseLost(f"application {self.app_id}: lease taken over")

    async def _beat(self) -> None:
        while not self.lost:
            await asyncio.sleep(self.policy.seconds / 3)
            try:
                await self.check()
            except LeaseLost:
                log.warning("application %d: lease lost while applying", self.app_id)
            except Exception:
                log.exception("application %d: lease renewal failed", self.app_id)

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[Heartbeat]:
        task = asyncio.create_task(self._beat(), name=f"lease:{self.app_id}")
        try:
            yield self
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
