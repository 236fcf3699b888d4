"""Render the documents for each shared sample resume and three portal jobs; read them back.

Run from the repository root: `.venv/bin/python bench/bench_render.py [--rounds 3]`.
Prints, per resume and job, the median time to make the PDF pair (resume and cover letter,
Typst) and the Word pair (python-docx), the page counts, and whether the bot's own intake
reads the same name, employers and schools back from the PDF and the Word resume; then one
summary line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from bench.bench_intake import median_ms  # noqa: E402
from bot.container import build_documents  # noqa: E402
from core.documents.files import DocumentFiles, Target  # noqa: E402
from core.documents.writer import write_documents  # noqa: E402
from core.intake import extract_text_sync, parse_resume_file  # noqa: E402
from core.models import Job, Profile  # noqa: E402
from core.resume.parser import parse_profile  # noqa: E402

RESUMES = ROOT.parent / "shared" / "resumes"
JOBS = ROOT / "mock_portal" / "data" / "jobs.json"
TODAY = date(2026, 12, 5)


def same_back(profile: Profile, data: bytes, filename: str) -> bool:
    """Name, employers and schools the intake reads from the file equal the profile's."""
    back = parse_profile(extract_text_sync(data, filename))
    schools = {e.institution for e in profile.education if e.institution}
    return (
        back.full_name == profile.full_name
        and [e.company for e in back.experience] == [e.company for e in profile.experience]
        and {e.institution for e in back.education if e.institution} == schools
    )


def jobs_for(profile: Profile, jobs: list[Job]) -> list[Job]:
    """Three jobs a person with this resume might apply to: most skills and role words shared."""
    roles = {w.lower() for e in profile.experience for w in (e.role or "").split()}
    skills = {s.lower() for s in profile.skill_names()}

    def fit(job: Job) -> int:
        shared_skills = len(skills & {s.lower() for s in job.required_skills})
        return 2 * shared_skills + len(roles & {w.lower() for w in job.title.split()})

    return sorted(jobs, key=fit, reverse=True)[:3]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(RESUMES.glob("*.pdf"))
    if not files:
        print(f"no resumes in {RESUMES}")
        return 1
    raw = json.loads(JOBS.read_text(encoding="utf-8"))
    jobs = [Job.model_validate(j) for j in (raw["jobs"] if isinstance(raw, dict) else raw)]
    render: DocumentFiles = build_documents()
    print(f"{'resume':36} {'job':34} {'pdf ms':>7} {'docx ms':>8} {'pages':>6} {'read back':>10}")
    pdf_times, docx_times, agreed, total, letters_one_page = [], [], 0, 0, 0
    for path in files:
        _, profile = parse_resume_file(path)
        for job in jobs_for(profile, jobs):
            target = Target(write_documents(profile, job, TODAY), profile, job, TODAY)
            render.render(target, ["pdf"])  # warm
            pdf_ms = median_ms(lambda t=target: render.render(t, ["pdf"]), args.rounds)
            docx_ms = median_ms(lambda t=target: render.render(t, ["docx"]), args.rounds)
            resume, letter = render.render(target, ["pdf"])
            word_resume, _ = render.render(target, ["docx"])
            pages = (len(pdfium.PdfDocument(resume.data)), len(pdfium.PdfDocument(letter.data)))
            back = [
                same_back(profile, resume.data, resume.filename),
                same_back(profile, word_resume.data, word_resume.filename),
            ]
            pdf_times.append(pdf_ms)
            docx_times.append(docx_ms)
            agreed += sum(back)
            total += len(back)
            letters_one_page += pages[1] == 1
            label = f"{job.company} - {job.title}"[:34]
            read = "/".join("yes" if ok else "NO" for ok in back)
            print(
                f"{path.stem[:36]:36} {label:34} {pdf_ms:7.0f} {docx_ms:8.0f} "
                f"{pages[0]:>3}+{pages[1]:<2} {read:>10}"
            )
    pdf_median, docx_median = statistics.median(pdf_times), statistics.median(docx_times)
    print(
        f"summary: {len(pdf_times)} applications; PDF pair median {pdf_median:.0f} ms, "
        f"Word pair median {docx_median:.0f} ms; read back (name, employers, schools) "
        f"{agreed}/{total}; one-page cover letters {letters_one_page}/{len(pdf_times)}"
    )
    return 0 if agreed == total else 1


if __name__ == "__main__":
    raise SystemExit(main())
