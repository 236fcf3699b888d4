"""Render the "office" group: the seen DOCX resumes exported to PDF by LibreOffice.

Many people write a resume in Word or LibreOffice Writer and export it to PDF; the set's other
PDFs come from Typst, Chromium and pdfLaTeX. Each distinct DOCX layout of the seen generated
groups (generate.py's LAYOUTS and the seen blind*.py modules) is taken once, with one of its
people (a person not yet taken where the layout has one), rendered as the DOCX groups render
it and converted by `soffice --headless --convert-to pdf` (LibreOffice 7.4.7). The labels are
those of the DOCX source (labels.labels_of), and cases.json names the source group and person,
so the PDF can be compared with the DOCX it came from (`bench/eval_resumes.py --office`).

Needs LibreOffice (`apt-get install libreoffice-writer-nogui fonts-crosextra-carlito
fonts-crosextra-caladea fonts-liberation fonts-dejavu`); the tests read only the PDFs and
cases.json written here, so CI needs neither. Run from the repository root:
    .venv/bin/python -m tests.intake.resume_set.office.make_office
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from tests.intake.resume_set.generate import Case, cases, render
from tests.intake.resume_set.labels import labels_of

HERE = Path(__file__).resolve().parent
# the generated groups tuning may look at (run.py's SEEN less the folders of PDFs); blind17
# and blind18 are never rendered here
SOURCE_GROUPS = ("tuned", "held_out", "fresh", *(f"blind{n}" for n in range(1, 17)))


def chosen() -> list[Case]:
    """One case per distinct seen DOCX layout, in the set's order, each person once where the
    layout lets that be."""
    wanted = {g: True for g in SOURCE_GROUPS if g.startswith("blind") and g != "blind1"}
    by_layout: dict[str, list[Case]] = {}
    for case in cases(**wanted):
        if case.group in SOURCE_GROUPS and case.layout.kind == "docx":
            by_layout.setdefault(case.layout.name, []).append(case)
    taken: set[str] = set()
    out: list[Case] = []
    for found in by_layout.values():
        case = next((c for c in found if c.person.name not in taken), found[0])
        taken.add(case.person.name)
        out.append(case)
    return out


def file_stem(case: Case) -> str:
    first = unicodedata.normalize("NFKD", case.person.name.split()[0].lower())
    return f"{case.layout.name}-{first.encode('ascii', 'ignore').decode()}"


def main() -> None:
    found = chosen()
    entries = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for case in found:
            data, _name = render(case.person, case.layout)
            (work / f"{file_stem(case)}.docx").write_bytes(data)
        profile = (work / "profile").as_uri()  # a fresh LibreOffice profile, no user settings
        docx = sorted(str(p) for p in work.glob("*.docx"))
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        subprocess.run(
            [*command, "--convert-to", "pdf", "--outdir", str(HERE), *docx],
            check=True,
            timeout=600,
            capture_output=True,
        )
    for case in found:
        name = f"{file_stem(case)}.pdf"
        labels = dataclasses.asdict(labels_of(case.person, case.layout.name))
        entries.append(
            {
                "file": name,
                "theme": case.layout.name,
                "people": case.group,
                "person": case.person.name,
                "labels": labels,
            }
        )
        print(f"office/{name}: {(HERE / name).stat().st_size // 1024} KB")
    text = json.dumps(entries, indent=1, ensure_ascii=False) + "\n"
    (HERE / "cases.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
