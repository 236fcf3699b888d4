"""Reading short free-text answers: lists, work modes, pay, yes/no, small numbers."""

from __future__ import annotations

import re

from core.models import WorkMode

NOTHING = frozenset({"", "-", "any", "anywhere", "none", "no", "nothing", "skip", "n/a"})
_SPLIT = re.compile(r"\s*[,;\n]\s*")
_MODE_WORDS = {
    "remote": WorkMode.REMOTE,
    "home": WorkMode.REMOTE,
    "hybrid": WorkMode.HYBRID,
    "onsite": WorkMode.ONSITE,
    "on-site": WorkMode.ONSITE,
    "on site": WorkMode.ONSITE,
    "office": WorkMode.ONSITE,
    "in office": WorkMode.ONSITE,
}
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_SALARY = re.compile(
    r"^(?P<pre>[$€£¥₹])?\s*(?P<num>\d[\d,.\s]*)\s*(?P<k>[kK])?\s*(?P<cur>[A-Za-z]{3})?$"
)
_YES = frozenset({"y", "yes", "yeah", "yep", "sure", "true", "1", "oui", "ja", "si", "sí"})
_NO = frozenset({"n", "no", "nope", "false", "0", "non", "nein"})


class AnswerError(ValueError):
    """An answer that cannot be read; the message says what is expected."""


def parse_list(text: str, *, limit: int = 30, max_length: int = 80) -> list[str]:
    """`a, b; c` -> ['a', 'b', 'c'] (duplicates dropped); 'any' or 'none' -> []."""
    if text.strip().lower() in NOTHING:
        return []
    seen: dict[str, str] = {}
    for item in _SPLIT.split(text.strip()):
        item = " ".join(item.split())
        if item and item.lower() not in NOTHING:
            if len(item) > max_length:
                raise AnswerError(f"'{item[:20]}…' is too long: keep each item short.")
            seen.setdefault(item.lower(), item)
    if len(seen) > limit:
        raise AnswerError(f"That is more than {limit} items: keep the ones that matter most.")
    return list(seen.values())


def parse_modes(text: str) -> list[WorkMode]:
    found: list[WorkMode] = []
    lowered = text.lower()
    if lowered.strip() in {"any", "all", "anything"}:
        return list(WorkMode)
    for word, mode in sorted(_MODE_WORDS.items(), key=lambda kv: -len(kv[0])):
        if word in lowered:
            lowered = lowered.replace(word, " ")
            if mode not in found:
                found.append(mode)
    if not found:
        raise AnswerError("Send one or more of: remote, hybrid, onsite.")
    return [m for m in WorkMode if m in found]


def parse_salary(text: str) -> tuple[float | None, str | None]:
    """`45000`, `45k EUR`, `€45,000` -> (amount, currency or None); 'none' -> (None, None)."""
    cleaned = text.strip()
    if cleaned.lower() in NOTHING or cleaned == "0":
        return None, None
    match = _SALARY.match(cleaned)
    if match is None:
        raise AnswerError("Send a yearly amount like 45000 or 45k EUR, or 'none'.")
    digits = re.sub(r"[,\s]", "", match["num"])
    if digits.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", digits):
        digits = digits.replace(".", "")  # 45.000 written the European way
    try:
        amount = float(digits)
    except ValueError:
        raise AnswerError("Send a yearly amount like 45000 or 45k EUR, or 'none'.") from None
    if match["k"]:
        amount *= 1000
    if amount > 100_000_000:
        raise AnswerError("That amount looks too big: send a yearly salary.")
    currency = match["cur"].upper() if match["cur"] else _CURRENCY_SIGNS.get(match["pre"] or "")
    return amount, currency


def parse_yes_no(text: str) -> bool:
    word = text.strip().lower().rstrip(".!")
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise AnswerError("Answer yes or no.")


def parse_int(text: str, low: int, high: int) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise AnswerError(f"Send a whole number from {low} to {high}.") from None
    if not low <= value <= high:
        raise AnswerError(f"Send a whole number from {low} to {high}.")
    return value


def parse_thresholds(text: str) -> tuple[int, int]:
    """`70 40` -> (apply from 70, ask from 40)."""
    numbers = re.findall(r"\d+", text)
    if len(numbers) != 2:
        raise AnswerError("Send two numbers from 0 to 100, like '70 40'.")
    accept, clarify = (int(n) for n in numbers)
    if not (0 <= clarify <= accept <= 100):
        raise AnswerError(
            "The first number (apply on my own) must be at least the second (ask you), "
            "both from 0 to 100."
        )
    return accept, clarify
