"""Spans to Telegram HTML: escaping, splitting under 4,096 characters, keyboards."""

from __future__ import annotations

import pytest

from bot.telegram_bot.app import bot_commands
from bot.telegram_bot.render import (
    ButtonPayloadTooLong,
    check_payload,
    keyboard,
    render,
    render_parts,
)
from core.chat.messages import Button, CommandSpec, Span, Style, bold, code, italic, plain
from tests.fakes.telegram_api import parse_html, utf16_len
from tests.telegram.fake_chat import HOSTILE, HOSTILE_TITLE


def test_every_style_escapes_its_text() -> None:
    spans = [
        bold(HOSTILE_TITLE),
        italic(HOSTILE),
        code(HOSTILE),
        plain(HOSTILE),
        Span(text=HOSTILE, style=Style.LINK, url='https://x.test/?a=1&b=<2>"'),
    ]
    html = render(spans)
    assert "<script>" not in html and "<b>Boss</b>" not in html
    # What Telegram shows is exactly the text we were given, styles aside.
    assert parse_html(html) == "".join(s.text for s in spans)
    assert '<a href="https://x.test/?a=1&amp;b=&lt;2&gt;&quot;">' in html


def test_a_link_with_an_unsafe_scheme_is_plain_text() -> None:
    html = render([Span(text="click", style=Style.LINK, url="javascript:alert(1)")])
    assert html == "click"


def _lines_of(parts: list[str]) -> list[str]:
    return [line for part in parts for line in parse_html(part).split("\n")]


def test_long_text_splits_at_line_boundaries_within_the_limit() -> None:
    lines = [f"{i:04d} {HOSTILE} & <job> line" for i in range(500)]
    spans = [bold("Header"), plain("\n" + "\n".join(lines))]
    parts = render_parts(spans)
    assert len(parts) > 1
    for part in parts:
        assert utf16_len(part) <= 4096  # the markup itself fits, so the visible text does
        parse_html(part)  # every part is valid HTML on its own
    assert _lines_of(parts) == ["Header", *lines]


def test_a_styled_span_across_a_split_is_closed_and_reopened() -> None:
    lines = "\n".join(f"{i:05d} <&> bold text" for i in range(400))
    parts = render_parts([bold(lines)])
    assert len(parts) > 1
    assert all(p.startswith("<b>") and p.endswith("</b>") for p in parts)
    assert _lines_of(parts) == lines.split("\n")


def test_a_single_line_over_the_limit_is_cut_without_breaking_an_entity() -> None:
    line = "&<>" * 2000 + " tail " + "word " * 500
    parts = render_parts([italic(line)])
    assert len(parts) > 1
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert "".join(parse_html(p) for p in parts) == line


def test_emoji_are_counted_in_utf16_units() -> None:
    line = "😀" * 3000  # 6,000 UTF-16 units in 3,000 Python characters
    parts = render_parts([plain(line)])
    assert len(parts) == 2
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert "".join(parts) == line


def test_whitespace_only_text_renders_to_no_message() -> None:
    assert render_parts([plain("\n\n")]) == []
    assert render_parts([]) == []


def test_payloads_over_64_bytes_are_refused_when_building() -> None:
    assert check_payload("a" * 64) == "a" * 64
    with pytest.raises(ButtonPayloadTooLong, match="66 bytes"):
        keyboard([[Button(label="ok", payload="a" * 10), Button(label="x", payload="é" * 33)]])
    with pytest.raises(ButtonPayloadTooLong):
        check_payload("")


def test_keyboard_keeps_rows_and_payloads() -> None:
    markup = keyboard([[Button(label="A", payload="a:1"), Button(label="B", payload="b:2")], []])
    assert markup is not None
    assert [[(b.text, b.callback_data) for b in row] for row in markup.inline_keyboard] == [
        [("A", "a:1"), ("B", "b:2")]
    ]
    assert keyboard([]) is None


def test_command_menu_starts_with_start_and_refuses_bad_names() -> None:
    menu = bot_commands(
        [CommandSpec(name="help", description="Help"), CommandSpec(name="start", description="x")]
    )
    assert [(c.command, c.description) for c in menu] == [("start", "x"), ("help", "Help")]
    assert bot_commands([])[0].command == "start"  # /start is always there
    with pytest.raises(ValueError, match="Run-Now"):
        bot_commands([CommandSpec(name="Run-Now", description="bad")])
