"""Print how often the offline engine agrees with a recruiter on the hand-written eval set.

Run from the repository root: `.venv/bin/python bench/eval_engine.py [-v]`.
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


async def main(verbose: bool) -> None:
    report = await run_eval(Judge(OfflineLLM(today=TODAY)))
    for r in report.results:
        if verbose or not r.agrees:
            mark = "ok  " if r.agrees else "MISS"
            print(
                f"{mark} {r.id:8} expected={r.expected:7} got={r.got:7} score={r.score:3} {r.title}"
            )
    print("per profession (agreeing / cases):")
    for profession, (agree, total) in report.by_profession().items():
        print(f"  {profession:11} {agree:3}/{total:<3} {agree / total:.2f}")
    hard = [r for r in report.results if r.hard_rule]
    print(f"hard-rule cases: {len(hard)}, missed: {[r.id for r in report.hard_rule_misses]}")
    agree, held = report.holdout_agreement()
    if held:
        print(f"held-out cases (written after tuning, judged before running): {agree}/{held}")
    print(f"exact agreement with the recruiter's first choice: {report.exact:.2f}")
    print(f"llm calls: {report.llm_calls} for {len(report.results)} cases")
    print(
        f"eval: cases={len(report.results)} agreement={report.agreement:.2f} "
        f"hard_rule_misses={len(report.hard_rule_misses)}"
    )


if __name__ == "__main__":
    asyncio.run(main("-v" in sys.argv))
