"""The strict LLM answer shapes: every field required, nothing unknown, no blanks, in range."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from core.judging.answers import ProfileAnswer, ScoreAnswer
from core.llm_json import AnswerInvalid, parse_answer
from tests.adapters.conftest import EMPTY_PROFILE

GOOD_SCORE: dict[str, Any] = {
    "score": 80,
    "reasons": [" Plans meals. "],
    "matched": [{"requirement": "Meal Planning", "evidence": "Meal Planning"}],
    "missing": ["HACCP"],
}


@pytest.mark.parametrize(
    "change",
    [
        {"matched": None},
        {"extra": "apply now"},
        {"score": 101},
        {"score": -1},
        {"score": "high"},
        {"reasons": []},
        {"reasons": ["   "]},
        {"missing": [""]},
        {"matched": [{"requirement": "Meal Planning", "evidence": " "}]},
        {"matched": [{"requirement": "Meal Planning", "evidence": "x", "apply": True}]},
        {"missing": ["meal planning"]},  # matched and missing at once
    ],
    ids=[
        "null list",
        "unknown field",
        "above 100",
        "below 0",
        "not a number",
        "no reason",
        "blank reason",
        "blank missing",
        "blank evidence",
        "unknown match field",
        "matched and missing",
    ],
)
def test_score_nonsense_is_invalid(change: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ScoreAnswer.model_validate({**GOOD_SCORE, **change})


@pytest.mark.parametrize("field", ["score", "reasons", "matched", "missing"])
def test_every_score_field_is_required(field: str) -> None:
    answer = {k: v for k, v in GOOD_SCORE.items() if k != field}
    with pytest.raises(AnswerInvalid, match=f"{field}: Field required"):
        parse_answer(json.dumps(answer), ScoreAnswer)


def test_a_good_score_answer_becomes_a_job_score() -> None:
    result = ScoreAnswer.model_validate(GOOD_SCORE).to_score()
    assert result.score == 80 and result.reasons == ["Plans meals."]
    assert [m.requirement for m in result.matched] == ["Meal Planning"]


@pytest.mark.parametrize(
    "answer",
    [
        {"title": "Senior Resume", "author_id": 7},
        EMPTY_PROFILE,
        {**EMPTY_PROFILE, "full_name": "Ann", "title": "x"},
        {k: v for k, v in EMPTY_PROFILE.items() if k != "skills"} | {"full_name": "Ann"},
    ],
    ids=["wrong shape", "empty", "unknown field", "missing field"],
)
def test_a_profile_of_the_wrong_shape_is_invalid(answer: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ProfileAnswer.model_validate(answer)


def test_a_profile_answer_becomes_a_profile() -> None:
    answer = {
        **EMPTY_PROFILE,
        "full_name": "Ann Lee",
        "email": "",
        "skills": [{"name": "CPR", "category": ""}],
        "languages": ["English", ""],
    }
    profile = ProfileAnswer.model_validate(answer).to_profile()
    assert profile.full_name == "Ann Lee" and profile.email is None
    assert profile.skills[0].category == "general" and profile.languages == ["English"]


def _objects(node: Any, defs: dict[str, Any]) -> list[dict[str, Any]]:
    """Every object schema under `node`, references followed."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if "$ref" in node:
            return _objects(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        if node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found += _objects(value, defs)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value, defs)
    return found


@pytest.mark.parametrize("model", [ScoreAnswer, ProfileAnswer])
def test_the_schema_sent_requires_everything_and_forbids_the_rest(model: type[BaseModel]) -> None:
    schema = model.model_json_schema()
    objects = _objects(schema, schema.get("$defs", {}))
    assert objects
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert set(obj["required"]) == set(obj["properties"])
