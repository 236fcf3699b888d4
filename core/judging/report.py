"""The clarification report: one phone-sized chat message that helps the user decide on a job."""

from __future__ import annotations

from core.judging.currency import active_rates, currency_code
from core.judging.pay_period import annual_pay
from core.judging.place_limits import home_countries, remote_limit
from core.judging.place_rules import place_status
from core.judging.salary_rule import salary_comparison
from core.models import Job, Preferences, Verdict, WorkMode
from core.offline.jobread import HIGH, LOW, duties, read_job
from core.offline.text import phrase_key

MAX_CHARS = 3500
_MAX_ROWS = 10
_DUTY_CHARS = 260
_SEVERITY_LABEL = {HIGH: "must", "medium": "should", LOW: "nice"}


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _bar(score: int) -> str:
    filled = round(score / 10)
    return "■" * filled + "□" * (10 - filled)


def _money(amount: float, currency: str | None) -> str:
    return f"{amount:,.0f} {currency or ''}".strip()


def _requirement_rows(job: Job, verdict: Verdict) -> list[str]:
    severity = {phrase_key(r.name): r.severity for r in read_job(job).requirements}
    rows: list[tuple[int, str]] = []
    order = {HIGH: 0, "medium": 1, LOW: 2}
    for name, have in [
        *((m.requirement, True) for m in verdict.matched),
        *((m, False) for m in verdict.missing),
    ]:
        sev = severity.get(phrase_key(name), "medium")
        mark = "✓" if have else "✗"
        status = "you have it" if have else "not shown"
        rows.append(
            (order[sev] * 2 + have, f"{mark} {_clip(name, 60)}: {status} ({_SEVERITY_LABEL[sev]})")
        )
    rows.sort(key=lambda r: r[0])
    lines = [line for _, line in rows[:_MAX_ROWS]]
    if len(rows) > _MAX_ROWS:
        lines.append(f"… and {len(rows) - _MAX_ROWS} more")
    return lines


def _place_line(job: Job, prefs: Preferences) -> str:
    if job.is_remote and WorkMode.REMOTE in prefs.work_modes:
        where = ", ".join([*job.cities, *job.countries])
        limit = remote_limit(job)
        home = home_countries(prefs)
        if limit.unclear:
            return f"• Place: remote, with a limit to check: '{_clip(limit.said[-1], 80)}'."
        if limit.countries and home and not limit.countries & home:
            only = where or limit.said[0]
            return f"• Place: remote, but from {only} only: check you can work there."
        return f"• Place: remote{f' ({where})' if where else ''}."
    status = place_status(job, prefs)
    if status == "ok":
        return f"• Place: {job.place()}, within your places."
    if status == "unknown":
        return f"• Place: {job.place()}, city not stated: check it is one of yours."
    return f"• Place: {job.place()}, outside your places: it means relocating."


def _salary_line(job: Job, prefs: Preferences) -> str:
    if job.salary_offered is None:
        return "• Salary: not stated."
    mine = currency_code(prefs.salary_currency) or "USD"
    theirs = currency_code(job.currency) or mine
    stated = _money(job.salary_offered, theirs)
    pay = annual_pay(job)
    if pay is not None and pay.doubt:
        return f"• Salary: {stated}, {pay.doubt}: yearly pay unknown."
    if pay is not None and pay.period != "year":
        stated += f" per {pay.period}"
    compared = salary_comparison(job, prefs)
    if compared is None:
        return f"• Salary: {stated}; no exchange rate for {theirs}, not compared."
    if compared[1] != theirs or (pay is not None and pay.period != "year"):
        stated += f" ≈ {_money(compared[0], mine)} a year"
        if compared[1] != theirs:
            stated += f" at reference rates of {active_rates().date}"
    if prefs.min_salary is None:
        return f"• Salary: {stated}."
    side = "at or above" if compared[0] >= prefs.min_salary else "BELOW"
    return f"• Salary: {stated}, {side} your minimum of {_money(prefs.min_salary, mine)}."


def _deal_breakers(job: Job, prefs: Preferences) -> list[str]:
    lines = [_place_line(job, prefs), _salary_line(job, prefs)]
    if not prefs.needs_visa_sponsorship:
        lines.append("• Visa: you do not need sponsorship.")
    elif job.visa_sponsorship_offered:
        lines.append("• Visa: sponsorship offered.")
    else:
        lines.append("• Visa: you need sponsorship and it is NOT offered.")
    return lines


def _advice(job: Job, verdict: Verdict) -> list[str]:
    severity = {phrase_key(r.name): r.severity for r in read_job(job).requirements}
    must_missing = [m for m in verdict.missing if severity.get(phrase_key(m)) == HIGH]
    shown, total = len(verdict.matched), len(verdict.matched) + len(verdict.missing)
    if verdict.score >= 60 and not must_missing:
        first = f"A good match on paper ({shown} of {total} requirements shown)."
    elif must_missing:
        first = f"A stretch: must-haves not shown in your resume: {', '.join(must_missing[:3])}."
    else:
        first = f"A partial match ({shown} of {total} requirements shown)."
    if must_missing:
        second = "Approve only if you really have these; otherwise reject."
    else:
        second = "Approve to apply with tailored documents, or reject to skip it."
    return [_clip(first, 300), second]


def clarification_report(job: Job, prefs: Preferences, verdict: Verdict) -> str:
    """Plain text for one chat message (at most 3,500 characters) about a job to decide on."""
    head = f"{_clip(job.title, 120)}" + (f" at {_clip(job.company, 80)}" if job.company else "")
    day = [f"• {_clip(s, _DUTY_CHARS)}" for s in duties(job)] or ["• (no description given)"]
    reasons = [f"• {_clip(r, 200)}" for r in verdict.reasons[:4]]
    sections = [
        [f"🔎 {head}"],
        ["What the job is:", *day],
        [f"Compatibility: {verdict.score}/100 {_bar(verdict.score)}", *reasons],
        ["Requirements:", *(_requirement_rows(job, verdict) or ["• none listed"])],
        ["Deal-breakers:", *_deal_breakers(job, prefs)],
        ["Advice:", *_advice(job, verdict)],
    ]
    text = "\n\n".join("\n".join(lines) for lines in sections)
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1].rsplit("\n", 1)[0] + "\n…"
    return text


def report_sections(report: str) -> dict[str, list[str]]:
    """A stored report cut back into its sections: heading (before its colon) -> lines."""
    sections: dict[str, list[str]] = {}
    for block in report.split("\n\n"):
        head, *rest = block.split("\n")
        sections[head.split(":", 1)[0].strip()] = [line for line in rest if line.strip()]
    return sections
