"""Run the hand-written evaluation set through a Judge and measure agreement with a recruiter."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
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
    batch: str = "wave1"
    tags: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()

    @property
    def agrees(self) -> bool:
        return self.got in self.acceptable

    @property
    def wrong_accept(self) -> bool:
        """Accepted where a recruiter would not have applied."""
        return self.got == "accept" and "accept" not in self.acceptable

    @property
    def lost_good(self) -> bool:
        """Rejected (the user never sees it) where a recruiter expected an accept."""
        return self.got == "reject" and self.expected == "accept"

    @property
    def hard_rule_miss(self) -> bool:
        return self.hard_rule and self.got != "reject"


@dataclass(frozen=True)
class Stats:
    """Agreement figures for one slice of the evaluation set."""

    cases: int
    agreement: float
    wrong_accept: int
    lost_good: int
    hard_rule_misses: int

    @property
    def lost_good_rate(self) -> float:
        return self.lost_good / self.cases if self.cases else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:9} cases={self.cases:3} agreement={self.agreement:.3f} "
            f"wrong_accept={self.wrong_accept} lost_good={self.lost_good} "
            f"({self.lost_good_rate:.1%}) hard_rule_misses={self.hard_rule_misses}"
        )


def stats(results: list[CaseResult]) -> Stats:
    n = len(results)
    return Stats(
        cases=n,
        agreement=sum(r.agrees for r in results) / n if n else 0.0,
        wrong_accept=sum(r.wrong_accept for r in results),
        lost_good=sum(r.lost_good for r in results),
        hard_rule_misses=sum(r.hard_rule_miss for r in results),
    )


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
        return [r for r in self.results if r.hard_rule_miss]

    def holdout_agreement(self) -> tuple[int, int]:
        held = [r for r in self.results if r.holdout]
        return sum(r.agrees for r in held), len(held)

    def slice(self, keep: Callable[[CaseResult], bool]) -> Stats:
        return stats([r for r in self.results if keep(r)])

    def by_profession(self) -> dict[str, tuple[int, int]]:
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in self.results:
            table[r.profession][0] += r.agrees
            table[r.profession][1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(table.items())}

    def by_tag(self) -> dict[str, tuple[int, int]]:
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in self.results:
            for tag in r.tags:
                table[tag][0] += r.agrees
                table[tag][1] += 1
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
                batch=case.get("batch", "wave1"),
                tags=tuple(case.get("tags", ())),
                red_flags=tuple(verdict.red_flags),
            )
        )
    report.llm_calls = judge.llm_calls
    return report
