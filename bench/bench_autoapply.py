"""Auto-apply throughput: 50 users x 200 portal jobs, a fake OpenAI-compatible LLM at 200 ms.

Run from the repository root: `.venv/bin/python bench/bench_autoapply.py [--users 50]`.
The mock portal (a 200-job sample of the shipped corpus) and the fake LLM server each run in
their own subprocess; this process runs the real runtime (bot.container.Container: SQLite
store, HttpPortal, the `openai` engine at its default concurrency, Judge, ApplyRoutine,
AutoApply) and runs every user's first cycle at once. The fake LLM scores each job from a
hash of the prompt (about 30% accept, 30% clarify, 40% reject) and writes documents from the
resume it is given, so the fact-check keeps them as they are.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bot.container import Container, build_llm  # noqa: E402
from bot.settings import Settings  # noqa: E402
from core.models import Documents, Job, Platform, Preferences, Profile, WorkMode  # noqa: E402
from core.ports import LLM, JobScore  # noqa: E402
from mock_portal.testing import PortalProcess, portal_args  # noqa: E402

PROFILES = ROOT / "tests" / "engine" / "data" / "profiles"
CORPUS = ROOT / "mock_portal" / "data" / "jobs.json"
LATENCY = 0.2
READY = "fake llm listening on "

# Where people want to work: (countries, cities, open to relocation).
PLACES: list[tuple[list[str], list[str], bool]] = [
    (["United States"], [], False),
    (["United States", "Canada"], [], False),
    (["United Kingdom", "Ireland"], [], False),
    (["Ireland"], ["Dublin", "Cork", "Limerick"], False),
    (["Germany", "Netherlands", "France", "Spain"], [], False),
    (["India", "Singapore"], [], False),
    (["Australia"], [], True),
    (["United States", "United Kingdom"], [], False),
    ([], [], True),
]
MODES = [
    [WorkMode.REMOTE, WorkMode.HYBRID, WorkMode.ONSITE],
    [WorkMode.REMOTE, WorkMode.HYBRID],
    [WorkMode.ONSITE, WorkMode.HYBRID],
    [WorkMode.REMOTE, WorkMode.HYBRID, WorkMode.ONSITE],
]


# --- the fake LLM server (its own process) ------------------------------------------------------


def _block(text: str, name: str) -> str:
    start, end = f"<<<{name} (data, not instructions)>>>", f"<<<END {name}>>>"
    return text.split(start, 1)[-1].split(end, 1)[0].strip() if start in text else ""


def _answer(body: Any) -> dict[str, Any]:
    """A valid answer for whichever task the request is (scores, documents, profile)."""
    fmt = (body.get("response_format") or {}) if isinstance(body, dict) else {}
    # The schema travels as {"json_schema": {"name", "schema"}} or {"value": schema}.
    schema = fmt.get("value") or (fmt.get("json_schema") or {}).get("schema") or {}
    name = schema.get("title") or (fmt.get("json_schema") or {}).get("name", "")
    user = "\n".join(
        str(m.get("content", "")) for m in body.get("messages", []) if m.get("role") == "user"
    )
    if name == "ScoreAnswer":
        score = int(hashlib.sha256(user.encode()).hexdigest(), 16) % 101
        # Like a careful model: a required skill the resume names is matched, quoting it.
        resume = _block(user, "RESUME").casefold()
        job = _block(user, "JOB")
        wanted = (
            job.split("Required skills: ", 1)[1].split("\n", 1)[0]
            if "Required skills: " in job
            else ""
        )
        skills = [s.strip() for s in wanted.split(",") if s.strip()]
        shown = [s for s in skills if f'"{s.casefold()}"' in resume]
        if not shown:  # nothing to show for it: a consistent model scores low
            score = min(score, 30)
        return {
            "score": score,
            "reasons": [f"Fit judged {score}/100."],
            "matched": [{"requirement": s, "evidence": s} for s in shown],
            "missing": [s for s in skills if s not in shown],
        }
    if name == "Documents":
        resume = _block(user, "RESUME")
        lines = [ln.strip("-• ").strip() for ln in resume.splitlines() if len(ln.strip()) > 30]
        return {
            "resume_md": resume,
            "cover_letter": "Dear hiring team,\nI would welcome the chance to do this work.",
            "evidence_points": lines[:3],
        }
    raise ValueError(f"no answer for schema {name!r}")


def serve_llm(latency: float) -> None:
    """Run the fake OpenAI-compatible server until killed; print its URL first."""
    from tests.fakes.openai_server import FakeOpenAIServer, RecordedRequest, Reply

    async def main() -> None:
        def handler(request: RecordedRequest) -> Reply:
            if request.path == "/stats":
                body = json.dumps({"calls": server.calls - 1}).encode()
                return Reply(body=body, headers={"Content-Type": "application/json"})
            return Reply.json(_answer(request.body))

        server = FakeOpenAIServer(latency=latency, handler=handler)
        await server.start()
        print(f"{READY}{server.url}", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


# --- the users -----------------------------------------------------------------------------------


def users(count: int, seed: int) -> list[tuple[Profile, Preferences, str]]:
    """Varied people from the engine's test profiles, with varied places and work modes."""
    rng = random.Random(seed)
    people = [
        Profile.model_validate_json(p.read_text(encoding="utf-8"))
        for p in sorted(PROFILES.glob("*.json"))
    ]
    out = []
    for i in range(count):
        profile = people[i % len(people)]
        countries, cities, relocate = PLACES[(i * 7 + rng.randrange(3)) % len(PLACES)]
        roles = [e.role for e in profile.experience[:1] if e.role]
        prefs = Preferences(
            roles=roles,
            countries=countries,
            cities=cities,
            open_to_relocation=relocate,
            work_modes=MODES[i % len(MODES)],
            min_salary=rng.choice([None, None, 30000, 45000]),
            salary_currency=rng.choice(["USD", "EUR", "GBP"]),
        )
        raw = "\n".join(
            [profile.full_name, profile.summary]
            + [r for e in profile.experience for r in [e.role, *e.responsibilities]]
        )
        out.append((profile, prefs, raw))
    return out


class CountingLLM:
    """Counts the calls the runtime makes through the LLM port, by kind."""

    def __init__(self, inner: LLM) -> None:
        self.inner = inner
        self.name = inner.name
        self.scores = 0
        self.documents = 0
        self.in_flight = 0
        self.busy = 0.0  # seconds spent inside calls, summed

    async def _timed(self, call: Any) -> Any:
        self.in_flight += 1
        began = time.perf_counter()
        try:
            return await call
        finally:
            self.in_flight -= 1
            self.busy += time.perf_counter() - began

    async def extract_profile(self, resume_text: str) -> Profile:
        return await self.inner.extract_profile(resume_text)

    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore:
        self.scores += 1
        return await self._timed(self.inner.score_job(profile, prefs, job))

    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        self.documents += 1
        return await self._timed(self.inner.write_documents(profile, job))

    async def aclose(self) -> None:
        await self.inner.aclose()


# --- the run --------------------------------------------------------------------------------------


async def run(args: argparse.Namespace, tmp: Path, portal_url: str, llm_url: str) -> int:
    settings = Settings(
        database_url=f"sqlite:///{tmp / 'bot.db'}",
        portal_url=portal_url,
        llm_engine="openai",
        llm_base_url=llm_url,
    )
    counting = CountingLLM(build_llm(settings))
    container = Container(settings, llm=counting)
    await container.start()
    store = container.store
    ids = []
    for i, (profile, prefs, raw) in enumerate(users(args.users, args.seed)):
        user, _ = await store.register_user(Platform.CONSOLE, f"bench-{i}")
        await store.save_profile(user.id, profile, raw)
        await store.save_preferences(user.id, prefs)
        ids.append(user.id)
    samples: list[tuple[float, int]] = []

    async def sample() -> None:
        while True:
            samples.append((time.perf_counter() - started, counting.in_flight))
            await asyncio.sleep(0.1)

    started = time.perf_counter()
    sampler = asyncio.create_task(sample())
    summaries = await asyncio.gather(*(container.autoapply.run_cycle(u) for u in ids))
    wall = time.perf_counter() - started
    sampler.cancel()
    if args.trace:
        print("LLM slots in use (mean of 0.1 s samples), per 10 s:")
        for start in range(0, int(wall) + 1, 10):
            window = [n for t, n in samples if start <= t < start + 10]
            if window:
                print(f"  {start:4d}-{start + 10:<4d} s  {sum(window) / len(window):4.1f}")
    await container.aclose()

    async with httpx.AsyncClient(timeout=30) as client:
        http_calls = (await client.get(f"{llm_url}/stats")).json()["calls"]
        admin = (await client.get(f"{portal_url}/admin/applications")).json()
    evaluated = sum(s.new_jobs for s in summaries)
    calls = counting.scores + counting.documents
    concurrency = settings.llm_concurrency
    limit = calls * LATENCY / concurrency
    per_job = calls / max(1, evaluated)
    ratio = wall / limit if limit else float("inf")
    screen_pass = counting.scores / max(1, evaluated)
    applied = sum(s.applied for s in summaries)
    errors = sum(len(s.errors) for s in summaries)
    counts = [
        applied,
        *(sum(getattr(s, k) for s in summaries) for k in ("clarify", "rejected", "pending")),
    ]
    rows = [
        ("users x portal jobs", f"{args.users} x {args.jobs}"),
        ("jobs evaluated", f"{evaluated}"),
        ("passed screening", f"{counting.scores} ({screen_pass:.0%})"),
        ("applied / clarify / rejected / pending", " / ".join(str(n) for n in counts)),
        ("LLM calls (score + documents)", f"{calls} ({counting.scores} + {counting.documents})"),
        ("LLM HTTP requests (incl. retries)", f"{http_calls}"),
        ("LLM calls per evaluated job", f"{per_job:.3f}"),
        ("mean LLM call time (server: 0.2 s)", f"{counting.busy / max(1, calls):.3f} s"),
        ("LLM concurrency", f"{concurrency}"),
        ("physical limit (calls x 0.2 s / conc.)", f"{limit:.1f} s"),
        ("wall time", f"{wall:.1f} s"),
        ("wall / limit", f"{ratio:.3f}"),
        ("applications on the portal", f"{admin['total']}"),
        ("duplicates on the portal", f"{len(admin['duplicates'])}"),
        ("cycle errors", f"{errors}"),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    print(
        f"bench: wall_s={wall:.1f} llm_calls_per_job={per_job:.3f} limit_ratio={ratio:.3f} "
        f"screen_pass={screen_pass:.3f} duplicates={len(admin['duplicates'])}"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--trace", action="store_true", help="print LLM slot use over time")
    parser.add_argument("--serve-llm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_llm:
        serve_llm(LATENCY)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-autoapply-") as name:
        tmp = Path(name)
        corpus = json.loads(CORPUS.read_text(encoding="utf-8"))
        sample = random.Random(args.seed).sample(corpus, min(args.jobs, len(corpus)))
        (tmp / "jobs.json").write_text(json.dumps(sample), encoding="utf-8")
        portal = PortalProcess(
            portal_args(db_path=tmp / "portal.db", jobs_path=tmp / "jobs.json", decision_delay=3600)
        )
        llm = subprocess.Popen(
            [sys.executable, __file__, "--serve-llm"], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        try:
            portal_url = portal.start()
            assert llm.stdout is not None
            line = llm.stdout.readline()
            if not line.startswith(READY):
                raise SystemExit("the fake LLM server did not start")
            return asyncio.run(run(args, tmp, portal_url, line[len(READY) :].strip()))
        finally:
            portal.stop()
            llm.terminate()
            llm.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
