"""A bot process for the crash tests: `python -m tests.runtime.worker cycle|recover|serve USER_ID`.

Settings come from the environment (DATABASE_URL, PORTAL_URL, LLM_ENGINE=offline, ...).
`serve` runs the user's cycle in the background until SIGTERM, then drains as `jobbot run` does.
"""

from __future__ import annotations

import asyncio
import json
import sys

from bot.container import Container
from bot.settings import Settings
from bot.signals import stop_on_signals
from core.apply import RetryPolicy
from core.models import AppState


async def main(mode: str, user_id: int) -> None:
    container = Container(Settings(), retry=RetryPolicy(base_delay=0.01, max_delay=0.05))
    await container.start()  # recover() runs here
    try:
        if mode == "cycle":
            await container.scheduler.enable(user_id)
            print("cycle starting", flush=True)
            await container.autoapply.run_cycle(user_id)
            print("cycle done", flush=True)
        elif mode == "serve":
            stop = stop_on_signals()
            assert await container.scheduler.run_now(user_id)
            print("serving", flush=True)
            await stop.wait()
            await container.drain()
            print("drained", flush=True)
        else:
            counts = await container.store.count_by_state(user_id)
            jobs = [job.id for job in container.scheduler.jobs()]
            print(json.dumps({"counts": {s.value: n for s, n in counts.items()}, "jobs": jobs}))
            assert AppState.APPLYING not in counts
    finally:
        await container.aclose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
