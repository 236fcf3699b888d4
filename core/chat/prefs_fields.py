"""The preference questions: wording, answer buttons, how an answer changes Preferences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core import actions
from core.chat import places
from core.chat.messages import Button
from core.chat.prefs_parse import (
    AnswerError,
    parse_int,
    parse_list,
    parse_modes,
    parse_salary,
    parse_thresholds,
    parse_yes_no,
)
from core.models import Preferences, WorkMode

SKIP = "skip"
MODE_LABELS = {WorkMode.REMOTE: "Remote", WorkMode.HYBRID: "Hybrid", WorkMode.ONSITE: "On-site"}


@dataclass(frozen=True)
class Field:
    token: str  # as it appears in payloads
    label: str
    question: str
    choices: tuple[tuple[str, str], ...] = ()  # (button label, value)


_YES_NO = (("Yes", "yes"), ("No", "no"))

FIELDS: tuple[Field, ...] = (
    Field(
        "roles",
        "Roles",
        "Which job titles do you want? Send them separated by commas "
        "(e.g. Dietitian, Nutrition consultant).",
        (("Skip", SKIP),),
    ),
    Field("modes", "Work modes", "How do you want to work? Tap to switch each on or off."),
    Field(
        "cities",
        "Cities",
        "Which cities? Send them separated by commas.",
        (("Anywhere", "any"), ("Skip", SKIP)),
    ),
    Field(
        "countries",
        "Countries",
        "Which countries? Send them separated by commas.",
        (("Any country", "any"), ("Skip", SKIP)),
    ),
    Field(
        "salary",
        "Minimum salary",
        "What is the lowest yearly salary you accept? (e.g. 45000 or 45k EUR)",
        (("No minimum", "none"), ("Skip", SKIP)),
    ),
    Field("visa", "Needs visa sponsorship", "Do you need visa sponsorship?", _YES_NO),
    Field("reloc", "Open to relocation", "Would you move for the right job?", _YES_NO),
    Field(
        "avoid",
        "Companies to avoid",
        "Any companies I should never apply to? Send them separated by commas.",
        (("None", "none"), ("Skip", SKIP)),
    ),
    Field(
        "cap",
        "Daily cap",
        "How many applications per day at most? Tap or send a number (0-500).",
        (("5", "5"), ("10", "10"), ("20", "20"), ("50", "50")),
    ),
    Field(
        "thresholds",
        "Thresholds",
        "I score each job from 0 to 100. From which score do I apply on my own, and from "
        "which do I ask you first? Send two numbers, like '70 40'.",
        (("Keep as is", SKIP),),
    ),
)
BY_TOKEN = {f.token: f for f in FIELDS}
ORDER = [f.token for f in FIELDS]


def next_field(token: str) -> str | None:
    index = ORDER.index(token)
    return ORDER[index + 1] if index + 1 < len(ORDER) else None


def show_value(prefs: Preferences, token: str) -> str:
    """How a field's current value reads in a summary."""
    if token == "roles":
        return ", ".join(prefs.roles) or "any"
    if token == "modes":
        return ", ".join(MODE_LABELS[m] for m in prefs.work_modes) or "none"
    if token == "cities":
        return ", ".join(prefs.cities) or "anywhere"
    if token == "countries":
        return ", ".join(prefs.countries) or "any"
    if token == "salary":
        if prefs.min_salary is None:
            return "no minimum"
        return f"{prefs.min_salary:,.0f} {prefs.salary_currency}"
    if token == "visa":
        return "yes" if prefs.needs_visa_sponsorship else "no"
    if token == "reloc":
        return "yes" if prefs.open_to_relocation else "no"
    if token == "avoid":
        return ", ".join(prefs.blocked_companies) or "none"
    if token == "cap":
        return f"{prefs.daily_cap} per day"
    if token == "thresholds":
        return f"apply from {prefs.accept_threshold}, ask you from {prefs.clarify_threshold}"
    raise KeyError(token)


def answer(prefs: Preferences, token: str, text: str) -> Preferences:
    """Preferences with the answer to `token` applied; AnswerError when it cannot be read."""
    if text.strip().lower() == SKIP:
        return prefs
    update: dict[str, Any]
    if token == "roles":
        update = {"roles": parse_list(text)}
    elif token == "modes":
        update = {"work_modes": parse_modes(text)}
    elif token == "cities":
        update = {"cities": places.checked(parse_list(text))}
    elif token == "countries":
        update = {"countries": places.checked(parse_list(text))}
    elif token == "salary":
        amount, currency = parse_salary(text)
        update = {"min_salary": amount, "salary_currency": currency or prefs.salary_currency}
    elif token == "visa":
        update = {"needs_visa_sponsorship": parse_yes_no(text)}
    elif token == "reloc":
        update = {"open_to_relocation": parse_yes_no(text)}
    elif token == "avoid":
        update = {"blocked_companies": parse_list(text)}
    elif token == "cap":
        update = {"daily_cap": parse_int(text, 0, 500)}
    elif token == "thresholds":
        accept, clarify = parse_thresholds(text)
        update = {"accept_threshold": accept, "clarify_threshold": clarify}
    else:
        raise AnswerError("That question no longer exists.")
    # Validate through the model, so its limits (cap, thresholds) hold for chat answers too.
    return Preferences.model_validate({**prefs.model_dump(), **update})


def toggle_mode(prefs: Preferences, value: str) -> Preferences:
    mode = WorkMode(value)
    modes = [m for m in prefs.work_modes if m is not mode]
    if mode not in prefs.work_modes:
        modes.append(mode)
    if not modes:
        raise AnswerError("Keep at least one way of working.")
    ordered = [m for m in WorkMode if m in modes]
    return prefs.model_copy(update={"work_modes": ordered})


def buttons(prefs: Preferences, token: str, user_id: int) -> list[list[Button]]:
    """The answer buttons under a question."""
    if token == "modes":
        row = [
            Button(
                label=("✓ " if mode in prefs.work_modes else "✗ ") + label,
                payload=actions.pref_value("modes", mode.value, user_id),
            )
            for mode, label in MODE_LABELS.items()
        ]
        done = Button(label="Done", payload=actions.pref_value("modes", "done", user_id))
        return [row, [done]]
    field = BY_TOKEN[token]
    return [
        [
            Button(label=label, payload=actions.pref_value(token, value, user_id))
            for label, value in field.choices
        ]
    ]


def edit_buttons(user_id: int) -> list[list[Button]]:
    """The summary's buttons: one per field, and one to go through them all."""
    cells = [Button(label=f.label, payload=actions.pref_edit(f.token, user_id)) for f in FIELDS]
    cells.append(Button(label="Go through all", payload=actions.pref_edit("all", user_id)))
    return [cells[i : i + 3] for i in range(0, len(cells), 3)]
