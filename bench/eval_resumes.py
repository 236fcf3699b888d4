"""Field-level precision and recall of the resume reader on the labelled resume set.

The set (tests/intake/resume_set/) is the three shared PDFs labelled by hand plus people
rendered from ground truth in twelve layouts (Typst PDFs and DOCX); a third of the layouts
are held out of tuning and reported apart, and three more layouts ("fresh") were written
after the tuning was done and never tuned on. Matching is described in
tests/intake/resume_set/evaluate.py (normalised text, phone digits, skill keys).

    python bench/eval_resumes.py            # the table and a summary line
    python bench/eval_resumes.py --errors   # also the wrong values of the tuned set
    python bench/eval_resumes.py --engines  # mean F1 per PDF reader (pypdf, pypdf layout,
                                            # word geometry), read in-process
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.adapters.resume_extract import ENGINES
from tests.intake.resume_set.evaluate import FIELDS, Score
from tests.intake.resume_set.run import GROUPS, run_set


def mean_f1(score: Score) -> float:
    f1 = [
        2 * score.precision(f) * score.recall(f) / (score.precision(f) + score.recall(f) or 1)
        for f in FIELDS
    ]
    return sum(f1) / len(f1)


def engines() -> None:
    for engine in ENGINES:
        run = run_set(engine=engine)
        scores = "; ".join(f"{g} {mean_f1(run.total(g)):.1%}" for g in GROUPS)
        print(f"engine {engine:<13} mean F1: {scores}")


def main() -> None:
    if "--engines" in sys.argv:
        engines()
        return
    show_errors = "--errors" in sys.argv
    run = run_set()
    counts = {g: sum(1 for r in run.results if r.group == g) for g in GROUPS}
    layouts = {g: len({r.layout for r in run.results if r.group == g}) for g in GROUPS}
    print(f"resumes: {len(run.results)} " + " ".join(f"{g}={counts[g]}" for g in GROUPS))
    print(
        f"layouts: tuned={layouts['tuned']} held_out={layouts['held_out']} "
        f"fresh={layouts['fresh']} + shared PDFs"
    )
    print(f"{'field':<15}" + "".join(f"{g + ' P':>12}{g + ' R':>12}" for g in GROUPS))
    for f in FIELDS:
        row = f"{f:<15}"
        for g in GROUPS:
            s = run.total(g)
            row += f"{s.precision(f):>12.1%}{s.recall(f):>12.1%}"
        print(row)
    if show_errors:
        for r in run.results:
            if r.group in ("tuned", "shared") and r.wrong:
                print(f"--- {r.name}: {r.wrong}")
    parse_ms = max(r.parse_s for r in run.results) * 1000
    summary = [f"{g} mean F1 {mean_f1(run.total(g)):.1%}" for g in GROUPS]
    print(f"summary: {'; '.join(summary)}; slowest parse {parse_ms:.0f} ms")


if __name__ == "__main__":
    main()
