"""Benchmark the Telegram adapter through the real library against the local fake Bot API.

Three runs, each printing its figures (targets from issue 6 in brackets):
  1. 200 users send commands concurrently at a human pace: command-to-reply latency
     [p99 < 100 ms];
  2. the same 200 users press Approve while each apply takes 2 s: press-to-toast latency
     [p99 < 300 ms, the answerCallbackQuery before the slow work];
  3. 2,000 notifications to 500 chats through TelegramNotifier, against a fake that answers
     429 like Telegram's flood control: sustained rate, 429s, the closest two messages to one
     chat, losses [>= 25 msg/s, <= 1 msg/s per chat, 0 lost]; then 60 to 5 chats, where the
     per-chat pace is what limits.

Run: .venv/bin/python bench/bench_telegram.py [--users 200] [--notifications 2000]
(the fake server runs in the same process and event loop as the bot, so its work counts
against the bot's latency: the figures are pessimistic.)
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import random
import statistics
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.settings import Settings
from bot.telegram_bot import (
    TelegramNotifier,
    build_application,
    start_telegram,
    stop_telegram,
)
from core.models import Notification, NotificationKind, User
from tests.fakes.telegram_api import FakeTelegramServer, FakeUser, FloodLimits
from tests.telegram.fake_chat import FakeChat

POLL_LAG: list[float] = []  # injected -> handed to the bot by getUpdates


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def report(name: str, values: list[float], target: float | None = None) -> None:
    p50, p99 = pct(values, 50), pct(values, 99)
    verdict = "" if target is None else ("  OK" if p99 < target else "  MISSED")
    print(
        f"  {name}: n={len(values)} p50={ms(p50)} p99={ms(p99)} max={ms(max(values))}"
        f" mean={ms(statistics.fmean(values))}"
        + (f"  [target p99 < {target * 1000:.0f} ms]{verdict}" if target else "")
    )


def settings_for(tg: FakeTelegramServer) -> Settings:
    return Settings(telegram_bot_token=tg.token, telegram_api_base_url=tg.url)


async def first_reply_after(tg: FakeTelegramServer, user: FakeUser, mark: int) -> float:
    [reply] = await tg.expect(user, 1, after=mark, within=60)
    return reply.at


async def one_user(
    tg: FakeTelegramServer, user: FakeUser, commands: int, think: tuple[float, float]
) -> list[float]:
    latencies = []
    await asyncio.sleep(random.uniform(0, think[1]))  # users arrive over the first pause
    for i in range(commands):
        mark = tg.mark()
        update_id = tg.command(user, f"/echo {user.id} {i}")
        replied = await first_reply_after(tg, user, mark)
        latencies.append(replied - tg.injected_at[update_id])
        POLL_LAG.append(tg.delivered_at[update_id] - tg.injected_at[update_id])
        await asyncio.sleep(random.uniform(*think))
    return latencies


async def bench_commands(
    label: str, users: int, commands: int, think: tuple[float, float], **options: int
) -> None:
    print(f"\n{label}. {users} users x {commands} commands, each {think[0]:.0f}-{think[1]:.0f} s")
    print(f"   after the last (about {users / statistics.fmean(think):.0f} commands/s at most)")
    POLL_LAG.clear()
    async with FakeTelegramServer() as tg:
        app = build_application(settings_for(tg), FakeChat(), **options)
        await start_telegram(app)
        people = [tg.user(10_000 + i, f"User {i}") for i in range(users)]
        started = time.monotonic()
        results = await asyncio.gather(*(one_user(tg, u, commands, think) for u in people))
        took = time.monotonic() - started
        await stop_telegram(app)
    latencies = [x for r in results for x in r]
    print(f"  {len(latencies)} commands in {took:.1f} s ({len(latencies) / took:.1f}/s)")
    report("command -> reply", latencies, target=0.100)
    report("  of which update -> bot (getUpdates)", POLL_LAG)


async def bench_herd(users: int) -> None:
    print(f"\n1c. (for contrast) {users} users each send one command at the same instant")
    async with FakeTelegramServer() as tg:
        app = build_application(settings_for(tg), FakeChat())
        await start_telegram(app)
        people = [tg.user(20_000 + i, f"User {i}") for i in range(users)]
        mark = tg.mark()
        ids = {u.id: tg.command(u, "/echo herd") for u in people}
        replies = await asyncio.gather(*(first_reply_after(tg, u, mark) for u in people))
        await stop_telegram(app)
    herd = [at - tg.injected_at[ids[u.id]] for u, at in zip(people, replies, strict=True)]
    report("command -> reply (herd)", herd)
    print("  (a herd is paced by Telegram's ~30 messages/s for the whole bot, by design)")


async def bench_approve(users: int, apply_seconds: float) -> None:
    print(f"\n2. {users} users press Approve; each apply takes {apply_seconds:.0f} s")
    chat = FakeChat(apply_delay=apply_seconds)
    async with FakeTelegramServer() as tg:
        app = build_application(settings_for(tg), chat)
        await start_telegram(app)
        people = [tg.user(30_000 + i, f"User {i}") for i in range(users)]
        mark = tg.mark()
        for i, user in enumerate(people):
            tg.command(user, "/clarify")
            if i % 25 == 24:
                await asyncio.sleep(1)  # arrive at a pace Telegram accepts
        clarify = [(await tg.expect(u, 1, after=mark, within=60))[0] for u in people]
        await asyncio.sleep(1.1)  # let each chat's pacing interval pass
        mark = tg.mark()
        pressed: dict[str, float] = {}
        for user, message in zip(people, clarify, strict=True):
            await asyncio.sleep(random.uniform(0, 0.005))  # ~1 s of presses in all
            _, query_id = tg.press(user, message.payload("Approve"), message=message)
            pressed[query_id] = time.monotonic()
        await tg.wait_until(
            lambda: len(tg.of("answerCallbackQuery", after=mark)) >= users, within=60
        )
        for user in people:
            await tg.expect(user, 2, after=mark, within=120)
        await stop_telegram(app)
    answers = tg.of("answerCallbackQuery", after=mark)
    acks = [a.at - pressed[str(a.params["callback_query_id"])] for a in answers]
    report("Approve -> toast", acks, target=0.300)
    done = []
    early = 0
    for user in people:
        final = tg.sent(user, after=mark)[1]
        answer = next(a for a in answers if a.chat_id == user.chat_id)
        done.append(final.at - pressed[str(answer.params["callback_query_id"])])
        early += answer.at < tg.sent(user, after=mark)[0].at
    report("Approve -> outcome edit", done)
    print(f"  toast before the first edit: {early}/{users}")


async def bench_notifications(label: str, total: int, chats: int, target: str) -> None:
    print(f"\n{label}. {total} notifications to {chats} chats (the fake answers 429 like Telegram)")
    limits = FloodLimits(per_chat_interval=1.0, overall_rate=30)
    chat = FakeChat()
    async with FakeTelegramServer(flood=limits) as tg:
        app = build_application(settings_for(tg), chat)
        await start_telegram(app)
        notifier = TelegramNotifier(app.bot, chat)
        now = datetime.now(UTC)
        users = [User(id=i, telegram_chat_id=str(40_000 + i), created_at=now) for i in range(chats)]
        failures = 0

        async def deliver(n: int) -> None:
            # As the outbox does: a failed delivery is tried again later, never dropped.
            nonlocal failures
            user = users[n % chats]
            note = Notification(
                id=n,
                user_id=user.id,
                kind=NotificationKind.APPLIED,
                payload={"title": f"job {n}"},
                created_at=now,
            )
            while True:
                try:
                    await notifier.deliver(user, note)
                    return
                except Exception:
                    failures += 1
                    await asyncio.sleep(5)

        mark = tg.mark()
        started = time.monotonic()
        await asyncio.gather(*(deliver(n) for n in range(total)))
        took = time.monotonic() - started
        await stop_telegram(app)
    sent = tg.sent(after=mark)
    titles = [c.visible_text.split(" (")[0] for c in sent]
    lost = total - len(set(titles))
    duplicates = len(titles) - len(set(titles))
    by_chat: dict[int | None, list[float]] = defaultdict(list)
    for c in sent:
        by_chat[c.chat_id].append(c.at)
    gaps = [b - a for times in by_chat.values() for a, b in itertools.pairwise(times)]
    print(f"  delivered {len(sent)} in {took:.1f} s: {len(sent) / took:.1f} msg/s [{target}]")
    print(f"  429 answers: {tg.too_many} {dict(tg.flood_refusals)}; deliveries retried: {failures}")
    print(f"  closest two messages to one chat: {min(gaps):.3f} s apart [>= 1 s]")
    print(f"  lost: {lost}, duplicated: {duplicates} [0 lost]")
    window = [c.at for c in sent]
    peak = max(sum(1 for t in window if s <= t < s + 1) for s in window)
    print(f"  busiest second at the server: {peak} messages")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--commands", type=int, default=4)
    parser.add_argument("--notifications", type=int, default=2000)
    parser.add_argument("--chats", type=int, default=500)
    parser.add_argument("--apply-seconds", type=float, default=2.0)
    parser.add_argument("--only", choices=["commands", "approve", "notifications"])
    parser.add_argument(
        "--overall-per-second", type=int, default=None, help="override the bot's messages/s"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    random.seed(6)
    if args.only in (None, "commands"):
        options = {}
        if args.overall_per_second is not None:
            options["overall_per_second"] = args.overall_per_second
        # Busy: each user sends a command every 10-30 s (about 10 commands/s in all).
        await bench_commands("1a", args.users, args.commands, (10.0, 30.0), **options)
        # Saturating: every 4-16 s (about 20 commands/s), near Telegram's ~30 messages/s for
        # the whole bot: replies start to queue for the bot-wide limit.
        await bench_commands("1b", args.users, args.commands, (4.0, 16.0), **options)
        await bench_herd(args.users)
    if args.only in (None, "approve"):
        await bench_approve(args.users, args.apply_seconds)
    if args.only in (None, "notifications"):
        await bench_notifications("3a", args.notifications, args.chats, ">= 25")
        # Few chats: here the one-message-a-second-per-chat pace is what limits.
        await bench_notifications("3b", 60, 5, "about 5: 5 chats, each at one a second")


if __name__ == "__main__":
    asyncio.run(main())
