"""Tests of the network adapters: LLM engines and the portal client."""
