"""Formatting helpers: span building, short job lines, and splitting long replies at lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from core.chat.messages import Reply, Span, plain
from core.models import Job

# Platform limits, for adapters that want them (Telegram: 4096 characters, Discord: 2000).
TELEGRAM_LIMIT = 4096
DISCORD_LIMIT = 2000

# The length of a part as the platform counts it (its rendered markup, in its units).
Measure = Callable[[Sequence[Span]], int]


def lines(*rows: Iterable[Span] | Span | str) -> list[Span]:
    """Join rows into spans, one row per line (a row is a string, a span or a list of spans)."""
    out: list[Span] = []
    for index, row in enumerate(rows):
        if index:
            out.append(plain("\n"))
        if isinstance(row, str):
            out.append(plain(row))
        elif isinstance(row, Span):
            out.append(row)
        else:
            out.extend(row)
    return out


def job_title(job: Job | None, job_id: str) -> str:
    """`Title at Company`, or the bare id when the job is no longer stored."""
    if job is None:
        return f"job {job_id}"
    return f"{job.title} at {job.company}" if job.company else job.title


def pay(job: Job) -> str:
    if job.salary_offered is None:
        return "pay not stated"
    return f"{job.salary_offered:,.0f} {job.currency or ''}".strip()


def shorten(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters on a word boundary, marking the cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut + "…"


def text_length(spans: Sequence[Span]) -> int:
    """The raw length of the spans' text: the default measure of a part."""
    return sum(len(span.text) for span in spans)


def split_text(text: str, limit: int) -> list[str]:
    """Split `text` into pieces of at most `limit` characters, at line ends where possible.

    Joining the pieces gives back `text` exactly.
    """
    return ["".join(s.text for s in chunk) for chunk in split_spans([plain(text)], limit)]


def split_spans(
    spans: Sequence[Span], limit: int, measure: Measure = text_length
) -> list[list[Span]]:
    """Split spans into parts with `measure(part) <= limit`, cutting after a newline.

    `measure` is the length the platform counts (rendered markup, UTF-16 units, ...); it is
    applied to each part as returned, so the limit holds for the rendering while the cuts
    fall in the raw text, never inside a tag or an escape. A line longer than a part is cut
    at a space in the second half of the room, else anywhere; its first piece may fill what
    is left of the part before it. Styles are kept, neighbouring spans of one style are
    joined, and no character is changed or lost. ValueError when one character cannot fit.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    lines = split_lines(spans)
    sizes = [measure(_merge(line)) for line in lines]  # for guesses; checked on each part
    parts: list[list[Span]] = []
    current: list[Span] = []
    start = 0
    while start < len(lines):
        room, guess = limit - (measure(current) if current else 0), start
        while guess < len(lines) and sizes[guess] <= room:
            room -= sizes[guess]
            guess += 1
        current, start = _add_lines(current, lines, start, guess, limit, measure)
        if start == len(lines):
            break
        if current and sizes[start] <= limit:  # the next line fits a part of its own
            parts.append(current)
            current = []
            continue
        current = _cut_line(current, lines[start], parts, limit, measure)
        start += 1
    if current:
        parts.append(current)
    return parts


def split_reply(reply: Reply, limit: int, measure: Measure = text_length) -> list[Reply]:
    """Split a reply longer than `limit` (as `measure` counts it): the first part keeps
    `edit`, the last gets the buttons and files."""
    chunks = split_spans(reply.spans, limit, measure) or [[]]
    out = [Reply(spans=chunk) for chunk in chunks]
    out[0].edit = reply.edit
    out[-1].buttons = reply.buttons
    out[-1].files = reply.files
    return out


def split_lines(spans: Iterable[Span]) -> list[list[Span]]:
    """Group spans into lines, each ending with its newline (the last may have none)."""
    result: list[list[Span]] = [[]]
    for span in spans:
        if "\n" not in span.text:
            if span.text:
                result[-1].append(span)
            continue
        parts = span.text.split("\n")
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            text = part if last else part + "\n"
            if text:
                result[-1].append(span.model_copy(update={"text": text}))
            if not last:
                result.append([])
    return [line for line in result if line]


def strip_newlines(spans: Sequence[Span]) -> list[Span]:
    """The spans without the newlines at either end (the break between two parts)."""
    out = list(spans)
    while out and not out[0].text.lstrip("\n"):
        out.pop(0)
    while out and not out[-1].text.rstrip("\n"):
        out.pop()
    if out and out[0].text.startswith("\n"):
        out[0] = out[0].model_copy(update={"text": out[0].text.lstrip("\n")})
    if out and out[-1].text.endswith("\n"):
        out[-1] = out[-1].model_copy(update={"text": out[-1].text.rstrip("\n")})
    return out


def _add_lines(
    current: list[Span],
    lines: list[list[Span]],
    start: int,
    guess: int,
    limit: int,
    measure: Measure,
) -> tuple[list[Span], int]:
    """`current` with the most lines from `start` on that fit, and the index after them."""

    def joined(end: int) -> list[Span]:
        return _merge([*current, *(span for line in lines[start:end] for span in line)])

    end = _last_fit(lambda end: measure(joined(end)) <= limit, start, len(lines), guess)
    return (joined(end) if end > start else current), end


def _cut_line(
    current: list[Span], line: list[Span], parts: list[list[Span]], limit: int, measure: Measure
) -> list[Span]:
    """Cut a line that does not fit after `current`: full parts go to `parts`; return the
    open part holding the line's tail."""
    rest, size = line, sum(len(span.text) for span in line)
    while size:
        cut = _cut(current, rest, size, limit, measure)
        if not cut and not current:
            raise ValueError("a single character does not fit the limit as measured")
        if cut:
            current = _merge([*current, *_slice(rest, 0, cut)])
            rest, size = _slice(rest, cut, size), size - cut
        if size:
            parts.append(current)
            current = []
    return current


def _cut(current: list[Span], rest: list[Span], size: int, limit: int, measure: Measure) -> int:
    """How many characters of `rest` to add to `current` (0: start a new part first)."""

    def fits(cut: int) -> bool:
        return measure(_merge([*current, *_slice(rest, 0, cut)])) <= limit

    room = limit - (measure(current) if current else 0)
    fit = _last_fit(fits, 0, size, room)  # guess: a character counts about one
    if fit == size:
        return fit
    space = "".join(span.text for span in rest).rfind(" ", 0, fit)
    if space > fit // 2 and fits(space + 1):
        return space + 1
    # No word boundary worth cutting at: cut inside a word only at the start of a part.
    return 0 if current else fit


def _last_fit(fits: Callable[[int], bool], lo: int, hi: int, guess: int) -> int:
    """The largest n in lo..hi with fits(n), taking fits(lo) as known.

    Probes `guess` first and gallops from it, so a right guess costs two calls. `fits` is
    taken to be monotone; were it not, the answer still fits (every n returned was tested).
    """
    if lo >= hi:
        return lo
    guess = min(max(guess, lo + 1), hi)
    if fits(guess):
        lo, step = guess, 1
        while lo < hi:
            probe = min(lo + step, hi)
            if not fits(probe):
                hi = probe - 1
                break
            lo, step = probe, step * 2
    else:
        hi = guess - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _slice(line: list[Span], lo: int, hi: int) -> list[Span]:
    """The spans of characters lo to hi of the line."""
    out: list[Span] = []
    pos = 0
    for span in line:
        end = pos + len(span.text)
        a, b = max(lo, pos), min(hi, end)
        if a < b:
            text = span.text[a - pos : b - pos]
            out.append(span if text == span.text else span.model_copy(update={"text": text}))
        pos = end
    return out


def _merge(chunk: list[Span]) -> list[Span]:
    """Join neighbouring spans of the same style, so adapters emit fewer entities."""
    out: list[Span] = []
    for span in chunk:
        if out and out[-1].style == span.style and out[-1].url == span.url:
            out[-1] = out[-1].model_copy(update={"text": out[-1].text + span.text})
        else:
            out.append(span)
    return out
