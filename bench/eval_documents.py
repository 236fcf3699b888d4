"""Measure the documents the product sends: invented facts, garbage, overlap, thin ones, lint.

Run from the repository root: `.venv/bin/python bench/eval_documents.py [--show 2]
[--resumes DIR ...]`. Resumes: the shared PDFs, the text resumes in tests/intake/fixtures, the
profiles in tests/engine/data/profiles, any folder passed with --resumes (.pdf/.docx/.txt/.md
read through the intake, .json as a Profile), then every resume of the labelled set in
tests/intake/resume_set, rendered and read through the intake. For each, the three mock
portal jobs the offline engine scores highest are written for through the judge, as in
production. Prints per resume: facts not in the profile (in what the writer wrote, and in
what would be sent), reading garbage (dates, places, handles) in skills or languages, the
largest share of cover-letter sentences two jobs share, documents below the minimum content
(or refused), and linter findings; then one summary line. --show N prints N letters.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.adapters.llm_offline import OfflineLLM  # noqa: E402
from core.documents.content import shortfalls, strip_frame  # noqa: E402
from core.documents.factcheck import check_documents  # noqa: E402
from core.documents.linter import lint  # noqa: E402
from core.documents.review import review  # noqa: E402
from core.documents.writer import write_documents  # noqa: E402
from core.errors import DocumentsRefused  # noqa: E402
from core.intake import extract_text_sync, parse_resume_file  # noqa: E402
from core.judge import Judge  # noqa: E402
from core.models import Documents, Job, Preferences, Profile  # noqa: E402
from core.offline.scoring import score_job  # noqa: E402
from core.offline.text import sentences  # noqa: E402
from core.resume.parser import parse_profile  # noqa: E402

TODAY = date(2026, 6, 1)
FORMULAS = " ".join(
    (ROOT / "core" / "documents" / name).read_text()
    for name in ("letter.py", "phrasing.py", "writer.py", "content.py")
)
JOBS_PER_RESUME = 3
# Where resumes come from; add a folder here (or pass --resumes) to measure more of them.
RESUME_DIRS = [
    ROOT.parent / "shared" / "resumes",
    ROOT / "tests" / "intake" / "fixtures",
    ROOT / "tests" / "engine" / "data" / "profiles",
]
_READABLE = {".pdf", ".docx", ".txt", ".md"}
_MONTH = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_GARBAGE = re.compile(
    rf"\b(19|20)\d\d\b|\b({_MONTH})[a-z]*\.?\s+\d|\d{{1,2}}/\d{{2,4}}|@|https?:|www\.|\.com\b"
    r"|<[^>]*>|^\W",
    re.IGNORECASE,
)


_CAPITAL = re.compile(r"(?<=[a-z,;] )([A-Z][\w'&.-]*)")
_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def unsupported(docs: Documents, profile: Profile, job: Job) -> list[str]:
    """An independent, cruder cross-check of the fact check: capitalised words inside a
    sentence and numbers that appear nowhere in the profile, the job's text (its own
    words may be named inside a sentence) or the writer's formulas."""
    parts = [profile.model_dump_json(), job.title, job.company, job.description, FORMULAS]
    source = " ".join([*parts, *job.required_skills]).lower()
    text = "\n".join([docs.resume_md, docs.cover_letter, *docs.evidence_points])
    out = [w for w in _CAPITAL.findall(text) if w.strip(".").lower() not in source]
    out += [n for n in _DIGITS.findall(text) if n not in source.replace(",", "")
            and n.replace(",", "") not in source.replace(",", "")]  # fmt: skip
    return out


def load_resumes(dirs: list[Path]) -> Iterator[tuple[str, Profile]]:
    """(label, profile) for every resume file in `dirs`."""
    for folder in dirs:
        for path in sorted(folder.glob("*")):
            if path.stem.upper() == "README":
                continue
            if path.suffix == ".json":
                profile = Profile.model_validate_json(path.read_text())
                # every field has a default: other JSON (a test's word geometry) would pass as
                # an empty profile, so a file that names nobody is no profile
                if not profile.full_name:
                    raise ValueError(f"{path} is not a profile: keep it out of {folder}")
                yield path.name, profile
            elif path.suffix in _READABLE:
                yield path.name, parse_resume_file(path)[1]


def labelled_resumes() -> Iterator[tuple[str, Profile]]:
    """The labelled resume set (tests/intake/resume_set), each generated resume read through
    the sandboxed intake as a user's upload would be."""
    from tests.intake.resume_set.generate import cases, render

    for case in cases():
        data, name = render(case.person, case.layout)
        yield f"set/{name}", parse_profile(extract_text_sync(data, name))


def all_resumes(extra: list[Path] | None = None) -> Iterator[tuple[str, Profile]]:
    """Every resume the bench measures: the sample folders, then the labelled set."""
    yield from load_resumes(RESUME_DIRS + (extra or []))
    yield from labelled_resumes()


def portal_jobs() -> list[Job]:
    raw = json.loads((ROOT / "mock_portal" / "data" / "jobs.json").read_text())
    return [Job.model_validate(j) for j in raw]


def best_jobs(profile: Profile, jobs: list[Job]) -> list[Job]:
    """The jobs the offline engine finds closest to this profile's profession."""
    prefs = Preferences()
    scored = sorted(jobs, key=lambda j: -score_job(profile, prefs, j, TODAY).score)
    out: list[Job] = []
    for job in scored:  # three different titles, so the letters answer different postings
        if all(job.title != o.title for o in out):
            out.append(job)
        if len(out) == JOBS_PER_RESUME:
            break
    return out


def section_items(md: str, names: tuple[str, ...]) -> list[str]:
    """The comma-separated items of the resume's sections called `names`."""
    items: list[str] = []
    inside = False
    for line in md.splitlines():
        if line.startswith("## "):
            inside = line[3:].strip().lower() in names
            continue
        if inside and line.strip():
            body = line.lstrip("- ").split(":", 1)[-1]
            items += [i.strip() for i in body.split(",") if i.strip()]
    return items


def letter_sentences(letter: str) -> set[str]:
    body = strip_frame(Documents(resume_md="", cover_letter=letter)).cover_letter
    # "... at Maple Foods Inc. and 9 years of experience." is one sentence, not two
    return {s for s in sentences(body) if len(s.split()) > 2}


def overlap(a: str, b: str) -> float:
    sa, sb = letter_sentences(a), letter_sentences(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


@dataclass
class Row:
    label: str
    invented_raw: list[str] = field(default_factory=list)
    invented_sent: int = 0
    crude: list[str] = field(default_factory=list)
    garbage: list[str] = field(default_factory=list)
    overlap: float = 0.0
    thin: list[str] = field(default_factory=list)
    lint: list[str] = field(default_factory=list)
    letters: list[tuple[Job, str]] = field(default_factory=list)


async def measure(label: str, profile: Profile, jobs: list[Job]) -> Row:
    row = Row(label)
    judge = Judge(OfflineLLM(today=TODAY))
    for job in best_jobs(profile, jobs):
        raw = write_documents(profile, job, TODAY)
        row.invented_raw += review(raw, profile, job).removed
        try:
            sent = await judge.documents(profile, job)
        except DocumentsRefused as err:
            row.thin.append(f"{job.title}: refused ({err})")
            continue
        row.invented_sent += len(check_documents(sent, profile, job=job)[1])
        row.crude += [f"{job.title}: {w}" for w in unsupported(sent, profile, job)]
        row.garbage += [
            i for i in section_items(sent.resume_md, ("skills", "languages")) if _GARBAGE.search(i)
        ]
        row.thin += [f"{job.title}: {s}" for s in shortfalls(sent, profile, job)]
        row.lint += [str(f) for f in lint(sent)]
        row.letters.append((job, sent.cover_letter))
    pairs = list(combinations([text for _, text in row.letters], 2))
    row.overlap = max((overlap(a, b) for a, b in pairs), default=0.0)
    return row


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="print this many cover letters")
    parser.add_argument("--resumes", type=Path, action="append", default=[])
    parser.add_argument("--verbose", action="store_true", help="print every finding")
    args = parser.parse_args()
    jobs = portal_jobs()
    rows = [await measure(label, p, jobs) for label, p in all_resumes(args.resumes)]
    head = (
        f"{'resume':42} {'invented':>8} {'crude':>5} {'garbage':>7} {'overlap':>7} "
        f"{'thin':>4} {'lint':>4}"
    )
    print(head)
    for r in rows:
        invented = len(r.invented_raw) + r.invented_sent
        print(
            f"{r.label[:42]:42} {invented:>8} {len(r.crude):>5} {len(r.garbage):>7} "
            f"{r.overlap:>7.0%} "
            f"{len(r.thin):>4} {len(r.lint):>4}"
        )
        if args.verbose:
            for item in r.invented_raw + r.crude + r.garbage + r.thin + r.lint:
                print(f"    {item}")
    shown = 0
    for r in rows:
        for job, letter in r.letters[:1]:
            if shown >= args.show:
                break
            shown += 1
            print(f"\n--- {r.label}: {job.title} at {job.company} ---\n{letter}")
    invented = sum(len(r.invented_raw) + r.invented_sent for r in rows)
    crude = sum(len(r.crude) for r in rows)
    garbage = sum(len(r.garbage) for r in rows)
    worst = max((r.overlap for r in rows), default=0.0)
    thin = sum(len(r.thin) for r in rows)
    findings = sum(len(r.lint) for r in rows)
    words = sorted(len(text.split()) for r in rows for _, text in r.letters)
    short = sum(n < 200 for n in words)
    if words:
        print(
            f"\ncover letters: {len(words)}, words min {words[0]} / median "
            f"{words[len(words) // 2]} / max {words[-1]}; under 200 words: {short} "
            "(resumes with little that matches the job; the minimum to send is 120)"
        )
    ok = (
        invented == 0
        and crude == 0
        and garbage == 0
        and worst < 0.5
        and thin == 0
        and findings == 0
    )
    print(
        f"\ndocuments: {len(rows)} resumes x {JOBS_PER_RESUME} jobs; facts not in profile "
        f"{invented} (crude cross-check {crude}), garbage in skills/languages {garbage}, "
        f"max letter overlap {worst:.0%}, below minimum {thin}, linter findings {findings} "
        f"-> {'PASS' if ok else 'FAIL'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
