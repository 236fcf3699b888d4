"""Read every resume of the labelled set through the real intake and score it by group."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from core.adapters.resume_extract import extract_pdf
from core.intake import IntakeError, extract_text_sync
from core.models import Profile
from core.resume.parser import parse_profile
from core.resume.text import normalise_text
from core.runtime.warmup import warm_tables
from tests.intake.resume_set.evaluate import SHARED, Labels, Score, score_profile, shared_labels
from tests.intake.resume_set.external.make_external import TUNED_THEMES
from tests.intake.resume_set.generate import cases, render
from tests.intake.resume_set.labels import labels_of
from tests.intake.resume_set.latex.templates import TEMPLATES
from tests.intake.resume_set.rendercv.make_rendercv import THEMES as RENDERCV_THEMES

EXTERNAL = Path(__file__).resolve().parent / "external"
EXTERNAL_TUNED = TUNED_THEMES  # actual, class, elegant, flat, macchiato, onepage, short, ...
# currvita, europasscv, moderncv-banking, moderncv-classic, simplecv
LATEX_FIRST = tuple(sorted(t.name for t in TEMPLATES))[::2]
# classic, engineeringresumes, moderncv
RENDERCV_FIRST = tuple(sorted(RENDERCV_THEMES))[::2]
GROUPS = (
    "tuned",
    "held_out",
    "shared",
    "fresh",
    "blind1",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "external",
    "external_blind",
    "external2",
    "external3",
    "latex",
    "latex2",
    "rendercv",
    "rendercv_blind",
    "office",
)
# the groups tuning may look at; "blind1" (blind.py) was blind until the third round of parser
# work, "blind2" (blind2.py) until the fourth, "blind3" (blind3.py) until the fifth, "blind4"
# (blind4.py) until the sixth, "blind5" (blind5.py) until the seventh, "blind6" (blind6.py) and
# "blind7" (new people, blind7.py and personas2.py) until the eighth; all are tuned on since;
# "blind8" and "blind9" (new people: blind8.py/personas3.py, blind9.py/personas4.py) until the
# ninth, "blind10" and "blind11" (new people: blind10.py/personas5.py, blind11.py/personas6.py)
# until the tenth, "blind12" and "blind13" (new people: blind12.py/personas7.py, blind13.py/
# personas8.py) until the eleventh, "blind14" and "blind15" (new people: blind14.py/personas9.py,
# blind15.py/personas10.py) until the thirteenth, "blind16" (new people: blind16.py/
# personas11.py) until the fourteenth. "blind17" (new people: blind17.py/personas12.py,
# written after the eleventh round by another hand, in four more new layouts) is blind:
# measured with `bench/eval_resumes.py --blind` (totals only), never tuned on until the round
# that takes it (the fourteenth round read only its totals, but took rules from the conventions
# this file's and the bench's docstrings name for its layouts: it is no longer a clean measure).
# "external" and "external_blind" (external/: 15 themes published on npm, written by other
# people for real users, rendered by Chromium; see external/make_external.py) are the layouts
# nobody on this project wrote. Every other theme (alphabetically) is "external", which may be
# tuned on from the fourteenth round; the rest, "external_blind", was blind until the sixteenth
# round, which tunes on it (seen since the sixteenth round).
# "blind18" (new people: blind18.py/personas13.py, written after the thirteenth round by
# another hand) is blind too.
# "external2" (external2/: 21 more published themes, one person each) is blind for later rounds;
# "external3" (external3/: 12 more, two people each) may be tuned on from the fifteenth round.
# "latex" and "latex2" (latex/: 10 LaTeX CV classes from CTAN, two new people each, typeset by
# pdflatex; see latex/make_latex.py) were blind: every other template alphabetically is "latex"
# (LATEX_FIRST, for a round to take first), the rest "latex2". "latex" is seen since the
# sixteenth round's LaTeX part; "latex2" (named "latex_blind" then) was blind until the
# seventeenth round (74.1% mean F1, totals only, at the sixteenth round's end), seen since.
# "rendercv" and "rendercv_blind" (rendercv/: 6 themes RenderCV 2.8 publishes, two people each in
# two design variants, typeset by Typst; see rendercv/make_rendercv.py): every other theme
# alphabetically is "rendercv" (RENDERCV_FIRST: classic, engineeringresumes, moderncv), which
# may be tuned on; the rest, "rendercv_blind" (engineeringclassic, harvard, sb2nov), is blind.
# "office" (office/: one resume of every seen DOCX layout, exported to PDF by LibreOffice; see
# office/make_office.py) is seen: its people and layouts are seen, only the PDF producer is new.
BLIND: tuple[str, ...] = (
    "blind17",
    "blind18",
    "external2",
    "rendercv_blind",
)
SEEN = tuple(g for g in GROUPS if g not in BLIND)


@dataclass
class Result:
    name: str
    group: str
    layout: str
    text: str
    profile: Profile
    score: Score
    wrong: dict[str, list[str]]
    parse_s: float
    labels: Labels | None = None


@dataclass
class Run:
    results: list[Result] = field(default_factory=list)

    def total(self, *groups: str) -> Score:
        total = Score()
        for r in self.results:
            if r.group in groups:
                total.add(r.score)
        return total


def _text(data: bytes, name: str, engine: str | None) -> str:
    """Through the sandboxed intake, or (to compare PDF readers) one engine in-process."""
    if engine is None or not name.endswith(".pdf"):
        try:
            return extract_text_sync(data, name)
        except IntakeError:  # a file the intake refuses scores nothing, not the whole run
            return ""
    raw, _ = extract_pdf(data, 20, engine)
    return normalise_text(raw, soft_wraps=True)


def _one(
    name: str, group: str, layout: str, data: bytes, labels: Labels, engine: str | None
) -> Result:
    text = _text(data, name, engine)
    started = time.perf_counter()
    profile = parse_profile(text)
    elapsed = time.perf_counter() - started
    score, wrong = score_profile(profile, labels)
    return Result(name, group, layout, text, profile, score, wrong, elapsed, labels)


def _external_group(folder: str, theme: str) -> str:
    if folder == "latex":
        return "latex" if theme in LATEX_FIRST else "latex2"
    if folder == "rendercv":
        return "rendercv" if theme in RENDERCV_FIRST else "rendercv_blind"
    if folder != "external":
        return folder
    return "external" if theme in EXTERNAL_TUNED else "external_blind"


def run_set(groups: tuple[str, ...] = GROUPS, engine: str | None = None) -> Run:
    """Render, extract (sandboxed child) and parse every resume in `groups`."""
    warm_tables()  # as every process does at start-up: parse times are a warm process's
    run = Run()
    if "shared" in groups:
        for name, labels in shared_labels().items():
            data = (SHARED / name).read_bytes()
            run.results.append(_one(name, "shared", "shared", data, labels, engine))
    optional = (
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
    )
    folders = ("external2", "external3", "latex", "rendercv", "office")
    for folder in (EXTERNAL, *(EXTERNAL.with_name(f) for f in folders)):
        for case in json.loads((folder / "cases.json").read_text(encoding="utf-8")):
            group = _external_group(folder.name, case["theme"])
            if group in groups:
                data = (folder / case["file"]).read_bytes()
                labels = Labels(**case["labels"])
                run.results.append(_one(case["file"], group, case["theme"], data, labels, engine))
    wanted = {g: g in groups for g in optional}
    for case in cases(**wanted):
        group = case.group
        if group not in groups:
            continue
        data, name = render(case.person, case.layout)
        labels = labels_of(case.person, case.layout.name)
        if group in BLIND:  # a blind layout is never read: whether it prints bullets is unknown
            labels.bullets = []
        run.results.append(_one(name, group, case.layout.name, data, labels, engine))
    return run
