"""Brute-force /link codes through the real chat layer and count how many guesses are checked.

Run from the repository root: `.venv/bin/python bench/bench_link_guessing.py [--seconds 3]`.
Issue 14 measured about 1,100 guesses a second, each one checked, with no limit. Here one
identity (then many) sends `/link <random code>` as fast as the chat layer answers, on a
SQLite store; the figures are how many guesses were answered, how many were actually checked
against the stored codes (the rest were refused by the lockout), and what that leaves an
attacker during one code's ten-minute life.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.adapters.llm_offline import OfflineLLM  # noqa: E402
from core.chat import account  # noqa: E402
from core.chat.messages import Identity  # noqa: E402
from core.chat.service import ChatService  # noqa: E402
from core.models import Application, Job, Platform  # noqa: E402
from core.ports import PortalStatusReport  # noqa: E402
from storage.sql_store import SqlStore  # noqa: E402


class _Unused:
    """The ports /link never touches (applier, schedule, portal)."""

    async def apply(self, app_id: int) -> Application:
        raise NotImplementedError

    async def approve_and_apply(self, app_id: int) -> Application:
        raise NotImplementedError

    async def enable(self, user_id: int) -> datetime | None:
        return None

    async def disable(self, user_id: int) -> None:
        return None

    async def next_run(self, user_id: int) -> datetime | None:
        return None

    async def run_now(self, user_id: int) -> bool:
        return False

    async def search(self, query: str, top_k: int = 20) -> list[Job]:
        return []

    async def list_jobs(self, *, page: int = 1, limit: int = 50, q: str | None = None) -> list[Job]:
        return []

    async def status(self, user_id: str) -> PortalStatusReport:
        return PortalStatusReport()

    async def job_open(self, job_id: str) -> bool | None:
        return None


async def _flood(chat: ChatService, identities: list[Identity], seconds: float) -> tuple[int, int]:
    """Guess for `seconds`, round-robin over `identities`; (answered, checked)."""
    answered = checked = 0
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        who = identities[n % len(identities)]
        n += 1
        guess = account.new_code()
        [reply] = await chat.handle_command(who, "link", guess)
        answered += 1
        if "unknown or has expired" in reply.plain_text():
            checked += 1
    return answered, checked


async def run(seconds: float, crowd: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = SqlStore.from_url(f"sqlite:///{Path(tmp) / 'bench.db'}")
        unused = _Unused()
        chat = ChatService(store, OfflineLLM(), unused, unused, unused)  # type: ignore[arg-type]
        owner = Identity(platform=Platform.TELEGRAM, user_id="1", chat_id="1")
        await chat.handle_command(owner, "start")
        await chat.handle_command(owner, "link")  # a live code to find
        alone = [Identity(platform=Platform.DISCORD, user_id="666")]
        answered, checked = await _flood(chat, alone, seconds)
        print(f"one identity: {answered / seconds:,.0f} guesses/s answered, {checked} checked")
        many = [Identity(platform=Platform.DISCORD, user_id=str(10_000 + i)) for i in range(crowd)]
        answered_many, checked_many = await _flood(chat, many, seconds)
        print(
            f"{crowd} identities: {answered_many / seconds:,.0f} guesses/s answered, "
            f"{checked_many} checked ({checked_many / crowd:.1f} per identity)"
        )
        store.close()
    space = len(account._CODE_ALPHABET) ** account._CODE_LENGTH
    ttl_minutes = account.LINK_TTL.total_seconds() / 60
    per_identity = account.MAX_LINK_TRIES  # checks per identity per lockout window (>= TTL)
    bits = space.bit_length() - 1
    for identities in (1, 10_000):
        chance = identities * per_identity / space
        who = "1 identity" if identities == 1 else f"{identities:,} identities"
        print(
            f"chance of guessing a live code in its {ttl_minutes:.0f} minutes, {who}: {chance:.1e}"
        )
    print(
        f"summary: {checked} of {answered} guesses checked for one identity "
        f"(limit {account.MAX_LINK_TRIES}); code space 2^{bits}; "
        f"issue 14 baseline: ~1,100 checked guesses/s, unlimited"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--crowd", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(run(args.seconds, args.crowd))
    return 0


if __name__ == "__main__":
    sys.exit(main())
