"""Skills that show each other, per profession (CPR ~ First Aid; Client Relationship
Management ~ Relationship Building): a resume naming one counts as evidence of the others."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from core.offline.text import phrase_key

GENERAL = "general"


@lru_cache(maxsize=1)
def _graph() -> dict[str, dict[str, tuple[str, ...]]]:
    """profession -> skill key -> the other names of its groups."""
    text = resources.files("core.judging").joinpath("data/skill_graph.json").read_text("utf-8")
    data = json.loads(text)
    graph: dict[str, dict[str, tuple[str, ...]]] = {}
    for profession, groups in data.items():
        if profession.startswith("_"):
            continue
        table: dict[str, list[str]] = {}
        for group in groups:
            for name in group:
                others = table.setdefault(phrase_key(name), [])
                others += [n for n in group if n != name and n not in others]
        graph[profession] = {k: tuple(v) for k, v in table.items()}
    return graph


def related_skills(name: str, professions: Iterable[str]) -> tuple[str, ...]:
    """Names that show `name` for a job in `professions` (every profession's when none known)."""
    return _related(phrase_key(name), tuple(sorted(professions)))


@lru_cache(maxsize=16384)
def _related(key: str, professions: tuple[str, ...]) -> tuple[str, ...]:
    graph = _graph()
    chosen = [GENERAL, *professions] if professions else list(graph)
    found: list[str] = []
    for profession in chosen:
        for name in graph.get(profession, {}).get(key, ()):
            if name not in found:
                found.append(name)
    return tuple(found)
