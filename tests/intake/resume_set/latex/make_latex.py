"""Typeset the "latex" resume groups: labelled people in LaTeX CV classes published on CTAN.

The JSON Resume themes (external/) were the first layouts nobody on this project wrote; these
are a second, independent source: the CV classes users of TeX pick (moderncv in four styles,
europasscv, europecv, curve, currvita, simplecv, tucv), as Debian's TeX Live ships them. Each
template (templates.py) writes two people of the seen personas files that no external set
uses, with the class's own commands, and pdflatex typesets it. Labels come from the person as
written into the .tex source: a value is kept only where the source prints it. Left out as
they print broken: moderncv's oldstyle (a long e-mail runs into the body column), harnon-cv
(its title prints a stray "l" before the e-mail), ReadableCV (a course line runs off the
page); simple-resume-cv wants fonts it does not ship.

Needs TeX Live (texlive-latex-extra, texlive-fonts-extra, texlive-fonts-recommended,
texlive-plain-generic); the tests read only the PDFs and cases.json written here. Run from
the repository root:
    .venv/bin/python -m tests.intake.resume_set.latex.make_latex
and, to add the job bullets to the labels of the classes tuning may look at ("latex" since the
sixteenth round, "latex2" since the seventeenth: all ten), without typesetting again:
    .venv/bin/python -m tests.intake.resume_set.latex.make_latex --bullets
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from tests.intake.resume_set.labels import labels_of
from tests.intake.resume_set.latex.templates import TEMPLATES, Template, esc
from tests.intake.resume_set.personas import Person

HERE = Path(__file__).resolve().parent
SOURCES = (*((f"personas{n}", f"PEOPLE{n + 5}") for n in range(8, 12)),)
# the people of the seen personas files (never personas12/13's) that no external set uses,
# two a template in TEMPLATES' order
NAMES = (
    "Siobhán O'Callaghan",
    "Anne-Sophie Lefèvre",
    "Konstantinos Papadakis",
    "Lucía Fernández Ortega",
    "Matthias Brandstätter",
    "Kenji Watanabe",
    "Thandiwe Mokoena",
    "Grace Njeri Ndungu",
    "Bruno Carvalho Lima",
    "Fiona MacLeod",
    "Maricel Dela Cruz",
    "Piotr Zieliński",
    "Wanjiru Kamau-Otieno",
    "Sari Wulandari",
    "Declan O'Driscoll",
    "Camila Soto Vergara",
    "Élodie Marchand",
    "Chinonso Adaeze Eze",
    "Oleksandr Kovalenko",
    "Mathieu Tremblay",
)


def people_named(
    names: tuple[str, ...], sources: tuple[tuple[str, str], ...]
) -> list[tuple[str, Person]]:
    """(personas module, person) of each name, from the (module, tuple) pairs of `sources`."""
    found = {}
    for module, name in sources:
        for person in getattr(importlib.import_module(f"tests.intake.resume_set.{module}"), name):
            found[person.name] = (module, person)
    return [found[n] for n in names]


def people() -> list[tuple[str, Person]]:
    return people_named(NAMES, SOURCES)


def printed_labels(person: Person, source: str) -> dict[str, object]:
    """The person's labels, each value kept only where the LaTeX source prints it (the name
    where each of its words is printed: moderncv takes first and last names apart)."""

    def printed(value: str) -> bool:
        return esc(value) in source

    labels = dataclasses.asdict(labels_of(person))
    for key, value in labels.items():
        if isinstance(value, list):
            labels[key] = [v for v in value if printed(v)]
        elif key == "name":
            labels[key] = value if all(printed(w) for w in value.split()) else ""
        else:
            labels[key] = value if printed(value) else ""
    return labels


# a fixed date for the classes that print \today and for the PDF's own dates, so that typesetting
# again writes the same files
FIXED_DATE = {"SOURCE_DATE_EPOCH": "1767441600", "FORCE_SOURCE_DATE": "1"}  # 2026-01-03 12:00 UTC


def typeset(template: Template, person: Person, work: Path) -> tuple[bytes, str]:
    """The PDF and the whole LaTeX source (document and the files it inputs)."""
    files = template.write(person)
    for name, text in files.items():
        (work / name).write_text(text, encoding="utf-8")
    for _ in range(2):  # twice, as the classes that measure their columns need
        subprocess.run(
            [template.engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"],
            cwd=work,
            check=True,
            capture_output=True,
            timeout=180,
            env=os.environ | FIXED_DATE,
        )
    return (work / "cv.pdf").read_bytes(), "\n".join(files.values())


def file_name(template: Template, person: Person) -> str:
    first = unicodedata.normalize("NFKD", person.name.split()[0].lower())
    return f"{template.name}-{first.encode('ascii', 'ignore').decode()}.pdf"


def label_bullets(themes: tuple[str, ...]) -> None:
    """Add to cases.json the job bullets each case's source prints (bullets were not labelled
    when the set was typeset), for `themes` only; every other label stays as it is, and
    nothing is typeset again."""
    path = HERE / "cases.json"
    cases = {c["file"]: c for c in json.loads(path.read_text(encoding="utf-8"))}
    chosen = people()
    for n, template in enumerate(TEMPLATES):
        if template.name not in themes:
            continue
        for _module, person in chosen[2 * n : 2 * n + 2]:
            source = "\n".join(template.write(person).values())
            labels = printed_labels(person, source)
            cases[file_name(template, person)]["labels"]["bullets"] = labels["bullets"]
    text = json.dumps(list(cases.values()), indent=1, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    chosen = people()
    cases = []
    for n, template in enumerate(TEMPLATES):
        for module, person in chosen[2 * n : 2 * n + 2]:
            with tempfile.TemporaryDirectory() as tmp:
                data, source = typeset(template, person, Path(tmp))
            name = file_name(template, person)
            (HERE / name).write_bytes(data)
            labels = printed_labels(person, source)
            cases.append({"file": name, "theme": template.name, "people": module, "labels": labels})
            print(f"latex/{name}: {len(data) // 1024} KB")
    text = json.dumps(cases, indent=1, ensure_ascii=False) + "\n"
    (HERE / "cases.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--bullets"]:  # label the bullets of the classes tuning may look at
        label_bullets(tuple(t.name for t in TEMPLATES))
    else:
        main()
