"""/sources: the company boards (Greenhouse, Lever, Ashby, SmartRecruiters) a user watches.

`/sources` shows the list; `/sources add greenhouse:acme` and `/sources remove greenhouse:acme`
change it. Jobs from these boards are judged like any other; as the boards take no applications,
an accepted job comes back as a kit to apply with yourself."""

from __future__ import annotations

from core.chat.context import Deps
from core.chat.messages import Reply, Span, bold, plain
from core.chat.text import lines
from core.models import Preferences, User
from core.sources.boards import COMPANY_SYSTEMS, parse_board

MAX_BOARDS = 50
USAGE = (
    "Add a company's job board with /sources add <system>:<company>, e.g. "
    "/sources add greenhouse:acme (the company is the last part of its jobs page address: "
    "boards.greenhouse.io/acme, jobs.lever.co/acme, jobs.ashbyhq.com/acme, "
    "jobs.smartrecruiters.com/acme). Remove one with /sources remove greenhouse:acme."
)


def _show(prefs: Preferences, note: str = "") -> list[Reply]:
    rows: list[list[Span] | str] = []
    if note:
        rows += [note, ""]
    if prefs.boards:
        rows.append([bold("Company boards you watch")])
        rows += [[plain(f"• {board}")] for board in prefs.boards]
    else:
        rows.append("You watch no company boards yet.")
    rows += ["", USAGE]
    return [Reply(spans=lines(*rows))]


async def command(deps: Deps, user: User, args: str) -> list[Reply]:
    prefs = await deps.store.get_preferences(user.id) or Preferences()
    verb, _, rest = args.strip().partition(" ")
    verb = verb.lower()
    if not verb:
        return _show(prefs)
    if verb not in ("add", "remove") or not rest.strip():
        return _show(prefs, "I did not understand that.")
    parsed = parse_board(rest.strip(), COMPANY_SYSTEMS)
    if parsed is None:
        systems = ", ".join(COMPANY_SYSTEMS)
        return _show(prefs, f"That is not <system>:<company> with a system among {systems}.")
    board = ":".join(parsed)
    if verb == "add":
        if board in prefs.boards:
            return _show(prefs, f"You already watch {board}.")
        if len(prefs.boards) >= MAX_BOARDS:
            return _show(prefs, f"You watch {MAX_BOARDS} boards already: remove one first.")
        boards = [*prefs.boards, board]
        note = f"Added {board}: its jobs come with the next round."
    else:
        if board not in prefs.boards:
            return _show(prefs, f"You do not watch {board}.")
        boards = [b for b in prefs.boards if b != board]
        note = f"Removed {board}."
    prefs = prefs.model_copy(update={"boards": boards})
    await deps.store.save_preferences(user.id, prefs)
    return _show(prefs, note)
