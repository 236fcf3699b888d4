"""Build the tables loaded at first use (places, word lists, skills) before a chat needs one."""

from __future__ import annotations

import gc
import logging
import time

from core.chat import places
from core.documents.english import is_english
from core.judging.currency import active_rates
from core.judging.place_limits import countries_of
from core.judging.skill_graph import related_skills
from core.resume.gazetteer import is_city, is_country
from core.resume.skills import skills_in_text

log = logging.getLogger(__name__)


def warm_tables(*, with_places: bool = False) -> float:
    """Load the lazily built tables a cycle uses, and the chat's place index when asked;
    seconds taken.

    The English word list was otherwise built by several worker threads at once, each
    holding the GIL. The place index (only the chat's preference and time-zone questions
    use it) holds the event loop for half a second or more when built at first use, and
    costs about 120 MB: a process without chats leaves it out.
    """
    began = time.perf_counter()
    if with_places:
        places.find("London")
    is_english("organised")
    skills_in_text("Python and Excel")
    is_city("London")
    is_country("Lebanon")
    countries_of("Germany")
    related_skills("python", ["software"])
    active_rates()
    return time.perf_counter() - began


def settle_heap() -> None:
    """Move what start-up built (modules, tables, clients) out of the collector's way.

    A full collection otherwise walks every one of those objects again, holding every thread
    (the event loop too) for a few hundred milliseconds each time during a round.
    """
    gc.freeze()
    log.debug("gc: %d objects frozen", gc.get_freeze_count())
