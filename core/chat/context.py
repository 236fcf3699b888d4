"""What every conversation module needs: the ports, the clock, the chat state and the user."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from core.chat.charts import ChartRenderer
from core.documents.files import DocumentFiles
from core.ports import LLM, Applier, Clock, Portal, ScheduleControl, Store
from core.runtime.intake_limits import UploadGate
from core.runtime.llm_budget import LLMBudget
from core.runtime.local_time import start_of_local_day

logger = logging.getLogger(__name__)


class SystemClock:
    """The wall clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class Deps:
    store: Store
    llm: LLM
    applier: Applier
    schedule: ScheduleControl
    portal: Portal
    charts: ChartRenderer | None
    clock: Clock
    documents: DocumentFiles | None = None  # PDF/DOCX rendering; None sends the text only
    uploads: UploadGate = field(default_factory=UploadGate)  # fair use of the resume reader
    budget: LLMBudget | None = None  # the daily LLM calls per user; None: unlimited

    def today_start(self, zone: str | None = None) -> datetime:
        """The user's local midnight today (UTC when no zone), where daily counts start."""
        return start_of_local_day(self.clock.now(), zone)

    async def awaiting(self, user_id: int) -> dict[str, Any]:
        """The user's chat state (what a guided question waits for), empty when none."""
        return await self.store.get_chat_state(user_id) or {}

    async def expect(self, user_id: int, what: str, **extra: Any) -> None:
        """Make the user's next free-text message the answer to `what`."""
        await self.store.set_chat_state(user_id, {"await": what, **extra})

    async def clear(self, user_id: int) -> None:
        await self.store.set_chat_state(user_id, None)


def where(err: BaseException) -> str:
    """`file:line` of the innermost frame: enough to find a bug without logging any message,
    which could carry resume text or personal data."""
    frames = traceback.extract_tb(err.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"


def log_failure(what: str, user_id: int | None, err: BaseException) -> None:
    logger.error(
        "chat %s failed for user %s: %s at %s", what, user_id, type(err).__name__, where(err)
    )
