"""Each office PDF beside the DOCX it was exported from: what the PDF producer costs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.intake.resume_set.evaluate import Labels, mean_f1
from tests.intake.resume_set.generate import cases, render
from tests.intake.resume_set.run import Result, Run, _one

HERE = Path(__file__).resolve().parent


@dataclass
class Pair:
    layout: str
    person: str
    docx: Result
    pdf: Result

    @property
    def drop(self) -> float:
        return mean_f1(self.docx.score) - mean_f1(self.pdf.score)


def source_key(result: Result) -> tuple[str, str, str]:
    """(group, layout, person) of a result: for an office PDF those of its DOCX source."""
    assert result.labels is not None
    return result.group, result.layout, result.labels.name


def pairs(run: Run) -> list[Pair]:
    """The office PDFs of `run` with their DOCX sources, where `run` read those too."""
    office = {c["file"]: c for c in json.loads((HERE / "cases.json").read_text(encoding="utf-8"))}
    sources = {source_key(r): r for r in run.results if r.name.endswith(".docx")}
    found = []
    for pdf in (r for r in run.results if r.group == "office"):
        case = office[pdf.name]
        docx = sources.get((case["people"], case["theme"], case["person"]))
        if docx is not None:
            found.append(Pair(case["theme"], case["person"], docx, pdf))
    return found


def source_results() -> list[Result]:
    """The office PDFs' DOCX sources, rendered and read as their seen groups read them."""
    office = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))
    wanted = {(c["people"], c["theme"], c["person"]): Labels(**c["labels"]) for c in office}
    groups = {g: True for g, _, _ in wanted if g.startswith("blind") and g != "blind1"}
    out = []
    for case in cases(**groups):
        labels = wanted.get((case.group, case.layout.name, case.person.name))
        if labels is not None:
            data, name = render(case.person, case.layout)
            out.append(_one(name, case.group, case.layout.name, data, labels, None))
    return out
