"""One order for the header lines of every entry in a section.

A theme prints each job's employer and role in the same order ("Employer" over the dates
over "Role"). Where the words of an entry do not tell which line is the role (a trade the
vocabulary does not know, an employer without a legal form), the entries whose words do
tell give the section's order.
"""

from __future__ import annotations

from core.models import Experience
from core.resume.entries import RawEntry
from core.resume.entry_parts import LEGAL_FORM, is_role
from core.resume.experience_fields import to_experience


def _role_first(header: list[str]) -> bool | None:
    """Whether the role is the first of two header lines, when the words say so."""
    if len(header) != 2 or any(" | " in line for line in header):
        return None
    roles = [is_role(line) for line in header]
    legal = [bool(LEGAL_FORM.search(line)) for line in header]
    if roles.count(True) == 1 and not any(legal[i] for i in range(2) if roles[i]):
        return roles[0]
    if legal.count(True) == 1:
        return legal[1]
    return None


def uniform_order(
    entries: list[RawEntry], jobs: list[Experience], known: frozenset[str]
) -> list[Experience]:
    """The jobs, each untold two-line header read in the order its section's told ones share."""
    if len(entries) != len(jobs):
        return jobs
    told = [t for e in entries if (t := _role_first(e.header)) is not None]
    if not told or len(set(told)) != 1:
        return jobs
    role_first = told[0]
    out: list[Experience] = []
    for entry, job in zip(entries, jobs, strict=True):
        header = [line.strip() for line in entry.header]
        if len(header) == 2 and _role_first(entry.header) is None:
            role, company = header if role_first else header[::-1]
            if job.role != role and job.company != company:
                flipped = RawEntry([role, company], entry.start, entry.end, entry.body)
                job = to_experience(flipped, known)
        out.append(job)
    return out
