"""Render the "rendercv" resume groups: labelled people in RenderCV's published themes.

RenderCV (PyPI `rendercv`, "resume builder for academics and engineers") turns a YAML CV into
a PDF with Typst; its built-in themes are layouts nobody on this project wrote, a third source
beside the JSON Resume themes (external/) and the CTAN classes (latex/). Each theme in THEMES
renders two people of the seen personas files, written into RenderCV's own sections the way a
user writes them (summary text, experience and education entries with highlights, skills and
languages as one-line entries, certifications as bullets), the two people of a theme in two
of its design variants (header alignment, section title style, bullet, date column).

People: only one person of the seen personas files (Tan Wei Ling) is in no external set, so
the others are people of the SEEN external sets (external, external_blind, external3, latex),
never of a blind one (external2, latex_blind): tuning on this folder must not learn a blind
set's people (tests/intake/test_external_set.py checks it).

Labels come from the person; a value is kept only where the PDF prints it (pypdfium2's text,
not the intake's pdfplumber, compared without spaces and hyphens, as Typst hyphenates).

Needs RenderCV 2.8 in its own Python 3.12 venv (never the project's): the tests read only the
PDFs and cases.json written here. Run from the repository root, RENDERCV naming its command:
    RENDERCV=/tmp/rcv/bin/rendercv .venv/bin/python -m \
        tests.intake.resume_set.rendercv.make_rendercv
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from tests.intake.resume_set.labels import printed_labels_of
from tests.intake.resume_set.latex.make_latex import people_named
from tests.intake.resume_set.personas import Person, plain

HERE = Path(__file__).resolve().parent
SOURCES = (("personas", "PEOPLE"), *((f"personas{n}", f"PEOPLE{n + 5}") for n in range(2, 12)))
# theme: the design of its first and of its second person (RenderCV's design options)
THEMES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "classic": (
        {},
        {
            "header": {"alignment": "left"},
            "section_titles": {"type": "with_full_line"},
            "entries": {"highlights": {"bullet": "◆"}},
        },
    ),
    "engineeringclassic": (
        {},
        {
            "header": {"alignment": "center"},
            "section_titles": {"type": "without_line"},
            "entries": {"highlights": {"bullet": "◦"}},
        },
    ),
    "engineeringresumes": (
        {},
        {
            "header": {"alignment": "left"},
            "section_titles": {"type": "with_partial_line"},
            "typography": {"date_and_location_column_alignment": "left"},
        },
    ),
    "harvard": (
        {},
        {
            "section_titles": {"type": "centered_with_full_line"},
            "entries": {"highlights": {"bullet": "-"}},
        },
    ),
    "moderncv": (
        {},
        {
            "header": {"alignment": "center"},
            "entries": {"highlights": {"bullet": "■"}},
        },
    ),
    "sb2nov": (
        {},
        {
            "header": {"alignment": "left"},
            "section_titles": {"type": "centered_with_partial_line"},
            "entries": {"highlights": {"bullet": "★"}},
        },
    ),
}
# two people a theme in THEMES' order: Tan Wei Ling is in no external set, the rest are in a
# seen one
NAMES = (
    "Aisha Bello",
    "Rasmus Kjærgaard",
    "Tan Wei Ling",
    "Kwame Asante",
    "Lucas Rossi",
    "Nguyễn Minh Châu",
    "Felix Wagner",
    "Ananya Krishnamurthy",
    "Katharina Weiß",
    "Pieter van der Berg",
    "Bruno Carvalho Lima",
    "Hemi Tautahi",
)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FIXED_DATE = "2026-01-03"  # RenderCV's "last updated" note, so that rendering again is the same
# RenderCV's Typst package imports @preview/fontawesome:0.6.0, which Typst downloads from its
# registry (not reachable here): a stand-in with the icons a header draws, from the Font
# Awesome 7 fonts rendercv-fonts ships, as the real package draws them
FONTAWESOME = """#let _icons = (
  "envelope": "\\u{f0e0}", "phone": "\\u{f095}", "location-dot": "\\u{f3c5}",
  "link": "\\u{f0c1}", "external-link": "\\u{f35d}", "linkedin": "\\u{f08c}",
  "github": "\\u{f09b}",
)
#let fa-icon(name, solid: true, ..args) = text(
  font: ("Font Awesome 7 Free", "Font Awesome 7 Brands"), weight: 900, ..args.named(),
  _icons.at(name, default: ""),
)
"""


def people() -> list[tuple[str, Person]]:
    return people_named(NAMES, SOURCES)


def _date(text: str) -> str | int:
    """RenderCV's form of a date: "Mar 2019" -> "2019-03", "2011" -> 2011 (a year is a number
    in YAML; as a string RenderCV prints it as January), "Present"."""
    if text.lower() == "present":
        return "present"
    month, _, year = text.rpartition(" ")
    return f"{year}-{MONTHS.index(month[:3]) + 1:02d}" if month else int(year)


def _text(value: str) -> str:
    """Markdown-safe text: brackets removed; RenderCV reads Markdown in every field."""
    return re.sub(r"([*_`#$@<>\\])", r"\\\1", plain(value))


def cv_of(person: Person, second: bool) -> dict[str, Any]:
    """The person's `cv` field as a user writes it; the second person of a theme writes the
    languages as one line of the skills section rather than a section of their own."""
    experience = [
        {
            "company": _text(j.employer),
            "position": _text(j.role),
            "location": j.city,
            "start_date": _date(j.start),
            "end_date": _date(j.end),
            "highlights": [_text(b) for b in j.bullets],
        }
        for j in person.jobs
    ]
    education = [
        {
            "institution": _text(s.school),
            "area": _text(s.degree),
            "location": s.city,
            "start_date": _date(s.start),
            "end_date": _date(s.end),
        }
        for s in person.schools
    ]
    languages = ", ".join(f"{n} ({level})" for n, level in person.languages)
    skills = [{"label": "Skills", "details": _text(", ".join(person.skills))}]
    sections: dict[str, Any] = {"summary": [_text(person.summary)], "experience": experience}
    sections["education"] = education
    if second:
        skills.append({"label": "Languages", "details": languages})
    sections["skills"] = skills
    if person.certifications:
        sections["certifications"] = [{"bullet": _text(c)} for c in person.certifications]
    if not second:
        sections["languages"] = [
            {"label": n, "details": level.capitalize()} for n, level in person.languages
        ]
    return {
        "name": person.name,
        "headline": person.headline,
        "location": person.city,
        "email": person.email,
        "phone": person.phone if person.phone.startswith("+") else "",
        "sections": sections,
    }


def yaml_of(theme: str, person: Person, second: bool) -> dict[str, Any]:
    cv = cv_of(person, second)
    if not cv["phone"]:
        del cv["phone"]
    design = {"theme": theme, **copy.deepcopy(THEMES[theme][1 if second else 0])}
    # the phone as the person writes it (RenderCV's default drops the country code)
    header = design.setdefault("header", {})
    header["connections"] = {"phone_number_format": "international"}
    return {"cv": cv, "design": design, "settings": {"current_date": FIXED_DATE}}


def render(theme: str, person: Person, second: bool, work: Path) -> bytes:
    """The PDF RenderCV writes for the person (the YAML is written as JSON, which is YAML)."""
    source = work / "cv.yaml"
    source.write_text(json.dumps(yaml_of(theme, person, second), ensure_ascii=False), "utf-8")
    pdf = work / "cv.pdf"
    package = work / "cache" / "typst" / "packages" / "preview" / "fontawesome" / "0.6.0"
    package.mkdir(parents=True)
    (package / "typst.toml").write_text(
        '[package]\nname = "fontawesome"\nversion = "0.6.0"\nentrypoint = "lib.typ"\n', "utf-8"
    )
    (package / "lib.typ").write_text(FONTAWESOME, "utf-8")
    command = os.environ.get("RENDERCV", "rendercv")
    flags = ("-nomd", "-nohtml", "-nopng", "--quiet")
    subprocess.run(
        [command, "render", str(source), "--pdf-path", str(pdf), *flags],
        cwd=work,
        check=True,
        timeout=300,
        env=os.environ | {"XDG_CACHE_HOME": str(work / "cache")},
    )
    return pdf.read_bytes()


def page_text(data: bytes) -> str:
    import pypdfium2  # only to write the labels

    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    return re.sub(r"[\s\-\u00ad\u2010\u2011\x02\ufffe]+", "", text)


def printed_labels(person: Person, shown: str) -> dict[str, object]:
    """The person's labels, each value kept only where the page prints it."""
    page = _squash(shown)

    def printed(value: str) -> bool:
        return _squash(value) in page

    return printed_labels_of(person, printed, shown)


def file_name(theme: str, person: Person) -> str:
    first = unicodedata.normalize("NFKD", person.name.split()[0].lower())
    return f"{theme}-{first.encode('ascii', 'ignore').decode()}.pdf"


def main() -> None:
    from tests.intake.resume_set.run import RENDERCV_FIRST

    chosen = people()
    cases = []
    for n, theme in enumerate(THEMES):
        for k, (module, person) in enumerate(chosen[2 * n : 2 * n + 2]):
            with tempfile.TemporaryDirectory() as tmp:
                data = render(theme, person, k == 1, Path(tmp))
            name = file_name(theme, person)
            (HERE / name).write_bytes(data)
            labels = printed_labels(person, page_text(data))
            if theme not in RENDERCV_FIRST:  # a blind theme's bullets are not labelled (as latex/)
                labels["bullets"] = []
            cases.append({"file": name, "theme": theme, "people": module, "labels": labels})
            print(f"rendercv/{name}: {len(data) // 1024} KB")
    text = json.dumps(cases, indent=1, ensure_ascii=False) + "\n"
    (HERE / "cases.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
