"""`jobbot demo` honours LLM_ENGINE / LLM_BASE_URL: run against the fake OpenAI server, it
says which engine it used and that engine did the reading and the judging."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

from tests.demo.test_demo import COUNTS, demo_process, stored_counts
from tests.fakes.openai_server import FakeOpenAIServer, RecordedRequest, Reply

PROFILE = {
    "full_name": "Aoife Brennan",
    "email": "aoife.brennan@example.org",
    "phone": None,
    "links": [],
    "location": "Dublin, Ireland",
    "summary": "Nutrition consultant with six years of experience.",
    "skills": [
        {"name": "Meal Planning", "category": "nutrition"},
        {"name": "Nutrition Counseling", "category": "nutrition"},
    ],
    "experience": [
        {
            "company": "Greenleaf Wellness Clinic",
            "role": "Nutrition Consultant",
            "start": "March 2021",
            "end": "Present",
            "location": "Dublin",
            "responsibilities": ["Wrote weekly meal plans and menu plans for clients."],
        }
    ],
    "education": [],
    "achievements": [],
    "projects": [],
    "languages": ["English"],
}


def answer(request: RecordedRequest) -> Reply:
    """A plausible model: reads the resume, scores with quotes, writes short documents."""
    system = request.content_of("system")
    if system.startswith("Extract the resume"):
        return Reply.json(PROFILE)
    if system.startswith("Judge how well"):
        job = request.content_of("user").split("<<<JOB (", 1)[1]
        if "Meal Planning" in job or "meal plan" in job.lower():
            matched = [{"requirement": "Meal Planning", "evidence": "Meal Planning"}]
            return Reply.json(
                {"score": 60, "reasons": ["Plans meals."], "matched": matched, "missing": []}
            )
        return Reply.json(
            {
                "score": 15,
                "reasons": ["Other field."],
                "matched": [],
                "missing": ["the job's skills"],
            }
        )
    return Reply.json(
        {
            "resume_md": "# Aoife Brennan\nNutrition Consultant",
            "cover_letter": "Dear hiring team, I am Aoife Brennan, a nutrition consultant.",
            "evidence_points": ["Meal Planning"],
        }
    )


async def test_demo_uses_the_configured_llm_and_says_so(tmp_path: Path) -> None:
    async with FakeOpenAIServer(handler=answer) as server:
        env = {"LLM_ENGINE": "openai", "LLM_BASE_URL": server.url, "LLM_API_KEY": "sk-demo"}
        args = ("--data-dir", str(tmp_path / "d"), "--discard-all")
        done = await asyncio.to_thread(demo_process, *args, cwd=tmp_path, env=env)
        kinds = [r.content_of("system").split(".")[0] for r in server.requests]
    assert done.returncode == 0, done.stderr[-3000:]
    assert "LLM: openai (schema: json_schema)" in done.stdout
    assert "sk-demo" not in done.stdout + done.stderr
    assert kinds.count("Extract the resume into JSON") == 1
    assert kinds.count("Judge how well a candidate fits a job") >= 5
    printed: dict[str, Any] = json.loads(COUNTS.search(done.stdout).group(1))  # type: ignore[union-attr]
    assert printed == await stored_counts(tmp_path / "d")
    assert "Aoife Brennan" in done.stdout


def test_demo_without_llm_settings_says_offline(tmp_path: Path) -> None:
    done = demo_process("--data-dir", str(tmp_path / "d"), "--discard-all", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert re.search(r"LLM: offline ·", done.stdout)


def test_a_bad_llm_setting_is_one_plain_line(tmp_path: Path) -> None:
    done = demo_process(
        "--data-dir", str(tmp_path / "d"), cwd=tmp_path, env={"LLM_ENGINE": "openai"}
    )
    assert done.returncode != 0
    assert "LLM_BASE_URL" in done.stderr and "Traceback" not in done.stderr
