"""Registration (/start), the "what next" hint, and answers to things I do not understand."""

from __future__ import annotations

from core.chat.context import Deps
from core.chat.messages import Identity, Reply, bold, text_reply
from core.chat.text import lines
from core.intake import RESUME_TYPES_TEXT
from core.models import User
from core.runtime.consent import send_blocker


def private_only() -> Reply:
    """The polite refusal of a personal command in a group chat."""
    return text_reply(
        "Let's keep this between us: I handle your resume, jobs and applications only in a "
        "private chat, so nothing about you shows in a group. Open a private chat with me "
        "and send /start there."
    )


def start_first() -> Reply:
    """Written with /start: core.chat.platform_words says /register on Discord."""
    return text_reply("Send /start first.")


async def next_step(deps: Deps, user: User) -> str:
    """One line telling the user what to do next, based on what is stored."""
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return f"Next: send me your resume ({RESUME_TYPES_TEXT})."
    blocker = send_blocker(stored, user)
    if blocker is not None:
        return f"Next: {blocker[0].lower()}{blocker[1:]}"
    if await deps.store.get_preferences(user.id) is None:
        return "Next: tell me which jobs you want with /prefs."
    if not user.autoapply_enabled:
        return "Next: /autoapply to start, or /runnow for one round."
    return "Auto-apply is on. /status shows what is happening."


async def start(deps: Deps, who: Identity) -> list[Reply]:
    """Register the speaker (idempotent) and explain what the bot will do in their name."""
    user, created = await deps.store.register_user(
        who.platform, who.user_id, chat_id=who.chat_id, display_name=who.display_name
    )
    if who.locale and who.locale != user.settings.locale:  # a time-zone hint, kept for later
        user.settings = user.settings.model_copy(update={"locale": who.locale[:16]})
        await deps.store.save_settings(user.id, user.settings)
    if not created:
        hint = await next_step(deps, user)
        name = f", {user.display_name}" if user.display_name else ""
        return [text_reply(f"Welcome back{name}. {hint}")]
    greeting = f"Hello {who.display_name}!" if who.display_name else "Hello!"
    return [
        Reply(
            spans=lines(
                [bold(greeting)],
                "I look for jobs that fit you, judge each one against your resume and "
                "preferences, and apply in your name.",
                "",
                [bold("What I do for you")],
                "• apply on their own to jobs that fit well (only after /autoapply)",
                "• ask you first about doubtful ones: you approve or discard",
                "• tell you about every application and every answer from employers",
                "",
                [bold("What I store")],
                "your resume text and the profile read from it, your preferences and "
                "settings, the jobs I judged and what I sent for each. /export gives you "
                "all of it; /forget deletes all of it.",
                "",
                f"To begin, send me your resume ({RESUME_TYPES_TEXT}).",
            )
        )
    ]


def unknown_command(command: str) -> Reply:
    return text_reply(f"I don't know /{command}. Send /help to see what I can do.")


def free_text() -> Reply:
    return text_reply(
        "I read commands and files. Send your resume as a file, or /help for the commands."
    )
