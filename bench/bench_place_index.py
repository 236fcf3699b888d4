"""How long the place index takes to build, and how long the event loop stalls meanwhile.

Built inline (the old way) the loop stalls for the whole build; through `places.ready()` (a
worker thread) it keeps ticking. Prints one summary line.
"""

from __future__ import annotations

import asyncio
import time

from core.chat import places


async def _worst_gap(work: asyncio.Future[None], tick: float = 0.005) -> float:
    """The longest time between two loop ticks while `work` runs."""
    worst, last = 0.0, time.perf_counter()
    while not work.done():
        await asyncio.sleep(tick)
        now = time.perf_counter()
        worst, last = max(worst, now - last - tick), now
    await work
    return worst


async def main() -> None:
    places._index.cache_clear()
    start = time.perf_counter()

    async def inline() -> None:
        places._index()

    blocked = await _worst_gap(asyncio.ensure_future(inline()))
    build = time.perf_counter() - start
    places._index.cache_clear()
    threaded = await _worst_gap(asyncio.ensure_future(places.ready()))
    print(
        f"place index: built in {build:.2f} s; loop stall inline {blocked * 1000:.0f} ms, "
        f"through places.ready() {threaded * 1000:.0f} ms"
    )


if __name__ == "__main__":
    asyncio.run(main())
