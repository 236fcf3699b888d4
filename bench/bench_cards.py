"""Benchmark one message per job: how many chat messages an application's life makes, and what
keeping the card in place costs.

For N clarify jobs of one user, through the real ChatService, store (SQLite file) and apply
routine (a fake portal answering at once): the clarify notification, a double tap on Approve
(the two presses played together), the routine's "applied" notification, then the employer's
answer, every card shown through core.chat.cards.CardDesk on a recording chat. Prints messages
sent and edits per job [target: 1 message per job, 0 backward edits] and the time one
CardDesk.show takes (its store read and write) as p50/p99.

Run: .venv/bin/python bench/bench_cards.py [--jobs 200]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import actions
from core.chat.cards import MessageRef
from core.chat.messages import Reply
from core.clock import FixedClock
from core.models import NotificationDraft, NotificationKind, PortalStatus
from storage.sql_store import SqlStore
from tests.chat.conftest import (
    NOW,
    TG,
    FakeCharts,
    FakePortal,
    FakeSchedule,
    World,
    application,
    make_chat,
    registered,
)
from tests.support.product import FakeWriter

STAGES = {
    "Needs your decision.": 0,
    "Approved: applying shortly.": 1,
    "Applying…": 2,
    "Applied ✓": 3,
    "The employer declined your application.": 4,
}


class Chat:
    """A chat that records sends and edits per message, and the time of every show."""

    platform = TG.platform

    def __init__(self) -> None:
        self.messages: dict[str, list[str]] = {}

    async def send(self, reply: Reply) -> MessageRef | None:
        ref = MessageRef("bench", str(len(self.messages) + 1))
        self.messages[ref.message_id] = [reply.plain_text()]
        return ref

    async def edit(self, ref: MessageRef, reply: Reply) -> bool:
        self.messages[ref.message_id].append(reply.plain_text())
        return True


async def run(jobs: int) -> None:
    folder = tempfile.mkdtemp(prefix="bench-cards-")
    store = SqlStore.from_url(f"sqlite:///{os.path.join(folder, 'bench.db')}")
    clock = FixedClock(NOW)
    portal, writer, charts = FakePortal(), FakeWriter(), FakeCharts()
    world = World(
        make_chat(store, portal, FakeSchedule(clock), writer, charts, clock),
        store,
        portal,
        FakeSchedule(clock),
        writer,
        charts,
        clock,
    )
    desk, chat, shows = world.chat.cards, Chat(), []
    uid = await registered(world)
    user = await store.get_user(uid)
    assert user is not None

    async def show(reply: Reply, pressed: MessageRef | None = None) -> None:
        started = time.perf_counter()
        await desk.show(chat, reply, pressed=pressed)
        shows.append(time.perf_counter() - started)

    async def notify(kind: NotificationKind) -> None:
        while due := await store.due_notifications(NOW.replace(year=2100)):
            for note in due:
                for reply in await world.chat.render_notification(user, note):
                    if reply.card is not None and note.kind is kind:
                        await show(reply)
                await store.mark_delivered(note.id)

    started = time.perf_counter()
    ids = [(await application(world, uid, n, notify=True)).id for n in range(1, jobs + 1)]
    await notify(NotificationKind.CLARIFY)
    for app_id in ids:
        known = await store.card_message(app_id, TG.platform)
        assert known is not None
        pressed = MessageRef(known.chat_id, known.message_id)
        flows = await asyncio.gather(
            *(world.chat.handle_action(TG, actions.approve(app_id)) for _ in range(2))
        )

        async def play(flow: object, pressed: MessageRef = pressed) -> None:
            async for reply in flow.replies():  # type: ignore[attr-defined]
                await show(reply, pressed)

        await asyncio.gather(*(play(f) for f in flows))
    await notify(NotificationKind.APPLIED)
    for app_id in ids:
        draft = NotificationDraft(
            kind=NotificationKind.STATUS_CHANGED,
            payload={"application_id": app_id, "status": "rejected"},
        )
        await store.set_portal_status(app_id, PortalStatus.REJECTED, draft)
    await notify(NotificationKind.STATUS_CHANGED)
    took = time.perf_counter() - started

    edits = [len(texts) - 1 for texts in chat.messages.values()]
    backward = sum(
        1
        for texts in chat.messages.values()
        for a, b in itertools.pairwise(texts)
        if STAGES[_last(b)] < STAGES[_last(a)]
    )
    final = sum(
        _last(t[-1]) == "The employer declined your application." for t in chat.messages.values()
    )
    shows.sort()
    print(
        f"cards: {jobs} jobs, {len(chat.messages)} messages sent "
        f"({len(chat.messages) / jobs:.2f} per job) [target 1.00], "
        f"edits per job mean {statistics.fmean(edits):.2f} max {max(edits)}, "
        f"backward edits {backward} [target 0], showing the employer's answer {final}/{jobs}, "
        f"applications sent {len(portal.applied)} [target {jobs}]; "
        f"CardDesk.show n={len(shows)} p50={shows[len(shows) // 2] * 1000:.1f} ms "
        f"p99={shows[int(len(shows) * 0.99)] * 1000:.1f} ms; whole run {took:.1f} s"
    )
    store.close()


def _last(text: str) -> str:
    return text.rstrip().rsplit("\n", 1)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=200)
    asyncio.run(run(parser.parse_args().jobs))


if __name__ == "__main__":
    main()
