"""Run the hand-written evaluation set through a Judge and measure agreement with a recruiter."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from core.judge import Judge
from core.models import Job, Preferences
from tests.engine.helpers import load_cases, load_profile


@dataclass
class CaseResult:
    id: str
    profession: str
    expected: str
    acceptable: list[str]
    got: str
    score: int
    hard_rule: bool
    title: str
    holdout: bool = False

    @property
    def agrees(self) -> bool:
        return self.got in self.acceptable


@dataclass
class EvalReport:
    results: list[CaseResult] = field(default_factory=list)
    llm_calls: int = 0

    @property
    def agreement(self) -> float:
        return sum(r.agrees for r in self.results) / len(self.results)

    @property
    def exact(self) -> float:
        return sum(r.got == r.expected for r in self.results) / len(self.results)

    @property
    def hard_rule_misses(self) -> list[CaseResult]:
        return [r for r in self.results if r.hard_rule and r.got != "reject"]

    def holdout_agreement(self) -> tuple[int, int]:
        held = [r for r in self.results if r.holdout]
        return sum(r.agrees for r in held), len(held)

    def by_profession(self) -> dict[str, tuple[int, int]]:
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in self.results:
            table[r.profession][0] += r.agrees
            table[r.profession][1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(table.items())}


async def run_eval(judge: Judge, cases: list[dict[str, Any]] | None = None) -> EvalReport:
    """Judge every case and compare with the recruiter's decisions."""
    report = EvalReport()
    for case in cases if cases is not None else load_cases():
        prefs = Preferences.model_validate(case["prefs"])
        job = Job.model_validate(case["job"])
        verdict = await judge.evaluate(load_profile(case["profile"]), prefs, job)
        report.results.append(
            CaseResult(
                id=case["id"],
                profession=case["profession"],
                expected=case["expected"],
                acceptable=case["acceptable"],
                got=verdict.decision.value,
                score=verdict.score,
                hard_rule=case["hard_rule"],
                title=job.title,
                holdout=bool(case.get("holdout")),
            )
        )
    report.llm_calls = judge.llm_calls
    return report
