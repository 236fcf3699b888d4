"""Judging a job for a candidate: hard rules, fit, seniority, pay and currency, red flags,
routing and the report; the strict LLM answer shapes and the evidence checks that keep an LLM
verdict from being more lenient than the rules and the offline engine."""
