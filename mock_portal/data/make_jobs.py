"""Write mock_portal/data/jobs.json from the role templates (seeded, deterministic).

Run: python -m mock_portal.data.make_jobs [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import copy
import json
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from mock_portal.data import (
    roles_care,
    roles_field,
    roles_office,
    roles_service,
    roles_travel,
    roles_wellbeing,
)
from mock_portal.data.long_text import LONG_SECTIONS
from mock_portal.data.templates import (
    AWKWARD,
    CLOSERS,
    COUNTRIES,
    COUNTRY_WEIGHTS,
    HYBRID,
    LEVEL_PAY,
    LEVEL_PREFIX,
    NO_VISA_LINES,
    ONSITE,
    OPENERS,
    PERKS,
    REMOTE,
    VISA_LINES,
    WITH_THE,
    Country,
    Role,
)

SEED = 20261116
BASE_DATE = date(2026, 11, 16)
OUT = Path(__file__).with_name("jobs.json")
ROLES: tuple[Role, ...] = (
    roles_wellbeing.ROLES
    + roles_care.ROLES
    + roles_travel.ROLES
    + roles_service.ROLES
    + roles_office.ROLES
    + roles_field.ROLES
)
NEAR_DUPLICATES = 16
NULL_SALARY_RATE = 0.12
EU_REMOTE = ["Ireland", "Netherlands", "Germany", "France", "Spain"]


def with_article(title: str) -> str:
    return ("an " if title[0].lower() in "aeiou" else "a ") + title


def pick_place(rng: random.Random, role: Role) -> tuple[str, Country, list[str], list[str], str]:
    """Choose work mode and place; return (mode, country, cities, countries, sentence)."""
    country = rng.choices(COUNTRIES, weights=COUNTRY_WEIGHTS)[0]
    mode = rng.choices(("remote", "hybrid", "onsite"), weights=role.modes)[0]
    city = rng.choice(country.cities)
    if mode == "remote":
        countries = [country.name]
        if country.name == "United States" and rng.random() < 0.3:
            countries.append("Canada")
        elif country.name in EU_REMOTE and rng.random() < 0.4:
            countries = EU_REMOTE.copy()
        named = [f"the {c}" if c in WITH_THE else c for c in countries]
        where = " or ".join(named) if len(named) < 3 else "the EU countries listed"
        return mode, country, [], countries, rng.choice(REMOTE).format(where=where)
    cities = [city]
    if len(country.cities) > 2 and rng.random() < 0.15:
        cities.append(rng.choice([c for c in country.cities if c != city]))
    sentence = rng.choice(HYBRID if mode == "hybrid" else ONSITE).format(city=city)
    return mode, country, cities, [country.name], sentence


def pick_salary(rng: random.Random, role: Role, level: str, country: Country) -> int | None:
    if rng.random() < NULL_SALARY_RATE:
        return None
    usd = rng.uniform(*role.salary) * LEVEL_PAY[level]
    return int(round(usd * country.factor / country.rounding) * country.rounding)


def pick_skills(rng: random.Random, role: Role) -> list[str]:
    core = rng.sample(role.core, k=min(len(role.core), rng.randint(2, 3)))
    pool = [s for s in role.skills if s not in core]
    extra = rng.sample(pool, k=min(len(pool), rng.randint(1, 5)))
    return (core + extra)[:8]


def describe(
    rng: random.Random, role: Role, company: str, title: str, place: str, visa_line: str
) -> str:
    """Assemble 4-8 sentences: opener, duties, requirements, place, sometimes more."""
    fill = {"company": company, "title": title, "a_title": with_article(title)}
    parts = [rng.choice(OPENERS).format(**fill)]
    if rng.random() < 0.6:
        parts.append(rng.choice(role.about).format(**fill))
    parts += rng.sample(role.duties, k=min(len(role.duties), rng.randint(1, 3)))
    parts += rng.sample(role.needs, k=min(len(role.needs), rng.randint(1, 2)))
    parts.append(place)
    if visa_line and rng.random() < 0.5:
        parts.append(visa_line)
    if len(parts) < 8 and rng.random() < 0.5:
        perk, perk2 = rng.sample(PERKS, 2)
        parts.append(rng.choice(CLOSERS).format(perk=perk, perk2=perk2))
    return " ".join(parts[:8])


def make_job(rng: random.Random, role: Role) -> dict[str, Any]:
    level = rng.choice(role.levels)
    title = rng.choice(role.titles)
    if role.prefix_titles and level in LEVEL_PREFIX and rng.random() < 0.75:
        title = f"{LEVEL_PREFIX[level]} {title}"
    company = rng.choice(role.companies)
    mode, country, cities, countries, place = pick_place(rng, role)
    visa = rng.random() < role.visa
    named = f"the {country.name}" if country.name in WITH_THE else country.name
    visa_line = rng.choice(VISA_LINES if visa else NO_VISA_LINES).format(country=named)
    salary = pick_salary(rng, role, level, country)
    posted = datetime.combine(BASE_DATE - timedelta(days=rng.randint(10, 50)), time(9)) + (
        timedelta(minutes=rng.randint(0, 600))
    )
    return {
        "id": "",
        "title": title,
        "company": company,
        "cities": cities,
        "countries": countries,
        "is_remote": mode == "remote",
        "is_hybride": mode == "hybrid",
        "is_onsite": mode == "onsite",
        "salary_offered": salary,
        "visa_sponsorship_offered": visa,
        "start_date": (BASE_DATE + timedelta(days=rng.randint(14, 120))).isoformat(),
        "required_skills": pick_skills(rng, role),
        "description": describe(rng, role, company, title, place, visa_line),
        "currency": country.currency if salary is not None else None,
        "seniority": level,
        "posted_at": posted.isoformat() + "Z",
        "category": role.family,
    }


def repost(rng: random.Random, job: dict[str, Any]) -> dict[str, Any]:
    """The same role posted again: slightly changed text, later date, maybe new pay."""
    dup = copy.deepcopy(job)
    sentences = dup["description"].split(". ")
    if len(sentences) > 3:
        i = rng.randrange(1, len(sentences) - 2)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    dup["description"] = rng.choice(("Reposted: ", "Still hiring! ", "")) + ". ".join(sentences)
    if dup["salary_offered"] is not None and rng.random() < 0.5:
        dup["salary_offered"] = int(dup["salary_offered"] * rng.choice((1.02, 1.05, 0.97)))
    posted = datetime.fromisoformat(dup["posted_at"].rstrip("Z")) + timedelta(
        days=rng.randint(3, 9)
    )
    dup["posted_at"] = posted.isoformat() + "Z"
    return dup


def build(seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    jobs = [make_job(rng, role) for role in ROLES for _ in range(role.count)]
    jobs += [repost(rng, job) for job in rng.sample(jobs, NEAR_DUPLICATES)]
    for job, line in zip(rng.sample(jobs, len(AWKWARD)), AWKWARD, strict=True):
        job["description"] += " " + line
    nurse = next(j for j in jobs if j["category"] == "healthcare" and "Nurse" in j["title"])
    nurse["description"] = " ".join([nurse["description"], *LONG_SECTIONS])
    rng.shuffle(jobs)
    for n, job in enumerate(jobs, start=1):
        job["id"] = f"job-{n:04d}"
        job["url"] = f"https://jobs.example.com/postings/job-{n:04d}"
    return jobs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    jobs = build(args.seed)
    text = json.dumps(jobs, ensure_ascii=False, indent=1)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {len(jobs)} jobs to {args.out}")


if __name__ == "__main__":
    main()
