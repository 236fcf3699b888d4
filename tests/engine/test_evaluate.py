"""Batch evaluation, preferences loading, and the eval set's agreement with a recruiter."""

from __future__ import annotations

import pytest

from core.adapters.llm_offline import OfflineLLM
from core.errors import JobBotError
from core.evaluate import EvaluationRow, evaluate_jobs, load_preferences_json
from core.judge import Judge
from core.judging.screening import screen
from core.models import Decision, Job, Preferences, WorkMode
from tests.engine.evalset import run_eval
from tests.engine.helpers import TODAY, case, load_cases


async def test_evaluate_jobs_returns_one_row_per_job_in_order() -> None:
    profile, prefs, good = case("nutr-02")
    _, _, cheap = case("nutr-06")
    judge = Judge(OfflineLLM(today=TODAY))
    rows = await evaluate_jobs(judge, profile, prefs, [good, cheap])
    assert [r.job_id for r in rows] == [good.id, cheap.id]
    assert rows[0].decision is Decision.ACCEPT and rows[0].title == good.title
    assert rows[1] == EvaluationRow(
        job_id=cheap.id,
        title=cheap.title,
        company=cheap.company,
        decision=Decision.REJECT,
        score=0,
        reasons=rows[1].reasons,
    )
    assert "below your minimum" in rows[1].reasons[0]
    assert judge.llm_calls == 1


def test_load_preferences_json() -> None:
    prefs = load_preferences_json('{"roles": ["Nurse"], "work_modes": ["remote"]}')
    assert prefs.roles == ["Nurse"] and prefs.work_modes == [WorkMode.REMOTE]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"roles": [], "salary": 5}', "unknown field 'salary'"),
        ('{"min_salary": -1}', "min_salary"),
        ('{"work_modes": ["moon"]}', "work_modes.0"),
        ("{roles: 1}", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_preferences_give_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(JobBotError) as err:
        load_preferences_json(text)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_the_eval_set_is_broad_enough() -> None:
    cases = load_cases()
    assert len(cases) >= 250
    assert len({c["profession"] for c in cases}) >= 12
    assert sum(c["hard_rule"] for c in cases) >= 60
    assert len({c["id"] for c in cases}) == len(cases)
    for c in cases:
        assert c["expected"] in c["acceptable"]
        assert c["why"].strip()
        Job.model_validate(c["job"])
        Preferences.model_validate(c["prefs"])
    new = [c for c in cases if c.get("batch") == "wave2"]
    assert len(new) >= 130 and sum(c["holdout"] for c in new) >= 20
    # every class issue 12 names has cases of its own
    classes = {t for c in new for t in c["tags"]}
    assert classes >= {
        "country",
        "currency",
        "pay_period",
        "relocation",
        "seniority",
        "lookalike",
        "synonym",
        "injection",
        "unverifiable",
    }


async def test_offline_engine_agrees_with_the_recruiter() -> None:
    report = await run_eval(Judge(OfflineLLM(today=TODAY)))
    misses = [(r.id, r.expected, r.got) for r in report.results if not r.agrees]
    # Floors at what the engine reaches (issue 12 targets: 0.92, 0, 1%, every hard rule).
    for name, keep in [
        ("all", lambda r: True),
        ("new", lambda r: r.batch != "wave1"),
        ("held-out", lambda r: r.holdout),
    ]:
        part = report.slice(keep)
        assert part.agreement >= 0.99, (name, misses)
        assert part.wrong_accept == 0, (name, misses)
        assert part.lost_good_rate <= 0.01, (name, misses)
        assert part.hard_rule_misses == 0, (name, misses)
    assert report.hard_rule_misses == []
    # hard-rule rejects cost no LLM call
    screened = sum(
        bool(screen(Job.model_validate(c["job"]), Preferences.model_validate(c["prefs"])))
        for c in load_cases()
    )
    assert screened >= sum(r.hard_rule for r in report.results)
    assert report.llm_calls == len(report.results) - screened
