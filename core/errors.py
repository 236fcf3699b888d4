"""Errors the core raises or expects from its ports, each with a message safe to show a user."""

from __future__ import annotations


class JobBotError(Exception):
    """Base of every expected error; `str(err)` is short, plain and free of secrets."""


class IllegalTransition(JobBotError):
    """A state move the application state machine does not allow."""


class NotFound(JobBotError):
    """The thing asked for does not exist (or is not the asker's)."""


class PortalError(JobBotError):
    """The job portal could not do what was asked."""


class PortalUnavailable(PortalError):
    """A failure that may pass: connection error, timeout, 429 or 5xx."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class OutcomeUnknown(PortalUnavailable):
    """The request was sent but no answer came: it may or may not have been applied."""


class PortalRejected(PortalError):
    """A permanent refusal (400/422): retrying cannot help."""


class PortalProtocolError(PortalError):
    """The portal answered with something that is not the protocol (garbage JSON, wrong shape)."""


class LLMUnavailable(JobBotError):
    """The LLM could not give a valid answer (outage, timeouts, or unparseable output)."""


class DocumentsRefused(LLMUnavailable):
    """Documents below the minimum or with claims that survived a regeneration: never sent.

    A kind of LLMUnavailable (the engine gave no usable answer), so every caller that already
    copes with a failed document call copes with this one too.
    """


class ResumeError(JobBotError):
    """A resume file that cannot be read: wrong type, too big, no text, broken."""


class ProfileNotReady(JobBotError):
    """Nothing may be sent in the person's name yet (see core.runtime.consent)."""


class SamePlatform(JobBotError):
    """A /link code was sent on the chat app that made it: it joins another chat app."""


class SourceError(JobBotError):
    """A job board could not be read (down, refusing, malformed); its jobs are skipped."""
