"""Small payloads shaped as each board's public documentation shows its answers.

Greenhouse: developers.greenhouse.io/job-board.html, "List Jobs" with content=true (the content
is HTML sent entity-escaped). Lever: github.com/lever/postings-api README, "Get a list of job
postings" (mode=json; createdAt in ms; salaryRange). Ashby: developers.ashbyhq.com, "Job Postings
API" (includeCompensation=true). SmartRecruiters: developers.smartrecruiters.com, Posting API
"List postings" and "Get posting". Remotive: github.com/remotive-com/remote-jobs-api README.
Arbeitnow: arbeitnow.com/blog/job-board-api (created_at in Unix seconds, links.next paging)."""

from __future__ import annotations

from typing import Any

GREENHOUSE_ACME: dict[str, Any] = {
    "jobs": [
        {
            "id": 4012345,
            "internal_job_id": 88,
            "title": "Senior Backend Engineer",
            "updated_at": "2026-11-20T10:00:00-05:00",
            "first_published": "2026-11-18T09:00:00-05:00",
            "requisition_id": "R-12",
            "location": {"name": "Berlin, Germany"},
            "absolute_url": "https://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc",
            "company_name": "Acme Robotics",
            "content": "&lt;p&gt;Build &lt;strong&gt;APIs&lt;/strong&gt; in Python.&lt;/p&gt;"
            "&lt;ul&gt;&lt;li&gt;PostgreSQL&lt;/li&gt;&lt;li&gt;5+ years&lt;/li&gt;&lt;/ul&gt;"
            "&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Pay: €70,000 – €90,000 per year"
            "&lt;/p&gt;",
            "departments": [{"id": 1, "name": "Engineering"}],
            "offices": [{"id": 2, "name": "Berlin", "location": "Berlin, Germany"}],
        },
        {  # a listing with almost nothing: still a job, with what it has
            "id": 4012346,
            "title": "Warehouse Associate",
            "location": None,
            "absolute_url": "https://boards.greenhouse.io/acme/jobs/4012346",
        },
        {"id": None, "title": "no id: skipped"},
    ],
    "meta": {"total": 3},
}

LEVER_ROW: dict[str, Any] = {
    "id": "5ac21346-8e0c-4494-8e7a-3eb92ff77902",
    "text": "Registered Nurse (Night Shift)",
    "categories": {
        "commitment": "Full-time",
        "location": "Toronto, Canada",
        "team": "Care",
        "allLocations": ["Toronto, Canada"],
    },
    "country": "CA",
    "workplaceType": "on-site",
    "createdAt": 1763600000000,
    "hostedUrl": "https://jobs.lever.co/carely/5ac21346-8e0c-4494-8e7a-3eb92ff77902",
    "applyUrl": "https://jobs.lever.co/carely/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply",
    "description": "<div>Care for <b>patients</b></div>",
    "descriptionPlain": "Care for patients",
    "lists": [{"text": "Requirements", "content": "<li>RN licence</li><li>BLS</li>"}],
    "additionalPlain": "Union position.",
    "salaryRange": {"currency": "CAD", "interval": "per-hour-wage", "min": 38, "max": 52},
}


def lever_rows(n: int) -> list[dict[str, Any]]:
    """`n` postings (for paging): the documented row with distinct ids and titles."""
    rows = []
    for i in range(n):
        row = dict(LEVER_ROW, id=f"post-{i:04d}", text=f"Care Worker {i}")
        row.pop("salaryRange") if i % 2 else None
        rows.append(row)
    return rows


ASHBY_NOTION: dict[str, Any] = {
    "apiVersion": "1",
    "jobs": [
        {
            "id": "7458d4e9-da2e-47bd-98cb-adfda43d42b2",
            "title": "Engineering Manager - EU",
            "department": "Engineering",
            "team": "EMEA Engineering",
            "employmentType": "FullTime",
            "location": "Remote - European Union",
            "secondaryLocations": [
                {
                    "location": "Dublin",
                    "address": {
                        "postalAddress": {"addressLocality": "Dublin", "addressCountry": "Ireland"}
                    },
                }
            ],
            "address": {"postalAddress": {"addressCountry": "Ireland"}},
            "isRemote": True,
            "workplaceType": "Remote",
            "publishedAt": "2026-11-04T14:29:08.532+00:00",
            "isListed": True,
            "jobUrl": "https://jobs.ashbyhq.com/notion/7458d4e9-da2e-47bd-98cb-adfda43d42b2",
            "applyUrl": "https://jobs.ashbyhq.com/notion/7458d4e9-da2e-47bd-98cb-adfda43d42b2/application",
            "descriptionHtml": "<p>Lead a team.</p>",
            "descriptionPlain": "Lead a team of eight engineers.",
            "compensation": {
                "compensationTierSummary": "€150K – €250K • Offers Equity",
                "summaryComponents": [
                    {"compensationType": "EquityPercentage", "interval": "NONE", "minValue": 0.1},
                    {
                        "compensationType": "Salary",
                        "interval": "1 YEAR",
                        "currencyCode": "EUR",
                        "minValue": 150000,
                        "maxValue": 250000,
                    },
                ],
            },
        },
        {  # pay only as the summary text; hybrid
            "id": "b1",
            "title": "Office Manager",
            "location": "London",
            "workplaceType": "Hybrid",
            "isListed": True,
            "jobUrl": "https://jobs.ashbyhq.com/notion/b1",
            "descriptionHtml": "<p>Run the <em>office</em>.</p>",
            "compensation": {"compensationTierSummary": "£40K – £48K", "summaryComponents": []},
        },
        {"id": "hidden", "title": "Unlisted", "isListed": False},
    ],
}

SMARTRECRUITERS_ROW: dict[str, Any] = {
    "id": "744000012345678",
    "name": "Store Manager",
    "uuid": "3c1a...",
    "refNumber": "REF1",
    "company": {"identifier": "BoschGroup", "name": "Bosch Group"},
    "releasedDate": "2026-11-19T08:30:00.000Z",
    "location": {"city": "Stuttgart", "region": "BW", "country": "de", "remote": False},
    "typeOfEmployment": {"label": "Full-time"},
    "ref": "https://api.smartrecruiters.com/v1/companies/BoschGroup/postings/744000012345678",
}

SMARTRECRUITERS_DETAIL: dict[str, Any] = {
    **SMARTRECRUITERS_ROW,
    "applyUrl": "https://jobs.smartrecruiters.com/BoschGroup/744000012345678-store-manager?oga=true",
    "postingUrl": "https://jobs.smartrecruiters.com/BoschGroup/744000012345678-store-manager",
    "jobAd": {
        "sections": {
            "companyDescription": {"title": "Company", "text": "<p>We make things.</p>"},
            "jobDescription": {"title": "Job", "text": "<p>Lead a team of <b>12</b>.</p>"},
            "qualifications": {"title": "You", "text": "<ul><li>Retail experience</li></ul>"},
        }
    },
}

REMOTIVE: dict[str, Any] = {
    "0-legal-notice": "Remotive API Legal Notice",
    "job-count": 2,
    "jobs": [
        {
            "id": 1909187,
            "url": "https://remotive.com/remote-jobs/software-dev/python-developer-1909187",
            "title": "Python Developer",
            "company_name": "Acme Robotics",
            "company_logo": "https://remotive.com/job/1909187/logo",
            "category": "Software Development",
            "tags": ["python", "django"],
            "job_type": "full_time",
            "publication_date": "2026-11-19T10:23:26",
            "candidate_required_location": "USA Only",
            "salary": "$40,000 - $50,000",
            "description": "<p>Write <b>Python</b>.</p><style>p{}</style>",
        },
        {
            "id": 1909188,
            "url": "https://remotive.com/remote-jobs/support/support-agent-1909188",
            "title": "Customer Support Agent",
            "company_name": "Helpful",
            "category": "Customer Service",
            "tags": [],
            "job_type": "contract",
            "publication_date": "2026-11-18T08:00:00",
            "candidate_required_location": "Worldwide",
            "salary": "",
            "description": "<p>Answer tickets.</p>",
        },
    ],
}


def arbeitnow_row(slug: str, title: str, **extra: Any) -> dict[str, Any]:
    row = {
        "slug": slug,
        "company_name": "Bäckerei Müller GmbH",
        "title": title,
        "description": "<p>Frisches Brot &amp; Brötchen.</p>",
        "remote": False,
        "url": f"https://www.arbeitnow.com/jobs/companies/baeckerei/{slug}",
        "tags": ["Bakery"],
        "job_types": ["Full Time"],
        "location": "Berlin",
        "created_at": 1763550000,
    }
    row.update(extra)
    return row
