"""Button payloads: every constructor round-trips, fits 64 bytes, and anything else is refused."""

from __future__ import annotations

import pytest

from core import actions
from core.actions import BadPayload, Kind, decode

BIG = 10**17  # the largest ids a payload must still carry

# The longest payload of every kind (largest ids, longest tokens).
MADE = [
    (actions.approve(BIG), Kind.APPROVE),
    (actions.discard(7), Kind.DISCARD),
    (actions.report(7), Kind.REPORT),
    (actions.retry(7), Kind.RETRY),
    (actions.view(7), Kind.VIEW),
    (actions.documents(7), Kind.DOCUMENTS),
    (actions.page("rejected", 999999, BIG), Kind.PAGE),
    (actions.pref_edit("a" * 16, BIG), Kind.PREF_EDIT),
    (actions.pref_value("status_changed_a", "status_changed_a", BIG), Kind.PREF_VALUE),
    (actions.forget(True, BIG), Kind.FORGET),
    (actions.profile("edit", 999999, BIG), Kind.PROFILE),
    (actions.profile_field("summary", BIG), Kind.PROFILE_FIELD),
    (actions.setting("b" * 16, 999999, BIG), Kind.SETTING),
]


@pytest.mark.parametrize(("payload", "kind"), MADE)
def test_every_payload_round_trips_within_telegram_limit(payload: str, kind: Kind) -> None:
    assert len(payload.encode()) <= 64
    action = decode(payload)
    assert action.kind is kind
    assert action.encode() == payload


def test_application_buttons_name_the_application_and_personal_ones_the_owner() -> None:
    assert decode("ca:42").app_id == 42 and decode("ca:42").owner is None
    assert decode("ca:42").is_application
    page = decode("ls:applied:3:17")
    assert page.owner == 17 and page.args[:2] == ("applied", "3")
    with pytest.raises(BadPayload):
        _ = page.app_id


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "ca",
        "ca:",
        "ca:0",  # ids start at 1
        "ca:-1",
        "ca:1:2",
        "ca:01",
        "ca:1 ",
        "CA:1",
        "zz:1",
        "ca:" + "9" * 19,
        "ls:secret:0:1",  # not a queue
        "ls:applied:x:1",
        "ls:applied:0",  # the owner is missing
        "pf:maybe:1",
        "pl:ok:1",
        "pe:Roles:1",
        "pe:roles;drop:1",
        "st:mute:ok:1:2",
        "ca:１",  # a full-width digit
        "pv:" + "a" * 70,
        "ca:1\n",
    ],
)
def test_malformed_payloads_are_refused(payload: str) -> None:
    with pytest.raises(BadPayload):
        decode(payload)


def test_constructors_refuse_to_build_a_bad_payload() -> None:
    with pytest.raises(BadPayload):
        actions.page("nope", 0, 1)
    with pytest.raises(BadPayload):
        actions.pref_edit("Not A Token", 1)
