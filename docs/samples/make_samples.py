"""Render the README's sample pages: the demo's resume tailored to one portal job, as PNG.

Run from the repository root: `.venv/bin/python docs/samples/make_samples.py`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium

from bot.container import build_documents
from bot.demo import SAMPLE_RESUME
from core.documents.files import Target
from core.documents.writer import write_documents
from core.intake import parse_resume_file
from core.models import Job

HERE = Path(__file__).parent
JOBS = Path("mock_portal/data/jobs.json")
WANTED = ("Wellness Nutritionist", "Balanced Bite Co.")


def main() -> None:
    _, profile = parse_resume_file(SAMPLE_RESUME)
    jobs = json.loads(JOBS.read_text(encoding="utf-8"))
    jobs = jobs["jobs"] if isinstance(jobs, dict) else jobs
    job = next(Job.model_validate(j) for j in jobs if (j["title"], j["company"]) == WANTED)
    written = date(2026, 12, 5)
    target = Target(write_documents(profile, job, written), profile, job, written)
    resume, letter = build_documents().render(target, ["pdf"])
    for name, file in (("resume", resume), ("cover_letter", letter)):
        page = pdfium.PdfDocument(file.data)[0]
        # 64 colours keep the accent and the anti-aliasing at a fraction of the size.
        image = page.render(scale=1.3).to_pil().quantize(colors=64)
        image.save(HERE / f"{name}.png", optimize=True)
        print(f"{name}.png: {(HERE / f'{name}.png').stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
