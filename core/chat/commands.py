"""The published command list (Telegram's setMyCommands, Discord's slash commands) and /help."""

from __future__ import annotations

from core.chat.messages import CommandOption, CommandSpec, Reply, Span, bold, plain
from core.chat.text import lines
from core.intake import RESUME_TYPES_TEXT
from core.models import Platform


def _cmd(name: str, description: str, *options: CommandOption) -> CommandSpec:
    return CommandSpec(name=name, description=description, options=list(options))


COMMANDS: list[CommandSpec] = [
    _cmd("start", "Register and see what I do for you"),
    _cmd(
        "resume",
        f"Send your resume ({RESUME_TYPES_TEXT})",
        CommandOption(name="file", description="Your resume file", kind="attachment"),
    ),
    _cmd("profile", "Show the profile read from your resume"),
    _cmd(
        "set",
        "Correct your profile: any field, or an experience or education entry",
        CommandOption(
            name="field",
            description="name email phone location links summary skills languages "
            "certifications experience education",
            required=True,
        ),
        # Left out, the next message is the value (and entries are easier typed there).
        CommandOption(name="value", description="The new value (or send it next)"),
    ),
    _cmd("prefs", "Set the jobs you want (roles, places, pay...)"),
    _cmd("autoapply", "Start applying for you on a schedule"),
    _cmd("pause", "Stop applying automatically"),
    _cmd("runnow", "Look for jobs and apply now"),
    _cmd("status", "Auto-apply on or off, next run, today's count"),
    _cmd("applied", "Jobs I applied for"),
    _cmd("pending", "Jobs waiting to be judged or sent"),
    _cmd("clarify", "Jobs waiting for your decision"),
    _cmd("rejected", "Jobs I skipped, with the reason"),
    _cmd("failed", "Applications that failed"),
    _cmd("stats", "Your numbers and a chart"),
    _cmd("settings", "Notifications, quiet hours, dry run, digest"),
    _cmd(
        "sources",
        "Company job boards to watch (Greenhouse, Lever, Ashby, SmartRecruiters)",
        CommandOption(name="change", description="add greenhouse:acme or remove greenhouse:acme"),
    ),
    _cmd("export", "Download everything I store about you"),
    _cmd("forget", "Delete everything I store about you"),
    _cmd(
        "link",
        "Join another chat app to this account",
        CommandOption(name="code", description="The code from your other chat app"),
    ),
    _cmd("help", "What I can do"),
]

# Discord calls /start /register (a bare "start" reads oddly in a slash-command menu).
ALIASES = {"register": "start"}


def commands_for(platform: Platform) -> list[CommandSpec]:
    """The command list as a platform publishes it."""
    if platform is not Platform.DISCORD:
        return list(COMMANDS)
    return [c.model_copy(update={"name": "register"}) if c.name == "start" else c for c in COMMANDS]


def normalize(command: str) -> str:
    """`/Start@MyBot` -> `start`; aliases resolved."""
    name = command.strip().lstrip("/").split("@", 1)[0].lower()
    return ALIASES.get(name, name)


def help_reply(platform: Platform | None = None) -> Reply:
    start = "register" if platform is Platform.DISCORD else "start"
    rows: list[list[Span] | str] = [[bold("What I can do")], ""]
    for spec in COMMANDS:
        name = start if spec.name == "start" else spec.name
        rows.append([bold(f"/{name}"), plain(f" {spec.description}")])
    rows += ["", "You can also send a resume file at any time."]
    return Reply(spans=lines(*rows))
