"""Benchmark the Discord adapter through the real discord.py against the local fake Discord.

Three runs, each printing its figures (Discord's rules in brackets):
  1. 200 users run a slash command at once: dispatch-to-answer latency [every interaction
     answered within Discord's 3 s; we aim for p99 < 300 ms];
  2. the same users press Approve on a DM card while each apply takes 2 s: press-to-answer
     latency (the card shows "Applying…" before the slow work) [within 3 s] and how many
     cards reach their outcome;
  3. notifications to 100 users through DiscordNotifier, with Discord answering one send in
     ten 429: sustained DM rate against the pacing, 429s waited out by discord.py, losses
     after one outbox retry of any failure [0 lost].

Run: .venv/bin/python bench/bench_discord.py [--users 200] [--notifications 200]
(the fake server runs in the bot's process and event loop, so its work counts against the
bot's latency: the figures are pessimistic.)
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import discord.http
import yarl
from discord.gateway import DiscordWebSocket
from pydantic import SecretStr

from bot.discord_bot import DiscordNotifier, build_client, start_client, stop_client
from bot.settings import Settings
from core.models import Notification, NotificationKind, User
from tests.discord.fake_chat import FakeChat
from tests.fakes.discord_server import FakeDiscord, InteractionLog

FIRST_USER = 500_000_000_000_000_000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def report(name: str, values: list[float]) -> None:
    print(
        f"  {name}: n={len(values)} p50={pct(values, 50) * 1000:.1f} ms "
        f"p99={pct(values, 99) * 1000:.1f} ms max={max(values) * 1000:.1f} ms "
        f"mean={statistics.fmean(values) * 1000:.1f} ms"
    )


def acked(logs: list[InteractionLog]) -> list[float]:
    return [log.callback_at - log.sent_at for log in logs if log.callback_at is not None]


def notification(n: int, user_id: int) -> Notification:
    return Notification(
        id=n,
        user_id=user_id,
        kind=NotificationKind.CLARIFY,
        payload={"app_id": n},
        created_at=datetime.now(UTC),
    )


async def main(users: int, notifications: int, interval: float) -> None:
    async with FakeDiscord() as fake:
        discord.http.Route.BASE = fake.api
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway)
        chat = FakeChat()
        settings = Settings(_env_file=None, discord_bot_token=SecretStr(fake.token))  # type: ignore[call-arg]
        client = build_client(settings, chat, guild_ready_timeout=0.01)
        gateway = await start_client(client)
        people = [FIRST_USER + i for i in range(users)]

        print(f"1. {users} users run /help at once")
        logs = [await fake.slash(u, "help", guild_id=42) for u in people]
        await fake.until(lambda: all(log.callback_at for log in logs), 60)
        await client.conversation.idle(60)
        report("dispatch -> answer", acked(logs))
        late = sum(1 for t in acked(logs) if t > 3)
        print(f"  answered after 3 s: {late}; Discord errors: {sum(len(x.errors) for x in logs)}")

        print(f"2. {users} users press Approve; each apply takes 2 s")
        chat.action_delay = 1.0  # two edits one second apart
        instant = DiscordNotifier(client, chat, min_interval=0)
        for n, u in enumerate(people, start=1):
            await instant.deliver(
                User(id=n, discord_user_id=str(u), created_at=datetime.now(UTC)), notification(n, n)
            )
        cards = [fake.dms(u)[-1] for u in people]
        started = time.monotonic()
        presses = [
            await fake.click_label(u, c["id"], "Approve")
            for u, c in zip(people, cards, strict=True)
        ]
        await fake.until(lambda: all(p.callback_at for p in presses), 60)
        report("press -> answer", acked(presses))
        await client.conversation.idle(120)
        done = sum(
            1 for c in cards if fake.messages[c["id"]]["embeds"][0].get("title") == "Applied ✓"
        )
        print(f"  cards at their outcome: {done}/{users} after {time.monotonic() - started:.1f} s")

        print(f"3. {notifications} notifications to 100 users, pacing {interval} s, 10% 429s")
        notifier = DiscordNotifier(client, chat, min_interval=interval)
        before = len(fake.requests)
        fake.rate_limit_every = 10  # one send in ten answered 429 (then retried)
        targets = [FIRST_USER + 10_000 + i % 100 for i in range(notifications)]
        started = time.monotonic()
        results = await asyncio.gather(
            *(
                notifier.deliver(
                    User(id=i, discord_user_id=str(t), created_at=datetime.now(UTC)),
                    notification(10_000 + i, i),
                )
                for i, t in enumerate(targets)
            ),
            return_exceptions=True,
        )
        elapsed = time.monotonic() - started
        failed = [i for i, r in enumerate(results) if isinstance(r, Exception)]
        for i in failed:  # what the outbox dispatcher does later with a failed delivery
            user = User(id=i, discord_user_id=str(targets[i]), created_at=datetime.now(UTC))
            await notifier.deliver(user, notification(10_000 + i, i))
        sends = [p for m, p in fake.requests[before:] if m == "POST" and p.endswith("/messages")]
        delivered = sum(len(fake.dms(t)) for t in set(targets))
        errors = [r for r in results if isinstance(r, Exception)]
        print(
            f"  {delivered} DMs in {elapsed:.1f} s = {delivered / elapsed:.1f}/s "
            f"(pacing allows {1 / interval:.1f}/s); 429s: {len(sends) - delivered}; "
            f"failed then retried: {len(errors)}; lost: {notifications - delivered}"
        )
        for err in errors[:3]:
            print(f"  error: {type(err).__name__}: {err}")
        await stop_client(client, gateway)


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--notifications", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.2)
    args = parser.parse_args()
    asyncio.run(main(args.users, args.notifications, args.interval))
