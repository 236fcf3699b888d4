"""Spans to Discord markdown: every user/job text escaped, long text split, cards as embeds."""

from __future__ import annotations

import re

import pytest

from bot.discord_bot.render import (
    MAX_CONTENT,
    MAX_EMBED_DESCRIPTION,
    escape,
    render,
    render_reply,
    split,
)
from core.chat.messages import Button, OutFile, Reply, Span, Style, bold, code, italic, plain
from tests.discord.fake_chat import HOSTILE

ACTIVE_MARKDOWN = re.compile(r"(?<!\\)(\*\*|__|~~|\|\||(?<![\\ˋ])`)")


def test_hostile_text_is_inert() -> None:
    out = escape(HOSTILE + "\n# Heading\n> quote\n1. first\n- bullet\n-# small")
    assert "@everyone" not in out and "@\u200beveryone" in out
    assert "<@123456789012345678>" not in out  # a user mention would ping
    assert not ACTIVE_MARKDOWN.search(out)
    assert "\\[click\\]" in out or "\\[click](" in out  # no masked link
    for line in out.splitlines()[1:]:
        assert line.startswith("\\") or (line[:1].isdigit() and "\\." in line), line


def test_styles_wrap_escaped_text() -> None:
    spans = [bold(" **x** "), italic("_y_"), code("a`b"), plain("<@&987654321098765432>")]
    out = render(spans)
    assert out.startswith(" **\\*\\*x\\*\\*** ")
    assert "*\\_y\\_*" in out
    assert "`aˋb`" in out  # a backtick cannot break out of the code span
    assert "<@&987654321098765432>" not in out


@pytest.mark.parametrize(
    ("url", "linked"),
    [("https://jobs.example/42", True), ("javascript:alert(1)", False), ("https://x.y/a b", False)],
)
def test_links_only_for_http_urls(url: str, linked: bool) -> None:
    out = render([Span(text="the [posting]", style=Style.LINK, url=url)])
    assert (f"(<{url}>)" in out) is linked
    assert "\\[posting\\]" in out


def test_long_text_splits_between_lines_under_the_limit() -> None:
    spans = [bold("Applied jobs"), plain("\n")]
    for i in range(120):
        spans += [bold(f"Job {i}"), plain(f" at Company {i} — " + "detail " * 4 + "\n")]
    chunks = split(spans)
    assert len(chunks) > 1
    assert all(len(c) <= MAX_CONTENT for c in chunks)
    assert all(c.count("**") % 2 == 0 for c in chunks)  # no bold run cut in half
    joined = "\n".join(chunks)
    assert all(f"**Job {i}**" in joined for i in range(120))


def test_one_huge_line_is_cut_and_nothing_is_lost() -> None:
    text = "word_" * 1500  # 7,500 characters, every underscore escaped (doubling it)
    chunks = split([plain(text)])
    assert all(len(c) <= MAX_CONTENT for c in chunks)
    assert "".join(chunks).replace("\\_", "_") == text
    assert not any(c.endswith("\\") for c in chunks)  # never cut an escape in half


def test_a_card_is_an_embed_with_title_and_buttons_on_the_last_message() -> None:
    reply = Reply(
        spans=[bold("Chef at *Bistro*"), plain("\nScore 50\n" + "because " * 700)],
        buttons=[
            [Button(label="Approve", payload="ca:1"), Button(label="Discard", payload="cd:1")]
        ],
    )
    outs = render_reply(reply)
    assert outs[0].embed is not None and outs[0].embed.title == "Chef at \\*Bistro\\*"
    assert all(o.embed and len(o.embed.description or "") <= MAX_EMBED_DESCRIPTION for o in outs)
    assert len(outs) == 2 and outs[-1].buttons == [[("Approve", "ca:1"), ("Discard", "cd:1")]]
    assert outs[0].buttons == [] and outs[0].content is None


def test_files_over_the_upload_limit_are_replaced_by_a_note() -> None:
    big = OutFile(filename="export.zip", data=b"\0" * (25 * 1024 * 1024 + 1))
    small = OutFile(filename="chart.png", data=b"png", is_image=True)
    outs = render_reply(Reply(spans=[plain("Here")], files=[big, small]))
    assert [f.filename for o in outs for f in o.files] == ["chart.png"]
    assert "export.zip" in (outs[0].content or "") and "25.0 MB" in (outs[0].content or "")


def test_an_empty_reply_sends_nothing() -> None:
    assert render_reply(Reply()) == []


def test_a_card_without_text_is_buttons_alone() -> None:
    (out,) = render_reply(Reply(buttons=[[Button(label="Done", payload="pv:modes:done:1")]]))
    assert (
        out.embed is None and out.content is None and out.buttons == [[("Done", "pv:modes:done:1")]]
    )


def test_a_styled_run_over_several_lines_is_closed_and_reopened_on_each() -> None:
    out = render([bold("first\nsecond"), plain("\n"), italic("a\n\nb")])
    assert out == "**first**\n**second**\n*a*\n\n*b*"
    link = render([Span(text="the\nposting", style=Style.LINK, url="https://jobs.example/1")])
    assert link == "[the](<https://jobs.example/1>)\n[posting](<https://jobs.example/1>)"


def test_a_mention_made_of_two_spans_is_escaped_and_still_measured() -> None:
    chunks = split([plain("@every"), plain("one\n")] * 400)
    assert len(chunks) > 1 and all(len(c) <= MAX_CONTENT for c in chunks)
    assert "@everyone" not in "".join(chunks)  # the joined text, escaped as a whole
    assert "\n".join(chunks).replace("\u200b", "") == "\n".join(["@everyone"] * 400)
