"""ActionFlow implementations: an immediate answer, then replies computed or streamed later."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

from core.chat.messages import ActionAnswer, Reply

NOT_YOURS = "This button is not for you."
EXPIRED = "This button is no longer valid."
# A payload that is not one of ours: most often a button an older version of the bot sent.
OLDER_VERSION = (
    "This button is from an older version of me and does nothing now: "
    "send the command again for a fresh one."
)


class Flow:
    """A button press: `answer` at once, then the replies of `stream` (run only when asked).

    The slow part lives in `stream`, so an adapter can acknowledge the press (Telegram's
    answerCallbackQuery, Discord's interaction response) before anything slow happens.
    """

    def __init__(
        self,
        answer: ActionAnswer,
        stream: Callable[[], AsyncIterator[Reply]] | None = None,
        replies: list[Reply] | None = None,
    ) -> None:
        self.answer = answer
        self._stream = stream
        self._replies = list(replies or [])

    async def replies(self) -> AsyncIterator[Reply]:
        for reply in self._replies:
            yield reply
        if self._stream is not None:
            async for reply in self._stream():
                yield reply

    async def collect(self) -> list[Reply]:
        """All replies, in order (tests and the console use this)."""
        return [reply async for reply in self.replies()]


def toast(text: str, *replies: Reply, alert: bool = False) -> Flow:
    """A flow whose replies are already known."""
    return Flow(ActionAnswer(text=text, alert=alert), replies=list(replies))


def refused(text: str = NOT_YOURS) -> Flow:
    """A press that changes nothing: an alert and no replies."""
    return Flow(ActionAnswer(text=text, alert=True))
