"""The `jobbot` command: one entry point for the bot, the demo, the portal and the tools."""

from __future__ import annotations

import os
from collections.abc import Callable, Coroutine
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError

from bot.settings import Settings, describe_error, get_settings
from core.errors import JobBotError

app = typer.Typer(
    help="Job Apply Bot: finds jobs, judges them, applies for you; you stay in control.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")
rates_app = typer.Typer(help="Exchange rates used to compare pay.", no_args_is_help=True)
app.add_typer(rates_app, name="rates")
invite_app = typer.Typer(help="Invitation codes for ACCESS=invite.", no_args_is_help=True)
app.add_typer(invite_app, name="invite")
sources_app = typer.Typer(help="Job boards the bot reads (JOB_SOURCES).", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


def package_version() -> str:
    try:
        return version("job-apply-bot")
    except PackageNotFoundError:
        return "0+unknown"


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one plain line to stderr and return the Exit to raise."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code)


def load_settings() -> Settings:
    """Settings, or one clear line naming the bad one and exit code 2."""
    try:
        return get_settings()
    except JobBotError as err:
        raise fail(str(err)) from None


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"jobbot {package_version()}")
        raise typer.Exit()


@app.callback()
def main(
    show_version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Show the version."
    ),
) -> None:
    """Job Apply Bot."""
    from bot.logging_setup import setup_logging

    # Quiet by default for the interactive commands; `run` raises it to LOG_LEVEL. Every
    # command gets the redacting handler, so no token, e-mail or phone reaches a log line.
    level = os.environ.get("LOG_LEVEL", "WARNING").upper()
    setup_logging(level if level in {"DEBUG", "INFO", "WARNING", "ERROR"} else "WARNING")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or upgrade the database schema to the latest revision."""
    from storage.engine import make_engine
    from storage.migrate import upgrade

    settings = load_settings()
    try:
        engine = make_engine(settings.database_url)
        upgrade(engine)
    except JobBotError as err:
        raise fail(str(err)) from None
    engine.dispose()
    if settings.on_postgres():  # the deployment's task queue lives in the same database
        import asyncio

        from bot.tasks import ensure_schema

        asyncio.run(ensure_schema(settings.database_url))
    typer.echo(f"database is up to date ({engine.url.render_as_string(hide_password=True)})")


@rates_app.command("refresh")
def rates_refresh() -> None:
    """Download current exchange rates (RATES_URL, the ECB by default) and use them."""
    import asyncio

    from bot.rates_cmd import refresh_rates

    settings = load_settings()
    try:
        table, path = asyncio.run(refresh_rates(settings))
    except JobBotError as err:
        raise fail(str(err)) from None
    except OSError as err:
        raise fail(f"cannot save the rates: {err.strerror or type(err).__name__}") from None
    typer.echo(f"rates of {table.date} ({len(table.rates)} currencies) saved to {path}")


@invite_app.command("create")
def invite_create(
    days: int = typer.Option(7, "--days", min=1, max=365, help="How long the code works."),
) -> None:
    """Print a new single-use invitation code: the person sends /start CODE to the bot."""
    import asyncio
    from datetime import UTC, datetime, timedelta

    from core.runtime.access import new_invite_code
    from storage.sql_store import SqlStore

    settings = load_settings()
    code = new_invite_code()

    async def save() -> None:
        store = SqlStore.from_url(settings.database_url)
        try:
            await store.create_invite(code, datetime.now(UTC) + timedelta(days=days))
        finally:
            store.close()

    asyncio.run(save())
    typer.echo(code)
    if settings.access != "invite":
        typer.secho("note: ACCESS is not 'invite', so codes are not needed yet", err=True)


@sources_app.command("check")
def sources_check(
    show: int = typer.Option(3, min=0, max=50, help="Jobs to print per board."),
) -> None:
    """Fetch one page from each configured job board and print what was parsed."""
    import asyncio

    from bot.sources_cmd import check_sources

    failed = asyncio.run(check_sources(load_settings(), show=show, echo=typer.echo))
    if failed:
        raise typer.Exit(1)


@app.command(
    "portal",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
)
def portal(ctx: typer.Context) -> None:
    """Run the local mock job portal (flags as `python -m mock_portal --help`)."""
    from mock_portal.__main__ import main as portal_main

    raise typer.Exit(portal_main(list(ctx.args)))


@app.command("parse-resume")
def parse_resume(
    file: Path = typer.Argument(..., help="A resume: PDF, DOCX, TXT or Markdown."),
    as_json: bool = typer.Option(False, "--json", help="Print the profile as JSON."),
) -> None:
    """Read a resume and print the profile the offline engine extracts from it."""
    from core.intake import parse_resume_file
    from core.profile_format import format_profile

    try:
        _, profile = parse_resume_file(file)
    except (JobBotError, OSError) as err:
        raise fail(str(err) if isinstance(err, JobBotError) else f"cannot read {file}") from None
    typer.echo(profile.model_dump_json(indent=2) if as_json else format_profile(profile))


@app.command("evaluate")
def evaluate(
    resume: Path = typer.Option(..., "--resume", help="Your resume (PDF, DOCX, TXT, MD)."),
    prefs: Path = typer.Option(None, "--prefs", help="Preferences JSON (see the README)."),
    jobs: Path = typer.Option(None, "--jobs", help="A JSON list of jobs (default: search)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """Print the decision, score and reasons the bot would give each job."""
    import asyncio

    from bot.evaluate_cmd import evaluate as run_evaluate
    from bot.evaluate_cmd import format_row

    settings = load_settings()
    try:
        rows = asyncio.run(run_evaluate(settings, resume, prefs, jobs))
    except JobBotError as err:
        raise fail(str(err)) from None
    except OSError as err:
        raise fail(f"{err.strerror or type(err).__name__}: {err.filename or ''}".strip()) from None
    for row in rows:
        typer.echo(format_row(row, as_json))


@app.command("run")
def run(
    role: str = typer.Option(
        None,
        "--role",
        help="embedded (default: everything in one process) or front (chats only; "
        "`jobbot worker` processes run the cycles; PostgreSQL).",
    ),
) -> None:
    """Run the Telegram and/or Discord bot (whichever tokens are set) with the scheduler."""
    from bot.run import run_bots

    settings = with_role(load_settings(), role)
    _serve(settings, lambda: run_bots(settings))


def with_role(settings: Settings, role: str | None) -> Settings:
    """The settings with --role applied (it wins over ROLE), or one clear line and exit 2."""
    if role is None:
        return settings
    try:
        return Settings.model_validate({**settings.model_dump(), "role": role})
    except ValidationError as err:
        raise fail(describe_error(err)) from None


@app.command("worker")
def worker() -> None:
    """Run queued cycles, applies and status polls (deployments on PostgreSQL; any number)."""
    from bot.worker import run_worker  # it refuses SQLite in one line (workers share a database)

    settings = load_settings()

    _serve(settings, lambda: run_worker(settings))


def _serve(settings: Settings, main: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a long-lived command: logging set up, Ctrl-C a clean exit, a start-up failure one
    line and an exit code (bot/startup_errors.py), never a traceback for a known error."""
    import asyncio

    from bot.logging_setup import setup_logging
    from bot.startup_errors import explain

    setup_logging(settings.log_level, settings.secrets(), library_debug=settings.log_library_debug)
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    except Exception as err:
        problem = explain(err, settings)
        if problem is not None:
            raise fail(str(problem), problem.code) from None
        if isinstance(err, JobBotError):
            raise fail(str(err)) from None
        raise


@app.command("chat")
def chat(
    user: str = typer.Option(None, "--user", help="Console user name (default: your login)."),
    data_dir: Path = typer.Option(None, "--data-dir", help="Where the database and files live."),
) -> None:
    """Talk to the bot in this terminal: the same commands and buttons as in Telegram."""
    from bot.console import chat_command

    try:
        chat_command(user=user, data_dir=data_dir)
    except JobBotError as err:
        raise fail(str(err), getattr(err, "code", 2)) from None
    except KeyboardInterrupt:  # Ctrl-C: leave at once, without a traceback
        typer.echo("", err=True)
        raise typer.Exit(130) from None


@app.command("where")
def where() -> None:
    """Print where your data lives: the folder, the database and the console's log."""
    from sqlalchemy.engine import make_url

    from bot.console import log_file

    settings = load_settings()
    database = make_url(settings.database_url).render_as_string(hide_password=True)
    typer.echo(f"data folder: {settings.data_dir}")
    typer.echo(f"database:    {database}")
    typer.echo(f"chat log:    {log_file(settings)}")


@app.command("demo")
def demo(
    resume: Path = typer.Option(None, "--resume", help="Your resume (PDF, DOCX, TXT, MD)."),
    prefs: Path = typer.Option(None, "--prefs", help="Preferences JSON (see the README)."),
    portal_url: str = typer.Option(None, "--portal-url", help="Use this running portal."),
    data_dir: Path = typer.Option(None, "--data-dir", help="Keep the database and files here."),
    approve_all: bool = typer.Option(False, "--approve-all", help="Approve every clarify job."),
    discard_all: bool = typer.Option(False, "--discard-all", help="Discard every clarify job."),
) -> None:
    """Run the whole product locally: mock portal, SQLite, the LLM_ENGINE (offline if unset)."""
    import asyncio

    from rich.console import Console

    from bot.demo import SAMPLE_RESUME, DemoOptions, choose, run_demo

    try:
        options = DemoOptions(
            resume=resume or SAMPLE_RESUME,
            prefs_file=prefs,
            portal_url=portal_url,
            data_dir=data_dir,
            choice=choose(approve_all, discard_all),
        )
        asyncio.run(run_demo(options, Console(highlight=False)))
    except JobBotError as err:
        raise fail(str(err)) from None
    except OSError as err:
        raise fail(f"{err.strerror or type(err).__name__}: {err.filename or ''}".strip()) from None


if __name__ == "__main__":
    app()
