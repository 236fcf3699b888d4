"""Who we are at the job portal: a random id per user, an id per installation, and the
idempotency key built from both, so no two users or installations ever share an identity."""

from __future__ import annotations

import hashlib
import secrets
import uuid

from core.errors import NotFound
from core.ports import Store

INSTALLATION_KEY = "installation_id"  # the meta table's row for this installation's id


def new_portal_user_id() -> str:
    """A random portal user id (128 bits), never derived from a local row id."""
    return secrets.token_urlsafe(16)


def new_installation_id() -> str:
    return uuid.uuid4().hex


def idempotency_key(installation_id: str, portal_user_id: str, job_id: str) -> str:
    """The portal key for (installation, user, job): the same on every attempt and restart,
    different for every other installation and every other user."""
    if not installation_id or not portal_user_id:
        raise ValueError("an idempotency key needs the installation and the portal user id")
    material = "\x00".join(("jobbot/2", installation_id, portal_user_id, job_id))
    digest = hashlib.sha256(material.encode()).hexdigest()[:40]
    return f"jobbot-{installation_id[:8]}-{digest}"


async def application_key(store: Store, user_id: int, job_id: str) -> str:
    """The idempotency key of (user, job) as stored, for one-off callers (a cycle builds its
    keys once, without these two lookups per job)."""
    user = await store.get_user(user_id)
    if user is None:
        raise NotFound("no such user")
    return idempotency_key(await store.installation_id(), user.portal_user_id, job_id)
