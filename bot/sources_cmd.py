"""`jobbot sources check`: read one page from each configured job board and show what it parsed."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from bot.settings import Settings
from core.adapters.sources.registry import COMPANY_BOARDS, build_sources
from core.errors import SourceError
from core.models import Job
from core.sources.boards import slugs_for


def describe(job: Job) -> str:
    """One job on a few lines, every field the judge uses."""
    pay = "no pay stated"
    if job.salary_offered is not None:
        top = f"-{job.salary_max:,.0f}" if job.salary_max else ""
        pay = f"{job.salary_offered:,.0f}{top} {job.currency or '?'} per {job.salary_period or '?'}"
    posted = job.posted_at.date().isoformat() if job.posted_at else "no date"
    words = len(job.description.split())
    return (
        f"  {job.id}: {job.title} | {job.company or '?'} | {job.place()}\n"
        f"    {pay} | posted {posted} | {words} words of description\n"
        f"    apply: {job.apply_url or 'no link'}"
        + (f" ({job.attribution})" if job.attribution else "")
    )


async def check_sources(
    settings: Settings,
    *,
    show: int = 3,
    echo: Callable[[str], None] = print,
    transport: httpx.AsyncBaseTransport | None = None,
) -> int:
    """Fetch from each configured board (the portal aside); the number of boards that failed."""
    names = [n for n in settings.source_names() if n != "portal"]
    if not names:
        echo("JOB_SOURCES names no job board (only the portal): nothing to check.")
        return 0
    sources = build_sources(names, base_urls=settings.source_base_urls(), transport=transport)
    failed = 0
    try:
        for source in sources:
            boards = slugs_for(source.name, settings.source_boards())
            if source.name in COMPANY_BOARDS and not boards:
                echo(f"{source.name}: no company board named (set JOB_SOURCE_BOARDS)")
                continue
            try:
                jobs = await source.discover("", boards=boards)
            except SourceError as err:
                failed += 1
                echo(f"{source.name}: FAILED: {err}")
                continue
            echo(f"{source.name}: {len(jobs)} jobs")
            for job in jobs[:show]:
                echo(describe(job))
    finally:
        for source in sources:
            await source.aclose()
    return failed
