"""Company boards to watch, written "<system>:<company slug>" ("greenhouse:acme")."""

from __future__ import annotations

import re
from collections.abc import Iterable

_BOARD = re.compile(r"^([a-z]+):([A-Za-z0-9][A-Za-z0-9._-]{0,99})$")


def parse_board(text: str, known: Iterable[str]) -> tuple[str, str] | None:
    """(system, slug) from "greenhouse:acme" or a board URL-ish "greenhouse acme"; None if bad."""
    cleaned = re.sub(r"\s+", ":", text.strip(), count=1)
    match = _BOARD.match(cleaned.lower() if ":" not in cleaned else _lower_system(cleaned))
    if match is None or match[1] not in set(known):
        return None
    return match[1], match[2]


def _lower_system(text: str) -> str:
    system, _, slug = text.partition(":")
    return f"{system.lower()}:{slug}"


def slugs_for(source: str, *lists: Iterable[str]) -> list[str]:
    """The company slugs named for `source` in any of `lists`, each once, in order."""
    found: dict[str, None] = {}
    for entries in lists:
        for entry in entries:
            system, _, slug = entry.partition(":")
            if system == source and slug:
                found.setdefault(slug, None)
    return list(found)


# Applicant-tracking systems whose boards are read per company (core/adapters/sources/).
COMPANY_SYSTEMS = ("greenhouse", "lever", "ashby", "smartrecruiters")
