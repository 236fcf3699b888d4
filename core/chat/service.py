"""ChatService: the whole conversation, shared by Telegram, Discord and the console.

Adapters map a platform update to one of the `handle_*` calls and send back the replies;
everything else (who the user is, what they may do, what a guided question waits for)
happens here.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable

from core.actions import Action, BadPayload, Kind, decode
from core.chat import (
    access_flow,
    account,
    clarify,
    control,
    lists,
    platform_words,
    preferences_flow,
    profile_card,
    profile_edit,
    registration,
    resume_flow,
    settings_flow,
    sources_flow,
    stats,
    timezone_flow,
)
from core.chat.cards import CardDesk
from core.chat.charts import ChartRenderer
from core.chat.commands import COMMANDS, commands_for, help_reply, normalize
from core.chat.context import Deps, SystemClock, log_failure
from core.chat.flows import NOT_YOURS, OLDER_VERSION, Flow, refused
from core.chat.messages import (
    ActionAnswer,
    Awaited,
    ChatHandler,
    CommandSpec,
    Identity,
    IncomingFile,
    Reply,
    text_reply,
)
from core.chat.render import fallback, render
from core.documents.files import DocumentFiles
from core.models import Notification, Platform, User
from core.ports import LLM, Applier, Clock, Portal, ScheduleControl, Store
from core.runtime.access import AccessPolicy
from core.runtime.activity import Activity
from core.runtime.intake_limits import UploadGate
from core.runtime.llm_budget import LLMBudget
from core.runtime.sanitize import clean_text

OOPS = "Something went wrong on my side; nothing was lost. Please try again."
PRIVATE_ONLY = "Open a private chat with me for that: your jobs never show in a group."
# What a group chat may ask: nothing personal.
PUBLIC_COMMANDS = frozenset({"help"})

Route = Callable[[User, str], Awaitable[list[Reply]]]
ButtonRoute = Callable[[Deps, User, Action], Awaitable[Flow]]


class ChatService:
    """`core.chat.messages.ChatHandler`: commands, text, files and buttons in; replies out."""

    def __init__(
        self,
        store: Store,
        llm: LLM,
        applier: Applier,
        schedule: ScheduleControl,
        portal: Portal,
        charts: ChartRenderer | None = None,
        clock: Clock | None = None,
        documents: DocumentFiles | None = None,
        uploads: UploadGate | None = None,
        access: AccessPolicy | None = None,
        budget: LLMBudget | None = None,
        activity: Activity | None = None,
    ) -> None:
        self.deps = Deps(
            store=store,
            llm=llm,
            applier=applier,
            schedule=schedule,
            portal=portal,
            charts=charts,
            clock=clock or SystemClock(),
            documents=documents,
            uploads=uploads or UploadGate(),
            budget=budget,
        )
        self.access = access or AccessPolicy()
        # Who spoke lately: their employers' answers are polled every minute.
        self.activity = activity or Activity(self.deps.clock)
        # Where each job's card message is, so its later events edit it (core.chat.cards).
        self.cards = CardDesk(store)
        self.commands: list[CommandSpec] = list(COMMANDS)
        d = self.deps
        # The routing table: every command a registered user can send.
        self._routes: dict[str, Route] = {
            "resume": lambda u, a: resume_flow.command_resume(d, u),
            "profile": lambda u, a: resume_flow.command_profile(d, u),
            "set": lambda u, a: profile_edit.command_set(d, u, a),
            "prefs": lambda u, a: preferences_flow.command(d, u),
            "autoapply": lambda u, a: control.autoapply(d, u),
            "pause": lambda u, a: control.pause(d, u),
            "runnow": lambda u, a: control.run_now(d, u),
            "status": lambda u, a: control.status(d, u),
            **{q: functools.partial(self._list, q) for q in lists.QUEUE_STATES},
            "stats": lambda u, a: stats.command(d, u),
            "settings": lambda u, a: settings_flow.command(d, u),
            "sources": lambda u, a: sources_flow.command(d, u, a),
            "export": lambda u, a: account.export(d, u),
            "forget": lambda u, a: account.forget(d, u),
        }
        # Buttons that act on the presser's own settings (their payload names the owner).
        self._buttons: dict[Kind, ButtonRoute] = {
            Kind.PAGE: lists.on_page,
            Kind.PREF_EDIT: preferences_flow.on_edit,
            Kind.PREF_VALUE: preferences_flow.on_value,
            Kind.FORGET: account.on_forget,
            Kind.PROFILE: resume_flow.on_profile,
            Kind.PROFILE_FIELD: profile_edit.on_field,
            Kind.PROFILE_ENTRY: profile_edit.on_entry,
            Kind.SETTING: settings_flow.on_button,
        }
        # What a free-text message answers, by the chat state's `await`.
        self._answers = {
            preferences_flow.AWAIT: preferences_flow.on_text,
            profile_card.AWAIT_FIELD: profile_edit.receive_field,
            settings_flow.AWAIT: settings_flow.on_text,
            timezone_flow.AWAIT: timezone_flow.on_text,
        }

    def commands_for(self, platform: Platform) -> list[CommandSpec]:
        """The command list as `platform` publishes it (Discord: /register for /start)."""
        return commands_for(platform)

    async def _user(self, who: Identity) -> User | None:
        user = await self.deps.store.find_user(who.platform, who.user_id)
        if user is not None:
            self.activity.seen(user.id)
        return user

    async def _list(self, queue: str, user: User, args: str) -> list[Reply]:
        return await lists.command(self.deps, user, queue)

    # --- the ChatHandler protocol -------------------------------------------------------------

    async def handle_command(self, who: Identity, command: str, args: str = "") -> list[Reply]:
        replies = await self._command_safely(who, command, args)
        return platform_words.replies(replies, who.platform)

    async def _command_safely(self, who: Identity, command: str, args: str) -> list[Reply]:
        name = normalize(command)
        try:
            return await self._command(who, name, clean_text(args).strip())
        except Exception as err:
            log_failure(f"/{name}", None, err)
            return [text_reply(OOPS)]

    async def _command(self, who: Identity, name: str, args: str) -> list[Reply]:
        if not who.private and name not in PUBLIC_COMMANDS:
            # Not even /start: a group chat must never become where notifications go.
            return [registration.private_only()]
        if name == "help":
            return [help_reply(who.platform)]
        user = await self._user(who)
        if name == "start":
            return await access_flow.start(self.deps, self.access, who, user, args)
        if name == "invite" and (made := await access_flow.invite(self.deps, self.access, who)):
            return made
        # Before anything is stored, /link's attempt count included (invite mode: a second
        # platform needs an invitation of its own).
        if no := access_flow.refusal(self.access, who, user):
            return [no]
        if name == "link":  # the second platform is not registered yet: that is the point
            return await account.link(self.deps, who, user, args)
        if user is None:
            return [registration.start_first()]
        route = self._routes.get(name)
        if route is None:
            return [registration.unknown_command(name)]
        # A new command abandons a question left unanswered (but /resume sets its own).
        if await self.deps.store.get_chat_state(user.id):
            await self.deps.clear(user.id)
        return await route(user, args)

    async def handle_text(self, who: Identity, text: str) -> list[Reply]:
        return platform_words.replies(await self._text(who, text), who.platform)

    async def _text(self, who: Identity, text: str) -> list[Reply]:
        text = clean_text(text)  # typed text is from outside too: no NUL or controls stored
        if text.startswith("/") and len(text) > 1 and not text[1].isspace():
            name, _, args = text[1:].partition(" ")
            return await self._command_safely(who, name, args)
        if not who.private:
            return []  # group chatter is not for me; commands get the polite refusal
        try:
            user = await self._user(who)
            if no := access_flow.refusal(self.access, who, user):
                return [no]
            if user is None:
                return [registration.start_first()]
            state = await self.deps.awaiting(user.id)
            what = state.get("await")
            if what == resume_flow.AWAIT_RESUME:
                return await resume_flow.receive_text(self.deps, user, text)
            answer = self._answers.get(str(what))
            if answer is not None:
                return await answer(self.deps, user, state, text)
            return [registration.free_text()]
        except Exception as err:
            log_failure("text", None, err)
            return [text_reply(OOPS)]

    async def handle_file(self, who: Identity, file: IncomingFile) -> list[Reply]:
        if not who.private:
            return []  # files shared in a group are the group's, not a resume for me
        try:
            user = await self._user(who)
            if no := access_flow.refusal(self.access, who, user):
                return [no]
            if user is None:
                return [registration.start_first()]
            replies = await resume_flow.receive_file(self.deps, user, file)
            return platform_words.replies(replies, who.platform)
        except Exception as err:
            log_failure("file", None, err)
            return [text_reply(OOPS)]

    async def handle_action(self, who: Identity, payload: str) -> Flow:
        return platform_words.flow(await self._action(who, payload), who.platform)

    async def _action(self, who: Identity, payload: str) -> Flow:
        if not who.private:
            return refused(PRIVATE_ONLY)
        try:
            action = decode(payload)
        except BadPayload:
            return refused(OLDER_VERSION)
        try:
            user = await self._user(who)
            if no := access_flow.refusal(self.access, who, user):
                return refused(no.plain_text())
            if action.is_application:
                return await clarify.on_action(self.deps, user, action)
            if user is None or action.owner != user.id:
                return refused(NOT_YOURS)
            return await self._buttons[action.kind](self.deps, user, action)
        except Exception as err:
            log_failure(f"button {action.kind.value}", None, err)
            return Flow(ActionAnswer(text=OOPS, alert=True))

    async def awaiting_answer(self, who: Identity) -> Awaited | None:
        user = await self._user(who)
        if user is None:
            return None
        what = (await self.deps.awaiting(user.id)).get("await")
        if what == resume_flow.AWAIT_RESUME:
            return Awaited.FILE
        return Awaited.TEXT if what in self._answers else None

    async def render_notification(self, user: User, notification: Notification) -> list[Reply]:
        try:
            return await render(self.deps, user, notification)
        except Exception as err:
            log_failure(f"notification {notification.kind.value}", user.id, err)
            return [fallback(notification.kind, notification.payload)]


def _conforms(service: ChatService) -> ChatHandler:
    """Type-checked proof that ChatService is the ChatHandler the adapters code against."""
    return service
