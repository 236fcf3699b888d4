"""Layouts written after the parser was tuned, never used for tuning: a clean measure.

Each is rendered for four people and reported as its own group ("fresh").
"""

from __future__ import annotations

from tests.intake.resume_set.generate import Layout, _dates
from tests.intake.resume_set.personas import Job, School

_Entry = dict[str, object]


def _job_parens(j: Job) -> _Entry:  # "Role — Employer, City (Mar 2019 – Present)"
    line = f"{j.role} — {j.employer}, {j.city} ({_dates(j.start, j.end)})"
    return {"a": line, "b": "", "dates": ""}


def _school_parens(s: School) -> _Entry:
    line = f"{s.school} — {s.degree} ({_dates(s.start, s.end, '–')})"
    return {"a": line, "b": "", "dates": ""}


def _job_timeline(j: Job) -> _Entry:  # employer bold, role below, dates in their own column
    return {"a": j.employer, "b": f"{j.role}, {j.city}", "dates": _dates(j.start, j.end)}


def _school_timeline(s: School) -> _Entry:
    return {"a": s.school, "b": f"{s.degree}, {s.city}", "dates": _dates(s.start, s.end)}


FRESH: tuple[Layout, ...] = (
    Layout(
        "timeline",
        "pdf",
        (
            "Career Summary",
            "Work Experience",
            "Education",
            "Skills & Tools",
            "Languages",
            "Certificates",
            "Contact",
        ),
        "•",
        _job_timeline,  # type: ignore[arg-type]
        _school_timeline,  # type: ignore[arg-type]
        level=": {}",
    ),
    Layout(
        "inline_parens",
        "pdf",
        (
            "Profile",
            "Professional Experience",
            "Education",
            "Key Skills",
            "Languages",
            "Licenses",
            "Contact",
        ),
        "–",
        _job_parens,  # type: ignore[arg-type]
        _school_parens,  # type: ignore[arg-type]
        contact_labels=True,
    ),
    Layout(
        "docx_jobs_table",
        "docx",
        ("Summary", "Experience", "Education", "Skills", "Languages", "Certifications", "Contact"),
        "•",
        _job_timeline,  # type: ignore[arg-type]
        _school_timeline,  # type: ignore[arg-type]
    ),
)
