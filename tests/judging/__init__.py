"""Tests of core.judging: LLM verdicts that must earn an accept."""
