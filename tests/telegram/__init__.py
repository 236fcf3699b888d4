"""Tests of the Telegram adapter against a local fake Bot API server."""
