"""The user's time zone: asked after /start and from /settings, guessed from the resume."""

from __future__ import annotations

from typing import Any

from core.chat import places
from core.chat.context import Deps
from core.chat.messages import Reply, text_reply
from core.chat.prefs_parse import NOTHING
from core.models import User
from core.runtime.local_time import DEFAULT_ZONE, canonical_zone, shown

AWAIT = "timezone"
_YES = frozenset({"y", "yes", "yeah", "yep", "ok", "okay", "sure", "right", "correct"})


async def guess(deps: Deps, user: User) -> tuple[str | None, str]:
    """The zone the latest resume's location points to, else (a weak hint) the one the
    platform's locale does; with where the guess came from."""
    await places.ready()  # the place index, built off the event loop on first use
    stored = await deps.store.latest_profile(user.id)
    zone = places.guess_zone(stored.profile.location) if stored else None
    if zone is not None:
        return zone, "Your resume suggests"
    zone = places.locale_zone(user.settings.locale)
    return zone, "Your app's language setting suggests" if zone else ""


async def ask(deps: Deps, user: User) -> Reply:
    """Ask for the zone (with a guess, which a 'yes' accepts); wait for the answer."""
    return text_reply(await question(deps, user))


async def ask_once(deps: Deps, user: User) -> str | None:
    """The question after the profile is confirmed: only while the zone is still the default,
    only with a guess to offer, and only once (a 'skip', or silence, is an answer)."""
    if user.settings.timezone != DEFAULT_ZONE or user.settings.timezone_asked:
        return None
    zone, source = await guess(deps, user)
    if zone is None:
        return None
    await deps.store.save_settings(
        user.id, user.settings.model_copy(update={"timezone_asked": True})
    )
    return await question(deps, user, (zone, source))


async def question(deps: Deps, user: User, guessed: tuple[str | None, str] | None = None) -> str:
    """The question's text; the user's next message answers it."""
    zone, source = guessed or await guess(deps, user)
    await deps.expect(user.id, AWAIT, guess=zone)
    said = f"Which time zone are you in? Now it is {user.settings.timezone}. "
    if zone and zone != user.settings.timezone:
        said += f"{source} {zone}: send 'yes' to use it, or "
    else:
        said += "Send "
    said += (
        "your city or country (like 'Berlin' or 'Canada') or a zone name "
        "(like 'America/New_York'); 'skip' keeps it. Quiet hours, the digest and "
        "every time I show follow it."
    )
    return said


def _zone_for(text: str, state: dict[str, Any]) -> tuple[str | None, str]:
    """The zone an answer names, or None with what to say instead."""
    cleaned = text.strip().rstrip(".!")
    if cleaned.lower() in _YES and state.get("guess"):
        return str(state["guess"]), ""
    zone = canonical_zone(cleaned)
    if zone is not None:
        return zone, ""
    place = places.find(cleaned)
    if place is None and "," in cleaned:  # 'Lyon, France': the city first, then the country
        zone = places.guess_zone(cleaned)
        if zone is not None:
            return zone, ""
    if place is not None and place.timezone:
        return place.timezone, ""
    close = places.suggest(cleaned)
    hint = f"Did you mean {' or '.join(close)}? " if close else ""
    return None, (
        f"{hint}I know cities, countries and zone names like 'Europe/Berlin'. "
        "Send one of those, or 'skip' to keep your time zone."
    )


async def on_text(deps: Deps, user: User, state: dict[str, Any], text: str) -> list[Reply]:
    """Save the zone the answer names; a typo gets suggestions and the question stays open."""
    if text.strip().lower() in NOTHING:
        await deps.clear(user.id)
        return [text_reply(f"Kept {user.settings.timezone}. /settings changes it any time.")]
    await places.ready()
    zone, problem = _zone_for(text, state)
    if zone is None:
        return [text_reply(problem)]
    settings = user.settings.model_copy(update={"timezone": zone})
    await deps.store.save_settings(user.id, settings)
    await deps.clear(user.id)
    now = shown(deps.clock.now(), zone)
    return [text_reply(f"Time zone: {zone} (it is {now} there). /settings changes it.")]
