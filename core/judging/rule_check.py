"""What checking the hard rules found: breaches, doubts for the user, and red-flag codes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RuleCheck:
    """Broken hard rules (reject), doubts (at most clarify) and red-flag codes with reasons."""

    rejects: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
