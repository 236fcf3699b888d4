"""The chart port: plain numbers in, a PNG out (core.adapters.charts draws it with matplotlib)."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, Field


class ChartData(BaseModel):
    """What /stats draws: applications per day and the funnel, as plain labelled counts."""

    title: str = "Your applications"
    per_day: list[tuple[str, int]] = Field(default_factory=list)  # (ISO date, applied that day)
    funnel: list[tuple[str, int]] = Field(default_factory=list)  # (stage, count), widest first


class ChartRenderer(Protocol):
    """Draws ChartData as a PNG image; blocking (the chat layer calls it in a thread)."""

    def render(self, data: ChartData) -> bytes: ...
