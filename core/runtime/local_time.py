"""The user's own clock: IANA time zones, local midnights and hours, times shown to people."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

DEFAULT_ZONE = "UTC"


@functools.cache
def _zone_names() -> dict[str, str]:
    """Every IANA name by its lower-case spelling, so 'europe/berlin' finds 'Europe/Berlin'."""
    names = {name.lower(): name for name in available_timezones()}
    names.setdefault("utc", "UTC")
    return names


def canonical_zone(name: str) -> str | None:
    """The IANA spelling of `name` ('europe/berlin', 'Europe/Berlin ') or None when unknown."""
    cleaned = "_".join(name.strip().split()).lower()
    if not cleaned or len(cleaned) > 64:
        return None
    found = _zone_names().get(cleaned)
    if found is None:
        return None
    try:
        ZoneInfo(found)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return found


def zone(name: str | None) -> tzinfo:
    """The tzinfo for a stored name; UTC when the name is missing or no longer known."""
    if not name or name == DEFAULT_ZONE:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _at(day: date, hour: int, where: tzinfo) -> datetime:
    """`hour`:00 local on `day`, in UTC (a wall time skipped by a DST change moves forward)."""
    local = datetime.combine(day, time(hour), tzinfo=where)
    return local.astimezone(UTC)


def start_of_local_day(now: datetime, zone_name: str | None = None) -> datetime:
    """Local midnight of `now`'s day, in UTC: where "today" starts for this user."""
    where = zone(zone_name)
    return _at(now.astimezone(where).date(), 0, where)


def next_local_hour(now: datetime, hour: int, zone_name: str | None = None) -> datetime:
    """The next `hour`:00 local time strictly after `now`, in UTC."""
    where = zone(zone_name)
    today = now.astimezone(where).date()
    at = _at(today, hour, where)
    return at if at > now else _at(today + timedelta(days=1), hour, where)


def quiet_until(
    now: datetime, start: int | None, end: int | None, zone_name: str | None = None
) -> datetime | None:
    """The end (UTC) of the quiet window [start, end) in local hours when `now` is inside."""
    if start is None or end is None or start == end:
        return None
    hour = now.astimezone(zone(zone_name)).hour
    inside = start <= hour < end if start < end else hour >= start or hour < end
    return next_local_hour(now, end, zone_name) if inside else None


def shown(at: datetime, zone_name: str | None = None) -> str:
    """`2026-12-05 22:00 CET`: a moment as the user reads it."""
    local = at.astimezone(zone(zone_name))
    return f"{local:%Y-%m-%d %H:%M} {zone_label(zone_name, at)}"


def zone_label(zone_name: str | None, at: datetime | None = None) -> str:
    """The short name people know ('CET', 'PST'), or the offset when the zone has none."""
    where = zone(zone_name)
    moment = (at or datetime.now(UTC)).astimezone(where)
    abbreviation = moment.tzname() or "UTC"
    if abbreviation[:1] in "+-":  # zones without a letter abbreviation name an offset
        return "UTC" + abbreviation
    return abbreviation
