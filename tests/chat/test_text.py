"""Splitting long replies at line ends, keeping styles and every character unchanged."""

from __future__ import annotations

import pytest

from core.chat.messages import Button, OutFile, Reply, Style, bold, code, plain
from core.chat.text import split_reply, split_spans, split_text


def test_split_text_cuts_after_lines_and_loses_nothing() -> None:
    text = "\n".join(f"line {i:03d} " + "x" * (i % 17) for i in range(200))
    pieces = split_text(text, 120)
    assert "".join(pieces) == text
    assert all(len(p) <= 120 for p in pieces)
    # every piece but the last ends at a line end: no line is cut in two
    assert all(p.endswith("\n") for p in pieces[:-1])


def test_a_line_longer_than_the_limit_is_cut_at_spaces() -> None:
    text = " ".join(f"word{i}" for i in range(100))
    pieces = split_text(text, 50)
    assert "".join(pieces) == text
    assert all(len(p) <= 50 for p in pieces)
    assert all(p.endswith(" ") for p in pieces[:-1])


def test_a_word_longer_than_the_limit_is_cut_anywhere() -> None:
    pieces = split_text("a" * 25, 10)
    assert pieces == ["a" * 10, "a" * 10, "a" * 5]


def test_styles_survive_a_split_and_markup_characters_stay_raw() -> None:
    spans = [
        bold("Title <b>&amp; *x*\n"),
        *[plain(f"row {i} _under_ [link](x)\n") for i in range(40)],
    ]
    spans.append(code("`code` </pre>"))
    chunks = split_spans(spans, 100)
    assert len(chunks) > 1
    assert "".join(s.text for c in chunks for s in c) == "".join(s.text for s in spans)
    assert chunks[0][0].style is Style.BOLD and chunks[0][0].text == "Title <b>&amp; *x*\n"
    assert chunks[-1][-1].style is Style.CODE and chunks[-1][-1].text == "`code` </pre>"
    assert all(sum(len(s.text) for s in c) <= 100 for c in chunks)


def test_split_reply_keeps_edit_first_and_buttons_and_files_last() -> None:
    reply = Reply(
        spans=[plain("x" * 30 + "\n") for _ in range(10)],
        buttons=[[Button(label="Approve", payload="ca:1")]],
        files=[OutFile(filename="a.txt", data=b"a")],
        edit=True,
    )
    parts = split_reply(reply, 100)
    assert len(parts) == 4
    assert parts[0].edit and not any(p.edit for p in parts[1:])
    assert parts[-1].buttons == reply.buttons and parts[-1].files == reply.files
    assert not any(p.buttons or p.files for p in parts[:-1])
    assert "".join(p.plain_text() for p in parts) == reply.plain_text()


def test_a_short_reply_is_one_part() -> None:
    reply = Reply(spans=[plain("hi")], buttons=[[Button(label="a", payload="ca:1")]])
    assert split_reply(reply, 100) == [reply]


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        split_text("abc", 0)
