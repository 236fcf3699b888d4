"""Judging a job: hard rules, fit, seniority, pay and currency, red flags, routing, the report."""
