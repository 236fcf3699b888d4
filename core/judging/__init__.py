"""Judging a job for a candidate: the strict LLM answer shapes, evidence verification and the
checks that keep an LLM verdict from being more lenient than the rules and the offline engine."""
