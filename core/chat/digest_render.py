"""The daily digest as one message: the day's counts, then one short line per item."""

from __future__ import annotations

from collections import Counter
from typing import Any

from core.chat.messages import Reply, bold, italic
from core.chat.text import lines, shorten
from core.models import NotificationKind

# Under Telegram's 4,096 with room to spare; Discord's adapter splits at its own 2,000.
LIMIT = 3500
TAIL = "/applied and /rejected list them all."

# (kind, singular, plural) in the order the counts are told.
_COUNTS = (
    (NotificationKind.APPLIED, "applied", "applied"),
    (NotificationKind.STATUS_CHANGED, "employer answer", "employer answers"),
    (NotificationKind.REJECTED, "skipped", "skipped"),
    (NotificationKind.SUMMARY, "search round", "search rounds"),
)
_LABEL = {
    NotificationKind.APPLIED.value: "Applied",
    NotificationKind.REJECTED.value: "Skipped",
    NotificationKind.SUMMARY.value: "Search round",
}
_ANSWER = {
    "accepted": "Employer accepted 🎉",
    "rejected": "Employer declined",
    "on_process": "Employer reviewing",
}


def render_digest(payload: dict[str, Any], limit: int = LIMIT) -> Reply:
    """The digest message in at most `limit` characters: lines past it become 'and N more'."""
    raw = payload.get("items")
    items = [i for i in raw if isinstance(i, dict)] if isinstance(raw, list) else []
    title, today, tail = "Your daily digest", "Today: " + counts(items), TAIL
    size = len(title) + 1 + len(today) + 1 + len(tail)  # each row but the last ends in "\n"
    body: list[str] = []
    for index, item in enumerate(items):
        line = "• " + item_line(item)
        after = len(items) - index - 1
        # Keep room for the 'and N more' line that would follow, unless this is the last.
        reserve = len(_more(after)) + 1 if after else 0
        if size + len(line) + 1 + reserve > limit:
            body.append(_more(after + 1))
            break
        body.append(line)
        size += len(line) + 1
    return Reply(spans=lines([bold(title)], today, *body, [italic(tail)]))


def _more(n: int) -> str:
    return f"… and {n} more"


def counts(items: list[dict[str, Any]]) -> str:
    """'3 applied, 1 employer answer' for the items' kinds."""
    by_kind = Counter(str(i.get("kind")) for i in items)
    parts = [
        f"{by_kind[kind.value]} {one if by_kind[kind.value] == 1 else many}"
        for kind, one, many in _COUNTS
        if by_kind[kind.value]
    ]
    return ", ".join(parts) or "nothing new"


def item_line(item: dict[str, Any]) -> str:
    """One item: what happened, then the job (or, for a search round, its numbers)."""
    kind = str(item.get("kind") or "")
    if kind == NotificationKind.STATUS_CHANGED.value:
        label = _ANSWER.get(str(item.get("status") or ""), "Status changed")
    else:
        label = _LABEL.get(kind, "Update")
    if kind == NotificationKind.SUMMARY.value:
        return f"{label}: " + shorten(str(item.get("line") or "finished"), 120)
    title = str(item.get("title") or "")
    company = str(item.get("company") or "")
    if not title:
        app_id = item.get("application_id")
        title = f"application {app_id}" if app_id is not None else "a job"
    what = f"{title} at {company}" if company else title
    return f"{label}: " + shorten(what, 120)
