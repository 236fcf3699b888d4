"""Print how often the offline engine agrees with a recruiter on the hand-written eval set.

Run from the repository root: `.venv/bin/python bench/eval_engine.py [-v] [--show-holdout]`.
Misses on held-out cases are counted but not listed unless asked, so nobody tunes on them.
"new" is every case added for issue 12: wave2 (written before any tuning) and wave3 (written
after it and run blind once: agreement 0.885, 3 wrong accepts, then fixed, so no longer held
out). The cases and the engine share one author: an outside labelled set is the real test.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.adapters.llm_offline import OfflineLLM
from core.judge import Judge
from tests.engine.evalset import run_eval
from tests.engine.helpers import TODAY


async def main(verbose: bool, show_holdout: bool) -> None:
    report = await run_eval(Judge(OfflineLLM(today=TODAY)))
    for r in report.results:
        if r.holdout and not show_holdout:
            continue
        if verbose or not r.agrees:
            mark = "ok  " if r.agrees else "MISS"
            print(
                f"{mark} {r.id:12} expected={r.expected:7} got={r.got:7} score={r.score:3} "
                f"{r.title} {list(r.tags)}"
            )
    print("per profession (agreeing / cases):")
    for profession, (agree, total) in report.by_profession().items():
        print(f"  {profession:12} {agree:3}/{total:<3} {agree / total:.2f}")
    print("per class of the new cases (agreeing / cases):")
    for tag, (agree, total) in report.by_tag().items():
        print(f"  {tag:12} {agree:3}/{total:<3} {agree / total:.2f}")
    hard = [r for r in report.results if r.hard_rule]
    print(f"hard-rule cases: {len(hard)}, missed: {[r.id for r in report.hard_rule_misses]}")
    print(report.slice(lambda r: True).line("all"))
    print(report.slice(lambda r: r.batch != "wave1").line("new"))
    print(report.slice(lambda r: r.holdout).line("held-out"))
    print(f"exact agreement with the recruiter's first choice: {report.exact:.2f}")
    print(f"llm calls: {report.llm_calls} for {len(report.results)} cases")
    total = report.slice(lambda r: True)
    print(
        f"eval: cases={total.cases} agreement={total.agreement:.3f} "
        f"wrong_accept={total.wrong_accept} lost_good={total.lost_good_rate:.3f} "
        f"hard_rule_misses={total.hard_rule_misses}"
    )


if __name__ == "__main__":
    asyncio.run(main("-v" in sys.argv, "--show-holdout" in sys.argv))
