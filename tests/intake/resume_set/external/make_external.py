"""Render the "external" resume group: labelled people in resume themes published on npm.

Every other group's layouts were written by this project, so a reader tuned on them may only
have learnt its authors' habits. These 15 themes (JSON Resume, https://jsonresume.org) were
written by other people for real users; each renders two people of personas.py ...
personas10.py from the JSON Resume schema, and Chromium prints the HTML to PDF as
`resume-cli export` does. A label is kept only where the theme prints its value (several themes
leave out certificates, languages, a school or the e-mail), checked on the theme's HTML (the
page as printed), never on the text extracted from the PDF nor on what the reader makes of it.

Needs Node.js, npm and Chromium (`apt-get install chromium`); the tests read only the PDFs and
cases.json written here, so CI needs neither. Run from the repository root:
    .venv/bin/python -m tests.intake.resume_set.external.make_external
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
import subprocess
import tempfile
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from tests.intake.resume_set.evaluate import norm
from tests.intake.resume_set.labels import labels_of
from tests.intake.resume_set.personas import Person, plain

HERE = Path(__file__).resolve().parent
THEMES = (
    "actual",
    "caffeine",
    "class",
    "compact",
    "elegant",
    "even",
    "flat",
    "kendall",
    "macchiato",
    "modern",
    "onepage",
    "paper",
    "short",
    "spartan",
    "stackoverflow",
)
# every person of the groups tuned on so far (never blind16/17's), one in three taken
SOURCES = (("personas", "PEOPLE"), *((f"personas{n}", f"PEOPLE{n + 5}") for n in range(2, 11)))
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _people() -> list[tuple[str, Person]]:
    found = []
    for module, name in SOURCES:
        people = getattr(importlib.import_module(f"tests.intake.resume_set.{module}"), name)
        found += [(module, p) for p in people]
    return found[::3][: 2 * len(THEMES)]


def _date(text: str) -> str | None:
    """ "Mar 2019" -> "2019-03", "2011" -> "2011", "Present" -> None (the schema's form)."""
    if text == "Present":
        return None
    month, _, year = text.rpartition(" ")
    return f"{year}-{MONTHS.index(month) + 1:02d}" if month else year


def _dated(start: str, end: str) -> dict[str, str]:
    dates = {"startDate": _date(start), "endDate": _date(end)}
    return {k: v for k, v in dates.items() if v}


def json_resume(person: Person) -> dict[str, object]:
    """The person in the JSON Resume schema (with the older schema's `company` and `website`
    beside `name` and `url`, which older themes read)."""
    work = [
        {
            "name": j.employer,
            "company": j.employer,
            "position": j.role,
            "location": j.city,
            **_dated(j.start, j.end),
            "highlights": [plain(b) for b in j.bullets],
        }
        for j in person.jobs
    ]
    education = [
        {"institution": s.school, "studyType": s.degree, "area": "", **_dated(s.start, s.end)}
        for s in person.schools
    ]
    profiles = [
        {"network": link.split("/")[0].split(".")[-2].title(), "url": f"https://{link}"}
        for link in person.links
        if "." in link.split("/")[0]
    ]
    return {
        "basics": {
            "name": person.name,
            "label": person.headline,
            "email": person.email,
            "phone": person.phone,
            "summary": plain(person.summary),
            "location": {"city": person.city},
            "profiles": profiles,
        },
        "work": work,
        "education": education,
        "skills": [{"name": s, "keywords": []} for s in person.skills],
        "languages": [{"language": n, "fluency": lvl.capitalize()} for n, lvl in person.languages],
        "certificates": [{"name": c} for c in person.certifications],
    }


class _Visible(HTMLParser):
    """The text a browser shows: everything outside <head>, <script>, <style> and <title>."""

    HIDDEN: ClassVar[set[str]] = {"head", "script", "style", "title", "template", "noscript"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in self.HIDDEN

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in self.HIDDEN and self.hidden > 0

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    reader = _Visible()
    reader.feed(html)
    return " ".join(reader.parts)


def _render(theme: str, person: Person, work: Path) -> tuple[bytes, str]:
    source, html, pdf = work / "resume.json", work / "resume.html", work / "resume.pdf"
    source.write_text(json.dumps(json_resume(person)), encoding="utf-8")
    subprocess.run(["node", HERE / "render.js", theme, source, html], check=True, cwd=HERE)
    chromium = ["chromium", "--headless", "--no-sandbox", "--disable-gpu"]
    subprocess.run(
        [*chromium, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf.read_bytes(), visible_text(html.read_text(encoding="utf-8"))


def printed_labels(person: Person, text: str) -> dict[str, object]:
    """The person's labels, each value kept only where the page's text shows it."""
    shown, digits = f" {norm(text)} ", re.sub(r"\D", "", text)

    def printed(value: str) -> bool:
        return f" {norm(value)} " in shown

    labels = dataclasses.asdict(labels_of(person))
    for key, value in labels.items():
        if isinstance(value, list):
            labels[key] = [v for v in value if printed(v)]
        elif key == "phone":
            labels[key] = value if re.sub(r"\D", "", value) in digits else ""
        else:
            labels[key] = value if printed(value) else ""
    return labels


def main() -> None:
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], check=True, cwd=HERE)
    people = _people()
    cases = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, theme in enumerate(THEMES):
            for module, person in people[2 * n : 2 * n + 2]:
                first = unicodedata.normalize("NFKD", person.name.split()[0].lower())
                name = f"{theme}-{first.encode('ascii', 'ignore').decode()}.pdf"
                data, shown = _render(theme, person, Path(tmp))
                (HERE / name).write_bytes(data)
                labels = printed_labels(person, shown)
                cases.append({"file": name, "theme": theme, "people": module, "labels": labels})
                print(f"{name}: {len(data) // 1024} KB")
    (HERE / "cases.json").write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
