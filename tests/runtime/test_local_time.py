"""The user's own clock: quiet hours, the digest hour and "today" in their time zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from core.digest import next_digest_at
from core.models import UserSettings
from core.notify import quiet_until
from core.runtime.local_time import canonical_zone, shown, start_of_local_day

# 12:00 UTC on a winter day: 13:00 in Berlin (CET), 07:00 in New York (EST).
NOON = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def test_quiet_hours_are_the_users_local_hours() -> None:
    berlin = UserSettings(quiet_start_hour=22, quiet_end_hour=7, timezone="Europe/Berlin")
    assert quiet_until(NOON, berlin) is None  # 13:00 in Berlin
    # 22:30 UTC is 23:30 in Berlin: quiet until 07:00 Berlin = 06:00 UTC the next day
    late = NOON.replace(hour=22, minute=30)
    assert quiet_until(late, berlin) == datetime(2026, 1, 16, 6, 0, tzinfo=UTC)
    # 21:30 UTC is 22:30 in Berlin (quiet) while it is not quiet by UTC hours
    assert quiet_until(NOON.replace(hour=21, minute=30), berlin) is not None
    utc = berlin.model_copy(update={"timezone": "UTC"})
    assert quiet_until(NOON.replace(hour=21, minute=30), utc) is None


def test_quiet_hours_across_a_daylight_saving_change() -> None:
    ny = UserSettings(quiet_start_hour=22, quiet_end_hour=7, timezone="America/New_York")
    # 2026-03-08 is the spring-forward night in New York: 07:00 EDT is 11:00 UTC
    night = datetime(2026, 3, 8, 4, 0, tzinfo=UTC)  # 23:00 EST on the 7th
    assert quiet_until(night, ny) == datetime(2026, 3, 8, 11, 0, tzinfo=UTC)


def test_the_digest_comes_at_the_local_hour() -> None:
    assert next_digest_at(NOON, 18, "Europe/Berlin") == NOON.replace(hour=17)
    assert next_digest_at(NOON, 18, "America/New_York") == NOON.replace(hour=23)
    assert next_digest_at(NOON, 9, "Asia/Tokyo") == NOON.replace(hour=0) + timedelta(days=1)
    assert next_digest_at(NOON, 18) == NOON.replace(hour=18)  # no zone: UTC as before


def test_today_starts_at_local_midnight() -> None:
    assert start_of_local_day(NOON, "Europe/Berlin") == datetime(2026, 1, 14, 23, tzinfo=UTC)
    # 02:00 UTC is still the previous evening in Los Angeles
    early = NOON.replace(hour=2)
    assert start_of_local_day(early, "America/Los_Angeles") == datetime(2026, 1, 14, 8, tzinfo=UTC)
    assert start_of_local_day(NOON) == NOON.replace(hour=0)


def test_times_are_shown_in_the_zone_with_its_short_name() -> None:
    assert shown(NOON, "Europe/Berlin") == "2026-01-15 13:00 CET"
    assert shown(NOON, "UTC") == "2026-01-15 12:00 UTC"
    assert shown(NOON, "Asia/Kolkata").endswith("17:30 IST")
    assert shown(NOON, "America/Sao_Paulo").endswith("09:00 UTC-03")


def test_zone_names_are_checked() -> None:
    assert canonical_zone("europe/berlin") == "Europe/Berlin"
    assert canonical_zone(" America/New York ") == "America/New_York"
    assert canonical_zone("Mars/Olympus") is None
    assert canonical_zone("") is None
    with pytest.raises(ValidationError):
        UserSettings(timezone="Not/AZone")
    assert UserSettings().timezone == "UTC"
